package io.claimcheck.story;

import io.claimcheck.normalize.Lexicon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");
  // A sentence ends at . ! ? (optionally followed by quotes or brackets) or at a line break.
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)\\]]*\\s+|\\n+");

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
    for (String entity : entities(text)) {
      out.add("e:" + entity.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /**
   * The salient entities of {@code text} as written, in text order, with repeats: capitalized words
   * of at least 3 characters that do not start a sentence and are not stop words.
   */
  public List<String> entities(String text) {
    List<String> out = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(text)) {
      boolean first = true;
      Matcher m = WORD.matcher(sentence);
      while (m.find()) {
        String word = m.group();
        boolean sentenceStart = first;
        first = false;
        if (sentenceStart || word.length() < 3 || !Character.isUpperCase(word.charAt(0))) {
          continue;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (!stopWords.contains(lower) && !Character.isDigit(lower.charAt(0))) {
          out.add(stripPossessive(word));
        }
      }
    }
    return out;
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

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static String stripPossessive(String word) {
    if (word.endsWith("'s") || word.endsWith("’s")) {
      return word.substring(0, word.length() - 2);
    }
    return word;
  }
}
