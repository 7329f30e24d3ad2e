package io.claimcheck.normalize;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Canonical person names of one story. Names are compared as sets of words, so word order does
 * not matter ({@code akazawa ryosei} = {@code ryosei akazawa}); a shorter name whose words are all
 * in exactly one longer name of the story is that person ({@code trump} → {@code donald trump}).
 * When a shorter name fits several longer ones ({@code smith} with {@code john smith} and
 * {@code ann smith}) it is left alone: guessing would merge two people.
 */
public final class NameAliases implements Serializable {

  /** No aliases: every name is its own canonical form. */
  public static final NameAliases NONE = new NameAliases(Map.of());

  private final Map<String, String> canonical;

  private NameAliases(Map<String, String> canonical) {
    this.canonical = canonical;
  }

  /** Aliases among {@code names} (normalized person names), each counted once. */
  public static NameAliases build(Iterable<String> names) {
    Map<String, Long> counts = new TreeMap<>();
    names.forEach(n -> counts.merge(n, 1L, Long::sum));
    return build(counts);
  }

  /**
   * Aliases among names with how often the story mentions each. The spelling of a person is the
   * one mentioned most often (ties: the lexicographically smallest), so the choice is the same on
   * every runner and at any parallelism.
   */
  public static NameAliases build(Map<String, Long> mentions) {
    Set<String> distinct = new TreeSet<>(mentions.keySet());
    Map<String, String> bySet = new TreeMap<>();
    for (String name : distinct) {
      bySet.merge(wordSetKey(name), name, (a, b) -> {
        int byCount = Long.compare(mentions.get(b), mentions.get(a));
        return byCount < 0 || byCount == 0 && a.compareTo(b) <= 0 ? a : b;
      });
    }
    List<String> sets = new ArrayList<>(bySet.keySet());
    sets.sort(Comparator.comparingInt((String s) -> s.split(" ").length).reversed().thenComparing(s -> s));
    Map<String, String> setToCanonical = new TreeMap<>();
    for (String set : sets) {
      Set<String> words = new HashSet<>(Arrays.asList(set.split(" ")));
      String container = null;
      boolean ambiguous = false;
      for (String other : sets) {
        if (other.equals(set) || other.split(" ").length <= words.size()) {
          continue;
        }
        if (new HashSet<>(Arrays.asList(other.split(" "))).containsAll(words)) {
          String target = setToCanonical.getOrDefault(other, bySet.get(other));
          if (container != null && !container.equals(target)) {
            ambiguous = true;
          }
          container = target;
        }
      }
      setToCanonical.put(set, container != null && !ambiguous ? container : bySet.get(set));
    }
    Map<String, String> out = new TreeMap<>();
    for (String name : distinct) {
      out.put(name, setToCanonical.get(wordSetKey(name)));
    }
    return new NameAliases(Collections.unmodifiableMap(out));
  }

  /** The canonical form of {@code name}; the name itself when it has no alias. */
  public String canonical(String name) {
    return canonical.getOrDefault(name, name);
  }

  private static String wordSetKey(String name) {
    return String.join(" ", new TreeSet<>(Arrays.asList(name.split(" "))));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NameAliases other && canonical.equals(other.canonical);
  }

  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  @Override
  public String toString() {
    return "NameAliases" + canonical;
  }
}
