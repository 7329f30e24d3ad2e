package io.claimcheck.nlp;

import io.claimcheck.normalize.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A rule-based word tokenizer tuned for news text. It keeps together what claim extraction needs
 * whole: numbers with separators and decimals ({@code 1,200.5}), abbreviations with periods
 * ({@code U.S.}, {@code a.m.}), titles and month abbreviations with their period ({@code Mr.},
 * {@code Apr.}), hyphenated words ({@code counter-measures}) and words with their possessive
 * ({@code Japan's} is one token; after an abbreviation the clitic is its own token: {@code U.S.},
 * {@code 's}).
 *
 * <p>Digits and letters are never in one token: {@code 24%} is {@code 24} {@code %}; {@code $3bn}
 * is {@code $} {@code 3} {@code bn}; {@code 90-day} is {@code 90} {@code -} {@code day}; {@code G7}
 * is {@code G} {@code 7}. Parsers tell glued tokens from spaced ones by their offsets (a token
 * touches the next when its {@code end} equals the next one's {@code start}).
 *
 * <p>Chosen over the statistical tokenizer because it is an order of magnitude faster and its
 * output is predictable for the patterns the extractors match; sentence detection stays statistical.
 */
public final class Tokenizer {

  /** Abbreviations that keep their period when written with a capital (Mr., Jan., No.). */
  private static final Set<String> CAPITALIZED_ABBREVIATIONS =
      Lexicon.words("abbreviations_capitalized");

  /** Abbreviations that keep their period when written in lower case (vs.). */
  private static final Set<String> LOWER_CASE_ABBREVIATIONS = Lexicon.words("abbreviations_lower");

  private Tokenizer() {}

  /** Whether {@code word}, followed by a period, keeps it (a title or month abbreviation). */
  static boolean keepsPeriod(String word) {
    if (!Character.isLetter(word.charAt(0))) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return Character.isUpperCase(word.charAt(0))
        ? CAPITALIZED_ABBREVIATIONS.contains(lower)
        : word.equals(lower) && LOWER_CASE_ABBREVIATIONS.contains(lower);
  }

  /** Tokens of {@code text}, whose first character is at {@code offset} in the document. */
  public static List<Token> tokenize(String text, int offset) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int s = 0;
    while (s < n) {
      if (isSpace(text.charAt(s))) {
        s++;
        continue;
      }
      int e = tokenEnd(text, s);
      // "Mr." / "Jan." keep their period, so that sentence-internal periods are not read as ends.
      if (e < n && text.charAt(e) == '.' && keepsPeriod(text.substring(s, e))) {
        e++;
      }
      tokens.add(new Token(text.substring(s, e), offset + s, offset + e));
      s = e;
    }
    return tokens;
  }

  /*
   * A hand-written scanner (a regular expression cost 6 % of extraction). At each position the
   * first of these that matches gives the token, as in an alternation tried in order:
   *   (?:\p{L}\.){2,}                              abbreviations with inner periods: U.S., a.m.
   *   \d+(?:[.,]\d+)*                              numbers with separators: 1,200.5 ($3bn is $ / 3 / bn)
   *   ['’][sS](?!\p{L})                           possessive clitics
   *   \p{L}[\p{L}\p{M}]*(?:[-'’][\p{L}\p{M}]+)*     words with inner hyphens or apostrophes: won't, ex-State
   *   [^\s]                                       anything else that is not a space: one character
   * with \d the ASCII digits and \s ASCII white space, as in java.util.regex by default.
   * TokenizerTest checks the scanner against that expression.
   */

  /** End of the token that starts at {@code s}, a position that is not a space. */
  private static int tokenEnd(String text, int s) {
    int abbreviation = dottedAbbreviationEnd(text, s);
    if (abbreviation >= 0) {
      return abbreviation;
    }
    char c = text.charAt(s);
    if (isDigit(c)) {
      return numberEnd(text, s);
    }
    if ((c == '\'' || c == '’') && s + 1 < text.length()
        && (text.charAt(s + 1) == 's' || text.charAt(s + 1) == 'S')
        && !(s + 2 < text.length() && Character.isLetter(text.codePointAt(s + 2)))) {
      return s + 2;
    }
    int cp = text.codePointAt(s);
    if (Character.isLetter(cp)) {
      return wordEnd(text, s + Character.charCount(cp));
    }
    return s + Character.charCount(cp);
  }

  /** End of two or more letter-period pairs from {@code s}, or -1. */
  private static int dottedAbbreviationEnd(String text, int s) {
    int pairs = 0;
    int q = s;
    while (q < text.length()) {
      int cp = text.codePointAt(q);
      int period = q + Character.charCount(cp);
      if (!Character.isLetter(cp) || period >= text.length() || text.charAt(period) != '.') {
        break;
      }
      q = period + 1;
      pairs++;
    }
    return pairs >= 2 ? q : -1;
  }

  private static int numberEnd(String text, int s) {
    int q = digitsEnd(text, s);
    while (q + 1 < text.length() && (text.charAt(q) == '.' || text.charAt(q) == ',') && isDigit(text.charAt(q + 1))) {
      q = digitsEnd(text, q + 1);
    }
    return q;
  }

  private static int digitsEnd(String text, int q) {
    while (q < text.length() && isDigit(text.charAt(q))) {
      q++;
    }
    return q;
  }

  /** End of a word whose first letter ends at {@code q}: letters and marks, joined by - or an apostrophe. */
  private static int wordEnd(String text, int q) {
    q = lettersAndMarksEnd(text, q);
    while (q < text.length()) {
      char c = text.charAt(q);
      if (c != '-' && c != '\'' && c != '’') {
        break;
      }
      int next = lettersAndMarksEnd(text, q + 1);
      if (next == q + 1) {
        break;
      }
      q = next;
    }
    return q;
  }

  private static int lettersAndMarksEnd(String text, int q) {
    while (q < text.length()) {
      int cp = text.codePointAt(q);
      if (!isLetterOrMark(cp)) {
        break;
      }
      q += Character.charCount(cp);
    }
    return q;
  }

  /** {@code [\p{L}\p{M}]}: a letter or a combining mark (what words are made of). */
  public static boolean isLetterOrMark(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  // \s of java.util.regex without UNICODE_CHARACTER_CLASS: a no-break space is part of a token.
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
