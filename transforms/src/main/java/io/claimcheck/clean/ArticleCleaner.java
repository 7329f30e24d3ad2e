package io.claimcheck.clean;

import io.claimcheck.normalize.Lexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes page furniture from scraped article text: breadcrumbs, navigation lines, image file
 * names and credits, photo captions, bylines and production credits, copyright footers, author
 * boxes, repeated headlines and trailing site names. Headlines, section headings and datelines
 * stay. Pure Java and stateless after construction; the word lists live in {@code
 * io/claimcheck/lexicon/clean-*.txt}.
 *
 * <p>Every rule works on one line (paragraph) at a time and is deliberately conservative: a line
 * that only might be furniture is kept, because losing an article sentence costs more than
 * keeping a stray caption.
 */
public final class ArticleCleaner {

  /** Bylines are only looked for among the first lines of an article. */
  private static final int BYLINE_WINDOW = 5;

  private static final int MAX_BYLINE_WORDS = 16;
  private static final int MAX_CREDIT_LINE_WORDS = 60;
  private static final int MAX_FOOTER_WORDS = 30;
  private static final int MAX_CAPTION_CREDIT_WORDS = 10;
  private static final int MAX_STANDALONE_CREDIT_WORDS = 6;
  private static final int MIN_REPEATED_HEADLINE_WORDS = 3;
  // Length guards: furniture lines are short, and they keep regexes linear on huge lines.
  private static final int MAX_CREDIT_LINE_CHARS = 600;
  private static final int MAX_SITE_NAME_CHARS = 100;

  // The definitions splitLines() and lastSentenceEnd() follow as loops (unit tests compare them).
  static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n|\u2028|\u2029|\u0085");
  private static final Pattern ZERO_WIDTH = Pattern.compile("[\u200B-\u200D\u2060\uFEFF\u00AD]");
  private static final Pattern ODD_SPACE = Pattern.compile("[\\p{Zs}\\t\\x0B\\f]+");
  private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’«»„‟‹›`]");
  private static final Pattern DOUBLE_QUOTE = Pattern.compile("[\"“”«»„]");
  private static final Pattern SPACES = Pattern.compile(" +");

  // Breadcrumb separators: arrows anywhere; ">", "|" and "/" only between spaces.
  private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s*[»›→]\\s*|\\s+[>|/]\\s+");
  private static final Pattern ARROW = Pattern.compile("[»›→]");
  private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?][\"”’)]*\\s");

  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "^(?:copyright\\s*)?(?:©|\\(c\\))|^copyright\\s+(?:\\d{4}|by\\b|the\\b)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BYLINE_START = Pattern.compile("^(?:by|BY|By)\\s+(?=\\p{Lu})");
  private static final Pattern BYLINE_TOKEN_SPLIT = Pattern.compile("[\\s,;|/&·•]+|\\s[-–—]\\s");

  // End of the last sentence inside a line: the credit tail of a caption starts after it.
  static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’)\\]]*\\s+");
  private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\(([^()]{1,120})\\)\\s*$");
  private static final Pattern CREDIT_SEGMENT_SPLIT =
      Pattern.compile("\\s*/\\s*|\\s+via\\s+|\\s*,\\s*", Pattern.CASE_INSENSITIVE);

  private static final Pattern DOMAIN =
      Pattern.compile(
          "^(?:https?://)?(?:www\\.)?(?:[\\p{L}\\d-]+\\.)*[\\p{L}\\d-]{2,}\\.\\p{L}{2,12}/?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BRACKETS = Pattern.compile("^[(\\[]+|[)\\]]+$");

  // Compiled once: String.split and replaceAll with these compiled the pattern on every call.
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final Pattern EDGE_NON_ALPHANUMERIC = Pattern.compile("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$");
  private static final Pattern EDGE_NON_LETTERS = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

  private final Set<String> navigationLines = Lexicon.words("clean-navigation-lines");
  private final Set<String> navigationPrefixes = Lexicon.words("clean-navigation-prefixes");
  private final Set<String> breadcrumbRoots = Lexicon.words("clean-breadcrumb-roots");
  private final Set<String> labelConnectors = Lexicon.words("clean-label-connectors");
  private final Set<String> agencies = Lexicon.words("clean-photo-agencies");
  private final Set<String> creditWords = Lexicon.words("clean-photo-credit-words");
  private final Set<String> creditPrefixes = Lexicon.words("clean-photo-credit-prefixes");
  private final Set<String> reportingVerbs = Lexicon.words("clean-reporting-verbs");
  private final Set<String> authorMarkers = Lexicon.words("clean-author-section-markers");
  private final Set<String> copyrightPhrases = Lexicon.words("clean-copyright-phrases");
  private final Set<String> bylineWords = Lexicon.words("clean-byline-words");
  private final Set<String> nameParticles = Lexicon.words("clean-name-particles");
  private final List<CreditLine> creditLines = compileCreditLines(Lexicon.words("clean-credit-lines"));
  private final Pattern imageFileName =
      Pattern.compile(
          "^\\S{1,200}\\.(?:" + String.join("|", Lexicon.words("clean-image-extensions")) + ")(?:\\?\\S*)?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * The article text without page furniture: one paragraph per line, lines separated by {@code
   * \n}, whitespace normalized, no blank lines.
   */
  public String clean(String text) {
    List<String> lines = normalizeLines(text == null ? "" : text);
    lines = dropAuthorSectionAndAfter(lines);
    List<String> kept = new ArrayList<>(lines.size());
    for (String line : lines) {
      // Lower case and word count once per line for the rules that read them.
      String lower = line.toLowerCase(Locale.ROOT);
      int words = wordCount(line);
      if (isBreadcrumb(line)
          || isNavigationLine(line, lower)
          || isImageFileName(line)
          || isImageSourceLine(line, lower, words)
          || isCopyrightLine(line, lower, words)
          || isCreditLine(line, words)
          || isRepeatedHeadline(line)) {
        continue;
      }
      String withoutCaption = withoutPhotoCredit(line);
      if (withoutCaption != null) {
        kept.add(withoutCaption);
      }
    }
    kept = dropLeadingBylines(kept);
    kept = dropDuplicateLines(kept);
    kept = dropTrailingSiteNames(kept);
    return String.join("\n", kept);
  }

  /** Whether cleaned text still has something to read: at least one letter. */
  public static boolean hasText(String cleaned) {
    return cleaned != null && cleaned.codePoints().anyMatch(Character::isLetter);
  }

  // ---------------------------------------------------------------------------------------------
  // Whitespace

  /** Splits into lines on any line break; normalizes spaces inside lines; drops blank lines. */
  static List<String> normalizeLines(String text) {
    List<String> out = new ArrayList<>();
    for (String raw : splitLines(text)) {
      // Most lines have nothing to normalize: skip the two regex passes for them.
      String line = needsSpaceNormalization(raw) ? ODD_SPACE.matcher(ZERO_WIDTH.matcher(raw).replaceAll("")).replaceAll(" ") : raw;
      line = line.trim();
      if (!line.isEmpty()) {
        out.add(line);
      }
    }
    return out;
  }

  /** {@code LINE_BREAK.split(text, -1)} as a character loop: it runs over every whole article. */
  static List<String> splitLines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out;
  }

  /**
   * Whether {@code line} has a character that {@link #ZERO_WIDTH} or {@link #ODD_SPACE} would
   * change: a zero-width or soft-hyphen character, a tab or form feed, a non-ASCII space, or two
   * spaces in a row. Exactly the lines on which those replacements are not no-ops.
   */
  static boolean needsSpaceNormalization(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        if (i + 1 < line.length() && line.charAt(i + 1) == ' ') {
          return true;
        }
      } else if (c == '\t' || c == 0x0B || c == '\f') {
        return true;
      } else if (c >= 0x80 && (Character.getType(c) == Character.SPACE_SEPARATOR
          || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0x00AD)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Whole-line rules

  /** "Home » Politics » Headline", "News > World > Asia": a trail of short links. */
  boolean isBreadcrumb(String line) {
    if (line.contains("«")) {
      return false; // guillemets used as quotation marks, not a trail
    }
    if (!hasCrumbSeparatorCharacter(line)) {
      return false; // no separator: the split below would give one part
    }
    String[] parts = CRUMB_SEPARATOR.split(line, -1);
    if (parts.length < 2 || parts[0].isBlank()) {
      return false;
    }
    if (breadcrumbRoots.contains(parts[0].trim().toLowerCase(Locale.ROOT))) {
      return true;
    }
    // Without a known root, every element but the last (often the headline) must be a short
    // label, and a two-element trail needs an unambiguous arrow separator.
    if (parts.length == 2 && !ARROW.matcher(line).find()) {
      return false;
    }
    for (int i = 0; i < parts.length - 1; i++) {
      String part = parts[i].trim();
      if (part.isEmpty()
          || wordCount(part) > 4
          || SENTENCE_INSIDE.matcher(part + " ").find()
          || !isTitleCaseLabel(part)) {
        return false;
      }
    }
    // One kind of separator all along: "a > b / c" is prose, not a trail.
    Matcher sep = CRUMB_SEPARATOR.matcher(line);
    String first = null;
    while (sep.find()) {
      String s = sep.group().trim();
      if (first == null) {
        first = s;
      } else if (!first.equals(s)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasCrumbSeparatorCharacter(String line) {
    for (int i = 0; i < line.length(); i++) {
      if ("»›→>|/".indexOf(line.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** "World", "Science & Environment", "Crime and Justice": capitalized words and connectors. */
  private boolean isTitleCaseLabel(String part) {
    for (String word : WHITE_SPACE.split(part)) {
      char c = word.charAt(0);
      if (!Character.isUpperCase(c)
          && !Character.isDigit(c)
          && !labelConnectors.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** "Advertisement", "Share this", "Table of Contents", "Related: ...", "READ MORE » ...". */
  boolean isNavigationLine(String line) {
    return isNavigationLine(line, line.toLowerCase(Locale.ROOT));
  }

  private boolean isNavigationLine(String line, String lower) {
    String key = key(line);
    if (navigationLines.contains(key)) {
      return true;
    }
    for (String prefix : navigationPrefixes) {
      if (lower.startsWith(prefix)) {
        String rest = lower.substring(prefix.length()).stripLeading();
        if (!rest.isEmpty() && ":|»›>-–—".indexOf(rest.charAt(0)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** "img_3994-1.jpg", "DSC0042.JPG": a bare picture file name. */
  boolean isImageFileName(String line) {
    return imageFileName.matcher(line).matches();
  }

  /** "File Source: Bloomberg", "Photo: Jane Doe", "Photo by John Roe". */
  boolean isImageSourceLine(String line) {
    return isImageSourceLine(line, line.toLowerCase(Locale.ROOT), wordCount(line));
  }

  private boolean isImageSourceLine(String line, String lower, int words) {
    return line.length() <= MAX_CREDIT_LINE_CHARS
        && words <= MAX_CREDIT_LINE_WORDS
        && startsWithCreditPrefix(lower) >= 0;
  }

  /** "Copyright © 2025 ...", "© 2024 Example Media", "All rights reserved.". */
  boolean isCopyrightLine(String line) {
    return isCopyrightLine(line, line.toLowerCase(Locale.ROOT), wordCount(line));
  }

  private boolean isCopyrightLine(String line, String lower, int words) {
    // Both alternatives are anchored at the start: lookingAt() is find() without trying every offset.
    if (COPYRIGHT.matcher(line).lookingAt()) {
      return true;
    }
    if (words > MAX_FOOTER_WORDS) {
      return false;
    }
    for (String phrase : copyrightPhrases) {
      if (lower.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** "(Reporting by ...; Editing by ...)", "Additional reporting by ...", "With wires". */
  boolean isCreditLine(String line) {
    return isCreditLine(line, wordCount(line));
  }

  private boolean isCreditLine(String line, int words) {
    if (line.length() > MAX_CREDIT_LINE_CHARS || words > MAX_CREDIT_LINE_WORDS) {
      return false;
    }
    String key = key(BRACKETS.matcher(line.trim()).replaceAll(""));
    for (CreditLine c : creditLines) {
      if (c.matches(key)) {
        return true;
      }
    }
    return false;
  }

  /** The same (quoted) headline several times on one line: a scraping artefact. */
  boolean isRepeatedHeadline(String line) {
    String[] words = hasControlCharacter(line)
        ? QUOTES.matcher(line).replaceAll(" ").trim().split("\\s+")
        : wordsBetweenQuotesAndSpaces(line);
    int n = words.length;
    for (int period = MIN_REPEATED_HEADLINE_WORDS; period <= n / 2; period++) {
      if (n % period != 0) {
        continue;
      }
      boolean repeats = true;
      for (int i = period; i < n && repeats; i++) {
        repeats = words[i].equalsIgnoreCase(words[i % period]);
      }
      if (repeats) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of {@code line} split at white space and quote characters: what {@code
   * QUOTES.matcher(line).replaceAll(" ").trim().split("\\s+")} gives (bar its {@code [""]} for a
   * line without words, which no rule tells apart from none) when the line has no control character
   * other than white space, so that {@code trim()} strips nothing but separators. One pass, no copies
   * of the line: this runs on every line.
   */
  static String[] wordsBetweenQuotesAndSpaces(String line) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= line.length(); i++) {
      boolean separator = i == line.length() || isRegexSpace(line.charAt(i)) || QUOTE_CHARS.indexOf(line.charAt(i)) >= 0;
      if (separator && start >= 0) {
        words.add(line.substring(start, i));
        start = -1;
      } else if (!separator && start < 0) {
        start = i;
      }
    }
    return words.toArray(new String[0]);
  }

  // The characters of QUOTES, and of \\s without the UNICODE_CHARACTER_CLASS flag.
  private static final String QUOTE_CHARS = "\"'“”‘’«»„‟‹›`";

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** A character below U+0020 that {@code \\s} does not match: {@code trim()} would strip it. */
  private static boolean hasControlCharacter(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c < ' ' && !isRegexSpace(c)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Photo captions

  /**
   * A line ending in a photo credit ("... on April 16. JIJI Press/AFP via Getty Images", "...
   * (Photo by Jane Doe/Getty Images)", "... 2025. AP"). A caption is dropped: returns null. If the
   * text before the credit reads like reporting (quotes, "said"), only the credit is removed. A
   * line without a credit is returned unchanged.
   */
  String withoutPhotoCredit(String line) {
    String body;
    boolean credit;
    // The parenthesis pattern needs ")" as the last character but trailing white space (or a final
    // line terminator, for "$"): checked first, it spares a scan of the line.
    Matcher paren = endsWithClosingParenthesis(line) ? TRAILING_PARENTHESIS.matcher(line) : null;
    if (paren != null && paren.find()) {
      body = line.substring(0, paren.start()).trim();
      // A bare "(Reuters)" at the end attributes the sentence; only a real credit counts here.
      credit = isPhotoCredit(paren.group(1).trim(), true, false);
    } else {
      int tailStart = lastSentenceEnd(line);
      body = line.substring(0, tailStart).trim();
      credit = isPhotoCredit(line.substring(tailStart).trim(), !body.isEmpty(), true);
    }
    if (!credit) {
      return line;
    }
    if (body.isEmpty() || !readsLikeReporting(body)) {
      return null;
    }
    return body;
  }

  private static boolean endsWithClosingParenthesis(String line) {
    int end = line.length();
    while (end > 0 && (isRegexSpace(line.charAt(end - 1)) || isLineTerminator(line.charAt(end - 1)))) {
      end--;
    }
    return end > 0 && line.charAt(end - 1) == ')';
  }

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /**
   * End of the last {@link #SENTENCE_END} match in {@code line}, or 0: the last sentence mark
   * followed by closing quotes or brackets and white space, read backwards. Matches cannot overlap
   * (a match holds one sentence mark, at its start), so the last mark that is followed this way
   * ends the last match.
   */
  static int lastSentenceEnd(String line) {
    for (int i = line.length() - 1; i >= 0; i--) {
      if (".!?…".indexOf(line.charAt(i)) < 0) {
        continue;
      }
      int j = i + 1;
      while (j < line.length() && "\"”’)]".indexOf(line.charAt(j)) >= 0) {
        j++;
      }
      if (j < line.length() && isRegexSpace(line.charAt(j))) {
        while (j < line.length() && isRegexSpace(line.charAt(j))) {
          j++;
        }
        return j;
      }
    }
    return 0;
  }

  /**
   * Whether {@code tail} is a picture credit: name/agency segments joined by "/", "via" or commas,
   * capitalized, with at least one agency ("WILL OLIVER/EPA-EFE/Shutterstock", "AP Photo/John
   * Smith, File"), or a credit prefix and a name ("Photo: Jane Doe"), or a bare agency after a
   * sentence ("... 2025. AP").
   */
  boolean isPhotoCredit(String tail, boolean afterSentence, boolean allowBareAgency) {
    if (tail.isEmpty() || tail.length() > 120) {
      return false;
    }
    String lower = tail.toLowerCase(Locale.ROOT);
    int prefixEnd = startsWithCreditPrefix(lower);
    boolean prefixed = prefixEnd >= 0;
    String credit = prefixed ? tail.substring(prefixEnd).trim() : tail;
    if (credit.isEmpty() || ".,;:!?".indexOf(credit.charAt(credit.length() - 1)) >= 0) {
      return false;
    }
    int words = wordCount(credit);
    if (words > MAX_CAPTION_CREDIT_WORDS) {
      return false;
    }
    String[] segments = CREDIT_SEGMENT_SPLIT.split(credit);
    boolean anyAgency = false;
    for (String segment : segments) {
      if (segment.isBlank() || !isNameShaped(segment)) {
        return false;
      }
      anyAgency |= isAgency(segment);
    }
    if (prefixed) {
      return true;
    }
    if (segments.length >= 2) {
      return anyAgency && (afterSentence || words <= MAX_STANDALONE_CREDIT_WORDS);
    }
    return anyAgency && allowBareAgency;
  }

  private boolean isAgency(String segment) {
    String s = segment.trim().toLowerCase(Locale.ROOT);
    if (agencies.contains(s)) {
      return true;
    }
    // "AP Photo", "Reuters Pictures", "AFP Staff"
    int space = s.lastIndexOf(' ');
    return space > 0
        && creditWords.contains(s.substring(space + 1))
        && agencies.contains(s.substring(0, space));
  }

  /** Every word capitalized (or a name particle / credit word): "JIJI Press", "Ana de la Cruz". */
  private boolean isNameShaped(String segment) {
    for (String word : WHITE_SPACE.split(segment.trim())) {
      String w = EDGE_NON_ALPHANUMERIC.matcher(word).replaceAll("");
      if (w.isEmpty()) {
        return false;
      }
      char first = w.charAt(0);
      if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (!nameParticles.contains(lower) && !creditWords.contains(lower)) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean readsLikeReporting(String body) {
    if (DOUBLE_QUOTE.matcher(body).find()) {
      return true;
    }
    for (String word : NON_LETTERS.split(body.toLowerCase(Locale.ROOT))) {
      if (reportingVerbs.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** End of the credit prefix ("Photo:", "Photo by") that {@code lower} starts with, or -1. */
  private int startsWithCreditPrefix(String lower) {
    for (String prefix : creditPrefixes) {
      if (lower.startsWith(prefix)) {
        boolean colon = prefix.endsWith(":");
        if (colon || (lower.length() > prefix.length() && lower.charAt(prefix.length()) == ' ')) {
          return prefix.length();
        }
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------------------------------------
  // Rules over the sequence of lines

  /** "About the author" and everything after it (author box, footer). */
  List<String> dropAuthorSectionAndAfter(List<String> lines) {
    for (int i = 1; i < lines.size(); i++) {
      if (authorMarkers.contains(key(lines.get(i)))) {
        return new ArrayList<>(lines.subList(0, i));
      }
    }
    return lines;
  }

  /** "By Jane Doe and John Roe", "By JANE DOE, Associated Press" near the top. */
  List<String> dropLeadingBylines(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i < BYLINE_WINDOW && isByline(line)) {
        continue;
      }
      out.add(line);
    }
    return out;
  }

  boolean isByline(String line) {
    Matcher m = BYLINE_START.matcher(line);
    if (!m.find() || wordCount(line) > MAX_BYLINE_WORDS) {
      return false;
    }
    for (String token : BYLINE_TOKEN_SPLIT.split(line.substring(m.end()))) {
      String w = EDGE_NON_LETTERS.matcher(token).replaceAll("");
      if (w.isEmpty()) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (!Character.isUpperCase(w.charAt(0))
          && !bylineWords.contains(lower)
          && !nameParticles.contains(lower)) {
        return false;
      }
    }
    return true;
  }

  /** A line equal to an earlier one (repeated headline or paragraph) is dropped. */
  static List<String> dropDuplicateLines(List<String> lines) {
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      // Without quote characters and double spaces the two replacements change nothing.
      String k = !hasQuoteOrDoubleSpace(line) ? line.trim().toLowerCase(Locale.ROOT)
          : SPACES.matcher(QUOTES.matcher(line).replaceAll("").trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
      if (seen.add(k)) {
        out.add(line);
      }
    }
    return out;
  }

  private static boolean hasQuoteOrDoubleSpace(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (QUOTE_CHARS.indexOf(c) >= 0 || (c == ' ' && i + 1 < line.length() && line.charAt(i + 1) == ' ')) {
        return true;
      }
    }
    return false;
  }

  /** A last line that is just a domain ("example.co.uk"). */
  static List<String> dropTrailingSiteNames(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    while (!out.isEmpty() && isSiteName(out.get(out.size() - 1))) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static boolean isSiteName(String line) {
    return line.length() <= MAX_SITE_NAME_CHARS && DOMAIN.matcher(line).matches();
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /** Lower-cased line without bullets and trailing punctuation, for whole-line lexicon lookups. */
  static String key(String line) {
    // Bullets and dashes stripped at the start, punctuation at the end, runs of spaces collapsed;
    // a character loop, not regexes: this runs several times on every line.
    int start = 0;
    int end = line.length();
    while (start < end && LEADING_EDGE.indexOf(line.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && TRAILING_EDGE.indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    StringBuilder b = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = line.charAt(i);
      if (c != ' ' || i == start || line.charAt(i - 1) != ' ') {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  // What key() strips at the start and at the end of a line (white space included).
  private static final String LEADING_EDGE = " \t\n\u000B\f\r*•·▪►▶‣◦-–—_=>|:";
  private static final String TRAILING_EDGE = " \t\n\u000B\f\r.:;,!|»›>→-–—_=";

  /** Number of whitespace-separated words, as {@code s.trim().split("\\s+").length} counts them. */
  static int wordCount(String s) {
    String t = s.trim();
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /**
   * A credit-line pattern, with the literal text it must start and end with: checking those first
   * spares the regex (whose leading {@code .+} backtracks over the whole line) on almost every line.
   */
  private record CreditLine(Pattern pattern, String prefix, String suffix) {
    boolean matches(String key) {
      return key.length() >= prefix.length() + suffix.length() && key.startsWith(prefix) && key.endsWith(suffix)
          && pattern.matcher(key).matches();
    }
  }

  /** "with * wires" → regex; "*" inside matches one to four words, at an edge any text. */
  private static List<CreditLine> compileCreditLines(Set<String> entries) {
    List<CreditLine> out = new ArrayList<>();
    for (String entry : entries) {
      String[] parts = entry.split("\\*", -1);
      StringBuilder regex = new StringBuilder();
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          boolean edge = (i == 1 && parts[0].isBlank()) || (i == parts.length - 1 && parts[i].isBlank());
          regex.append(edge ? ".+" : "(?:\\S+ ){0,3}\\S+");
        }
        regex.append(Pattern.quote(parts[i]));
      }
      String prefix = parts.length > 1 ? parts[0] : entry;
      String suffix = parts.length > 1 ? parts[parts.length - 1] : "";
      out.add(new CreditLine(Pattern.compile(regex.toString()), prefix, suffix));
    }
    return out;
  }
}
