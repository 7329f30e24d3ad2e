package io.claimcheck.eval;

import io.claimcheck.clean.ArticleCleaner;
import io.claimcheck.story.MinHash;
import io.claimcheck.story.StoryFeatures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Diagnostic, not a test: the similarity distribution of same-story and different-story pairs of a
 * labelled corpus, with the features and signatures story clustering uses. Looks at every pair, so
 * keep the corpus to a few thousand documents.
 *
 * <p>{@code ClusterProbe DOCS_DIR TRUTH_CSV [max-docs]}
 */
public final class ClusterProbe {

  public static void main(String[] args) throws IOException {
    Map<String, String> truth = ClusterQuality.readTruth(Paths.get(args[1]));
    int max = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
    ArticleCleaner cleaner = new ArticleCleaner();
    StoryFeatures features = StoryFeatures.of(1);
    MinHash minHash = MinHash.of(256);
    List<String> ids = new ArrayList<>();
    List<long[]> sigs = new ArrayList<>();
    List<Set<String>> sets = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Paths.get(args[0]))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(max).toList()) {
        String id = f.getFileName().toString().replace(".txt", "");
        Set<String> set = features.features(cleaner.clean(Files.readString(f, StandardCharsets.UTF_8)));
        ids.add(id);
        sets.add(set);
        sigs.add(minHash.signature(set));
      }
    }
    Map<String, Integer> df = new HashMap<>();
    for (Set<String> set : sets) {
      for (String f : set) {
        df.merge(f, 1, Integer::sum);
      }
    }
    for (double share : new double[] {1.0, 0.05, 0.02, 0.01}) {
      for (String prefix : new String[] {"", "e:", "w:"}) {
        int limit = (int) Math.ceil(share * ids.size());
        List<Set<String>> kept = new ArrayList<>();
        for (Set<String> set : sets) {
          Set<String> k = new java.util.HashSet<>();
          for (String f : set) {
            if (f.startsWith(prefix) && df.get(f) <= limit) {
              k.add(f);
            }
          }
          kept.add(k);
        }
        List<Double> sm = new ArrayList<>();
        List<Double> df2 = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
          for (int j = i + 1; j < ids.size(); j++) {
            double s = jaccard(kept.get(i), kept.get(j));
            (truth.get(ids.get(i)).equals(truth.get(ids.get(j))) ? sm : df2).add(s);
          }
        }
        System.out.println("df<=" + share + " prefix '" + prefix + "' mean size "
            + kept.stream().mapToInt(Set::size).average().orElse(0));
        System.out.println("   same " + percentiles(sm));
        System.out.println("   other " + percentiles(df2));
      }
    }
    List<Double> same = new ArrayList<>();
    List<Double> diff = new ArrayList<>();
    Map<String, Double> worst = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        double s = MinHash.similarity(sigs.get(i), sigs.get(j));
        if (truth.get(ids.get(i)).equals(truth.get(ids.get(j)))) {
          same.add(s);
        } else {
          diff.add(s);
          if (s >= 0.1 && ids.size() < 100) {
            worst.put(ids.get(i) + " " + ids.get(j), s);
          }
        }
      }
    }
    System.out.println("documents " + ids.size() + ", mean features "
        + sets.stream().mapToInt(Set::size).average().orElse(0));
    System.out.println("same-story pairs " + same.size() + ": " + percentiles(same));
    System.out.println("other pairs " + diff.size() + ": " + percentiles(diff));
    Map<Integer, Integer> hist = new TreeMap<>();
    for (double d : diff) {
      hist.merge((int) (d * 20), 1, Integer::sum);
    }
    System.out.println("other pairs by similarity/0.05: " + hist);
    hist = new HashMap<>();
    for (double d : same) {
      hist.merge((int) (d * 20), 1, Integer::sum);
    }
    System.out.println("same pairs by similarity/0.05: " + new TreeMap<>(hist));
    if (ids.size() < 100) {
      for (int i = 0; i < ids.size(); i++) {
        double best = 0;
        for (int j = 0; j < ids.size(); j++) {
          if (i != j && truth.get(ids.get(i)).equals(truth.get(ids.get(j)))) {
            best = Math.max(best, jaccard(sets.get(i), sets.get(j)));
          }
        }
        System.out.printf("  %s best same-story exact jaccard %.3f%n", ids.get(i), best);
      }
    }
    worst.entrySet().stream().limit(40).forEach(e -> System.out.println("  high other pair " + e));
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int inter = 0;
    for (String x : a) {
      if (b.contains(x)) {
        inter++;
      }
    }
    return (double) inter / (a.size() + b.size() - inter);
  }

  private static String percentiles(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (v.length == 0) {
      return "-";
    }
    StringBuilder sb = new StringBuilder();
    for (double q : new double[] {0, 0.001, 0.01, 0.05, 0.5, 0.95, 0.99, 0.999, 1}) {
      sb.append(String.format("p%s=%.3f ", q, v[(int) Math.min(v.length - 1, q * v.length)]));
    }
    return sb.toString() + " mean=" + Arrays.stream(v).average().orElse(0);
  }
}
