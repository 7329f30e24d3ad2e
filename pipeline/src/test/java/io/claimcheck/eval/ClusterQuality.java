package io.claimcheck.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pairwise precision and recall of a clustering ({@code stories.csv}) against the ground truth of a
 * generated corpus ({@code truth.csv}: {@code doc_id,story_id,...}).
 *
 * <p>A pair of documents is predicted when both are in one row of {@code stories.csv}, and true when
 * both have one {@code story_id} in {@code truth.csv}. Precision = true predicted pairs / predicted
 * pairs; recall = true predicted pairs / true pairs. Only documents in the truth are scored; a truth
 * document missing from {@code stories.csv} (rejected) counts as a story of its own and is reported.
 *
 * <p>{@code java io.claimcheck.eval.ClusterQuality STORIES_CSV TRUTH_CSV} prints one line per
 * figure; run through {@code scripts/cluster-quality.sh}.
 */
public final class ClusterQuality {

  private ClusterQuality() {}

  /** Pair counts and the figures derived from them. */
  record Score(long documents, long missing, long predictedPairs, long truePairs, long correctPairs,
      int predictedClusters, int trueClusters) {

    /** 1 when nothing was predicted (no wrong pair was claimed). */
    double precision() {
      return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
    }

    /** 1 when there is nothing to find. */
    double recall() {
      return truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * Scores {@code predicted} (document → cluster) against {@code truth} (document → story). Counts
   * pairs through cluster sizes, not by enumerating pairs: linear in the number of documents.
   */
  static Score score(Map<String, String> predicted, Map<String, String> truth) {
    Map<String, Long> predictedSizes = new HashMap<>();
    Map<String, Long> trueSizes = new HashMap<>();
    Map<String, Long> cellSizes = new HashMap<>();
    long missing = 0;
    for (Map.Entry<String, String> e : truth.entrySet()) {
      String cluster = predicted.get(e.getKey());
      if (cluster == null) {
        missing++;
        cluster = "\u0000missing:" + e.getKey();  // a singleton of its own
      }
      predictedSizes.merge(cluster, 1L, Long::sum);
      trueSizes.merge(e.getValue(), 1L, Long::sum);
      // \u0000 cannot occur in a cluster or story id read from CSV, so the cell key is unambiguous.
      cellSizes.merge(cluster + "\u0000" + e.getValue(), 1L, Long::sum);
    }
    return new Score(truth.size(), missing, pairs(predictedSizes), pairs(trueSizes), pairs(cellSizes),
        predictedSizes.size(), trueSizes.size());
  }

  private static long pairs(Map<String, Long> sizes) {
    long sum = 0;
    for (long n : sizes.values()) {
      sum += n * (n - 1) / 2;
    }
    return sum;
  }

  /** Document → story id from {@code stories.csv} ({@code story_id,documents,...}, ids `;`-separated). */
  static Map<String, String> readStories(Path storiesCsv) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (Map<String, String> row : readCsv(storiesCsv)) {
      String story = row.get("story_id");
      for (String doc : row.get("documents").split(";")) {
        if (!doc.isEmpty() && out.put(doc, story) != null) {
          throw new IOException(storiesCsv + ": document " + doc + " is in two stories");
        }
      }
    }
    return out;
  }

  /** Document → story id from a generator's {@code truth.csv}. */
  static Map<String, String> readTruth(Path truthCsv) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (Map<String, String> row : readCsv(truthCsv)) {
      out.put(row.get("doc_id"), row.get("story_id"));
    }
    return out;
  }

  static void print(Score s, PrintStream out) {
    out.printf(Locale.ROOT, "documents         %d (%d not in stories.csv)%n", s.documents(), s.missing());
    out.printf(Locale.ROOT, "stories           %d predicted, %d true%n", s.predictedClusters(), s.trueClusters());
    out.printf(Locale.ROOT, "pairs             %d predicted, %d true, %d both%n",
        s.predictedPairs(), s.truePairs(), s.correctPairs());
    out.printf(Locale.ROOT, "precision         %.4f%n", s.precision());
    out.printf(Locale.ROOT, "recall            %.4f%n", s.recall());
    out.printf(Locale.ROOT, "f1                %.4f%n", s.f1());
  }

  private static List<Map<String, String>> readCsv(Path file) throws IOException {
    try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
      return rows.readAll();
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ClusterQuality STORIES_CSV TRUTH_CSV");
      System.exit(2);
    }
    print(score(readStories(Paths.get(args[0])), readTruth(Paths.get(args[1]))), System.out);
  }
}
