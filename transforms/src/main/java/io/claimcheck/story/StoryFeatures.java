package io.claimcheck.story;

import io.claimcheck.normalize.Lexicon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The features two articles about the same event share: word shingles of the lower-cased text with
 * stop words dropped ({@code w:…}), and salient entities — capitalized words that do not start a
 * sentence ({@code e:…}). Entities are in both sets on purpose: names are the strongest sign that
 * two independently written reports cover one event, so they weigh double.
 *
 * <p>Pure and deterministic; stop words come from the {@code story-stop-words}, {@code months},
 * {@code weekdays} and {@code titles} lexicons.
 */
public final class StoryFeatures {

  // Words are what the pattern [\p{L}\p{N}][\p{L}\p{N}'’\-]* matches; a sentence ends where
  // [.!?]["'”’)\]]*\s+|\n+ matches (. ! ? with closing quotes or brackets and white space, or line
  // breaks). Both are scanned with character loops, equal to those patterns (StoryFeaturesTest):
  // the patterns were a tenth of the job's CPU time, three calls per document.

  private final int shingleSize;
  private final int minWordLength;
  private final Set<String> stopWords;

  private StoryFeatures(int shingleSize, int minWordLength) {
    if (shingleSize < 1) {
      throw new IllegalArgumentException("shingleSize must be positive: " + shingleSize);
    }
    this.shingleSize = shingleSize;
    this.minWordLength = minWordLength;
    Set<String> stop = new HashSet<>(Lexicon.words("story-stop-words"));
    stop.addAll(Lexicon.table("months").keySet());
    stop.addAll(Lexicon.table("weekdays").keySet());
    // Titles (governor, minister, ...) stand before names in every kind of story.
    stop.addAll(Lexicon.words("titles"));
    this.stopWords = Collections.unmodifiableSet(stop);
  }

  /**
   * Features with shingles of {@code shingleSize} words. Words shorter than 4 characters and words
   * starting with a digit are dropped from shingles (they are mostly function words and numbers,
   * which differ between reports of one event).
   */
  public static StoryFeatures of(int shingleSize) {
    return new StoryFeatures(shingleSize, 4);
  }

  /** The sorted feature set of {@code text}. */
  public Set<String> features(String text) {
    Set<String> out = shingles(text);
    for (String entity : entities(text)) {
      out.add("e:" + entity.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** The word shingles of {@code text} only ({@code w:…}): its wording, not its names. */
  public Set<String> shingles(String text) {
    Set<String> out = new TreeSet<>();
    List<String> words = new ArrayList<>();
    for (String word : words(text)) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (lower.length() >= minWordLength && !Character.isDigit(lower.charAt(0)) && !stopWords.contains(lower)) {
        words.add(lower);
      }
    }
    for (int i = 0; i + shingleSize <= words.size(); i++) {
      out.add("w:" + String.join(" ", words.subList(i, i + shingleSize)));
    }
    return out;
  }

  /**
   * The salient entities of {@code text} as written, in text order, with repeats: capitalized words
   * of at least 3 characters that do not start a sentence and are not stop words.
   */
  public List<String> entities(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int end = sentenceEndAt(text, i);
      if (end < 0) {
        i++;
      } else {
        addEntities(text, start, i, out);
        start = end;
        i = end;
      }
    }
    addEntities(text, start, n, out);
    return out;
  }

  private void addEntities(String text, int from, int to, List<String> out) {
    List<String> words = new ArrayList<>();
    addWords(text, from, to, words);
    for (int w = 1; w < words.size(); w++) { // the first word starts the sentence
      String word = words.get(w);
      if (word.length() < 3 || !Character.isUpperCase(word.charAt(0))) {
        continue;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      if (!stopWords.contains(lower) && !Character.isDigit(lower.charAt(0))) {
        out.add(stripPossessive(word));
      }
    }
  }

  /** The end of a sentence delimiter that starts at {@code i}, or -1 if none starts there. */
  static int sentenceEndAt(String text, int i) {
    int n = text.length();
    char c = text.charAt(i);
    if (c == '.' || c == '!' || c == '?') {
      int j = i + 1;
      while (j < n && isCloser(text.charAt(j))) {
        j++;
      }
      int k = j;
      while (k < n && isSpace(text.charAt(k))) {
        k++;
      }
      return k > j ? k : -1;
    }
    if (c == '\n') {
      int k = i;
      while (k < n && text.charAt(k) == '\n') {
        k++;
      }
      return k;
    }
    return -1;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']';
  }

  /** {@code \s} of a Java pattern without UNICODE_CHARACTER_CLASS. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The content words of {@code text} as written (for labels when an article names no entity). */
  public List<String> contentWords(String text) {
    List<String> out = new ArrayList<>();
    for (String word : words(text)) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (lower.length() >= minWordLength && !Character.isDigit(lower.charAt(0)) && !stopWords.contains(lower)) {
        out.add(stripPossessive(word));
      }
    }
    return out;
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    addWords(text, 0, text.length(), out);
    return out;
  }

  /** The words of {@code text[from, to)}, in order. */
  private static void addWords(String text, int from, int to, List<String> out) {
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (!isLetterOrNumber(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      i += Character.charCount(cp);
      while (i < to) {
        int next = text.codePointAt(i);
        if (!(isLetterOrNumber(next) || next == '\'' || next == '’' || next == '-')) {
          break;
        }
        i += Character.charCount(next);
      }
      out.add(text.substring(start, i));
    }
  }

  /** {@code \p{L}} or {@code \p{N}}. */
  private static boolean isLetterOrNumber(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static String stripPossessive(String word) {
    if (word.endsWith("'s") || word.endsWith("’s")) {
      return word.substring(0, word.length() - 2);
    }
    return word;
  }
}
