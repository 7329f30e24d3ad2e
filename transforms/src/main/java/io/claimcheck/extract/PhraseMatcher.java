package io.claimcheck.extract;

import io.claimcheck.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lexicon phrases in a token list, longest first.
 *
 * <p>A phrase is matched word by word (words split on spaces); one phrase word may span several
 * touching tokens, so that {@code km/h}, {@code us$} and {@code u.s.} match however the tokenizer
 * split them. Comparison is on lower-cased token text.
 */
final class PhraseMatcher<V> {

  /** A matched phrase: tokens {@code [start, end)} and the value the lexicon gives it. */
  record Match<V>(int start, int end, String phrase, V value) {}

  private record Entry<V>(String phrase, String[] words, V value) {}

  private final Map<Character, List<Entry<V>>> byFirstChar = new HashMap<>();

  PhraseMatcher(Map<String, V> phrases) {
    for (Map.Entry<String, V> e : phrases.entrySet()) {
      String phrase = e.getKey().trim();
      if (phrase.isEmpty()) {
        continue;
      }
      byFirstChar
          .computeIfAbsent(phrase.charAt(0), c -> new ArrayList<>())
          .add(new Entry<>(phrase, phrase.split("\\s+"), e.getValue()));
    }
    // Longest phrase first, so that the first match is the longest.
    for (List<Entry<V>> list : byFirstChar.values()) {
      list.sort(Comparator.comparingInt((Entry<V> en) -> -en.phrase.length()));
    }
  }

  /** The first word of every phrase, for a quick test of whether a token can start one. */
  java.util.Set<String> firstWords() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (List<Entry<V>> list : byFirstChar.values()) {
      for (Entry<V> e : list) {
        out.add(e.words[0]);
      }
    }
    return out;
  }

  /** Lower-cased texts of {@code tokens}. */
  static String[] lower(List<Token> tokens) {
    String[] out = new String[tokens.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = tokens.get(k).lower();
    }
    return out;
  }

  /**
   * The longest phrase starting at token {@code i}, or null. {@code lower} holds the lower-cased
   * token texts (computed once per sentence by the caller: look-ups are the hot path).
   */
  Match<V> at(List<Token> tokens, String[] lower, int i) {
    if (i < 0 || i >= tokens.size() || lower[i].isEmpty()) {
      return null;
    }
    List<Entry<V>> candidates = byFirstChar.get(lower[i].charAt(0));
    if (candidates == null) {
      return null;
    }
    for (Entry<V> entry : candidates) {
      int end = matchWords(tokens, lower, i, entry.words);
      if (end > 0) {
        return new Match<>(i, end, entry.phrase, entry.value);
      }
    }
    return null;
  }

  /** End token index when all {@code words} match from {@code i}, else -1. */
  private static int matchWords(List<Token> tokens, String[] lower, int i, String[] words) {
    int k = i;
    for (String word : words) {
      k = matchWord(tokens, lower, k, word);
      if (k < 0) {
        return -1;
      }
    }
    return k;
  }

  /** One phrase word against one or more touching tokens. */
  private static int matchWord(List<Token> tokens, String[] lower, int k, String word) {
    int consumed = 0;
    int first = k;
    while (consumed < word.length()) {
      if (k >= tokens.size()) {
        return -1;
      }
      Token t = tokens.get(k);
      if (k > first && tokens.get(k - 1).end() != t.start()) {
        return -1;
      }
      if (!word.startsWith(lower[k], consumed)) {
        return -1;
      }
      consumed += lower[k].length();
      k++;
    }
    return consumed == word.length() && k > first ? k : -1;
  }
}
