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
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * Canonical person names of one story. Names are compared as sets of words, so word order does
 * not matter ({@code akazawa ryosei} = {@code ryosei akazawa}); a shorter name whose words are all
 * in exactly one longer name of the story is that person ({@code trump} → {@code donald trump}).
 * When a shorter name fits several longer ones ({@code smith} with {@code john smith} and
 * {@code ann smith}) it is left alone: guessing would merge two people.
 */
@DefaultCoder(NameAliasesCoder.class)
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
    mergeSpellingVariants(out, mentions);
    return new NameAliases(Collections.unmodifiableMap(out));
  }

  /**
   * "dmitri kovalenko" and "dmitry kovalenko", "ray okafor" and "raymond okafor": full names with
   * the same surname whose given name differs by one letter, or is a short form (a prefix) of the
   * other, are one person written two ways. The spelling
   * mentioned more often wins; ties go to the lexicographically smaller.
   */
  private static void mergeSpellingVariants(Map<String, String> out, Map<String, Long> mentions) {
    Map<String, Long> weight = new TreeMap<>();
    out.forEach((name, canonical) -> weight.merge(canonical, mentions.getOrDefault(name, 0L), Long::sum));
    List<String> canonicals = new ArrayList<>(weight.keySet());
    Map<String, String> replace = new TreeMap<>();
    for (String a : canonicals) {
      for (String b : canonicals) {
        if (a.compareTo(b) >= 0 || !sameButOneLetter(a, b)) {
          continue;
        }
        boolean aWins = weight.get(a) > weight.get(b) || weight.get(a).equals(weight.get(b));
        replace.putIfAbsent(aWins ? b : a, aWins ? a : b);
      }
    }
    out.replaceAll((name, canonical) -> replace.getOrDefault(canonical, canonical));
  }

  private static boolean sameButOneLetter(String a, String b) {
    String[] x = a.split(" ");
    String[] y = b.split(" ");
    if (x.length < 2 || x.length != y.length || !x[x.length - 1].equals(y[y.length - 1])) {
      return false;
    }
    int differing = 0;
    for (int i = 0; i < x.length - 1; i++) {
      if (!x[i].equals(y[i])) {
        boolean nickname = x[i].length() >= 3 && y[i].length() >= 3 && (x[i].startsWith(y[i]) || y[i].startsWith(x[i]));
        boolean spelling = x[i].length() >= 4 && y[i].length() >= 4 && editDistance(x[i], y[i]) <= 1;
        if (!nickname && !spelling) {
          return false; // "ray" / "raymond" (a short form), "dmitri" / "dmitry" (a spelling)
        }
        differing++;
      }
    }
    return differing == 1;
  }

  private static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(substitute, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()];
  }

  /** For {@link NameAliasesCoder}: the aliases as decoded. */
  static NameAliases fromCanonical(Map<String, String> canonical) {
    return new NameAliases(Collections.unmodifiableMap(new TreeMap<>(canonical)));
  }

  /** For {@link NameAliasesCoder}: every name with its canonical form. */
  Map<String, String> canonicalMap() {
    return canonical;
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
