package io.claimcheck.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reviewable word lists, read from {@code src/main/resources/io/claimcheck/lexicon/NAME.txt}.
 *
 * <p>File format: one entry per line; {@code #} starts a comment; blank lines are ignored.
 * <ul>
 *   <li>a word list ({@link #words}): one word or phrase per line;
 *   <li>a synonym list ({@link #synonyms}): {@code canonical: variant, variant, ...} — the
 *       canonical form maps to itself too; a line with no colon is a canonical form without variants;
 *   <li>a table ({@link #table}): {@code key: value}.
 * </ul>
 * Entries are lower-cased. Lists are loaded once and cached; they are immutable.
 */
public final class Lexicon {

  private static final String ROOT = "/io/claimcheck/lexicon/";
  // A per-JVM cache of immutable lists, filled from class-path resources: every worker of every
  // runner computes the same content, so sharing it across DoFn instances and threads is safe.
  private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();

  private Lexicon() {}

  /** The words or phrases of a word list. */
  @SuppressWarnings("unchecked")
  public static Set<String> words(String name) {
    return (Set<String>) CACHE.computeIfAbsent("w:" + name, k -> loadWords(name));
  }

  /** Variant → canonical form, for a synonym list. */
  @SuppressWarnings("unchecked")
  public static Map<String, String> synonyms(String name) {
    return (Map<String, String>) CACHE.computeIfAbsent("s:" + name, k -> loadSynonyms(name));
  }

  /** Key → value, for a table. */
  @SuppressWarnings("unchecked")
  public static Map<String, String> table(String name) {
    return (Map<String, String>) CACHE.computeIfAbsent("t:" + name, k -> loadTable(name));
  }

  private static Set<String> loadWords(String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : lines(name)) {
      out.add(line);
    }
    return Collections.unmodifiableSet(out);
  }

  private static Map<String, String> loadSynonyms(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : lines(name)) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        out.put(line, line);
        continue;
      }
      String canonical = line.substring(0, colon).trim();
      out.put(canonical, canonical);
      for (String variant : line.substring(colon + 1).split(",")) {
        String v = variant.trim();
        if (!v.isEmpty()) {
          String previous = out.put(v, canonical);
          if (previous != null && !previous.equals(canonical)) {
            throw new IllegalStateException(
                "lexicon " + name + ": '" + v + "' maps to both " + previous + " and " + canonical);
          }
        }
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static Map<String, String> loadTable(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : lines(name)) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalStateException("lexicon " + name + ": expected 'key: value' in: " + line);
      }
      out.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
    }
    return Collections.unmodifiableMap(out);
  }

  private static List<String> lines(String name) {
    String resource = ROOT + name + ".txt";
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines()
          .map(l -> {
            int hash = l.indexOf('#');
            return (hash >= 0 ? l.substring(0, hash) : l).trim().toLowerCase(Locale.ROOT);
          })
          .filter(l -> !l.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
  }
}
