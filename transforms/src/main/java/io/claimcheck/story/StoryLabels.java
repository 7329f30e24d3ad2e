package io.claimcheck.story;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Pure helpers that describe a story for {@code stories.csv}: its label and its date span. */
public final class StoryLabels {

  private StoryLabels() {}

  /**
   * The {@code n} most frequent words of {@code words} (counted case-insensitively, shown in their
   * most frequent spelling), most frequent first, ties by word; joined with spaces.
   */
  public static String topWords(Collection<String> words, int n) {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Map<String, Integer>> spellings = new HashMap<>();
    for (String word : words) {
      String key = word.toLowerCase(Locale.ROOT);
      counts.merge(key, 1, Integer::sum);
      spellings.computeIfAbsent(key, k -> new TreeMap<>()).merge(word, 1, Integer::sum);
    }
    List<String> keys = new ArrayList<>(counts.keySet());
    keys.sort(Comparator.comparing((String k) -> -counts.get(k)).thenComparing(k -> k));
    List<String> out = new ArrayList<>();
    for (String key : keys.subList(0, Math.min(n, keys.size()))) {
      Map<String, Integer> forms = spellings.get(key);
      String best = forms.keySet().iterator().next();
      for (Map.Entry<String, Integer> e : forms.entrySet()) {
        if (e.getValue() > forms.get(best)) {
          best = e.getKey();
        }
      }
      out.add(best);
    }
    return String.join(" ", out);
  }

  /**
   * {@code MIN..MAX} of the dates (the first 10 characters of ISO-8601 dates or date-times; others
   * are ignored), or empty when none is known.
   */
  public static String dateSpan(Collection<String> published) {
    String min = null;
    String max = null;
    for (String p : published) {
      if (p == null || p.length() < 10 || !p.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
        continue;
      }
      String day = p.substring(0, 10);
      min = min == null || day.compareTo(min) < 0 ? day : min;
      max = max == null || day.compareTo(max) > 0 ? day : max;
    }
    return min == null ? "" : min + ".." + max;
  }
}
