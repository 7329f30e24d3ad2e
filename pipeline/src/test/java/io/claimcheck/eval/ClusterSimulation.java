package io.claimcheck.eval;

import io.claimcheck.clean.ArticleCleaner;
import io.claimcheck.story.AssignStories;
import io.claimcheck.story.CommonFeatures;
import io.claimcheck.story.LinkRule;
import io.claimcheck.story.MinHash;
import io.claimcheck.story.Outlets;
import io.claimcheck.story.ShardLinker;
import io.claimcheck.story.SignedDocument;
import io.claimcheck.story.StopFeatures;
import io.claimcheck.story.StoryFeatures;
import io.claimcheck.story.StoryGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Diagnostic, not a test: story clustering's steps (features, common features, MinHash bands,
 * verification with the Jaccard rule and the default rule, stories with and without the overlap
 * check) in one plain loop over a labelled
 * corpus, for trying settings in seconds instead of a pipeline run. Scored like {@code scripts/cluster-quality.sh}.
 *
 * <p>{@code ClusterSimulation DOCS_DIR TRUTH_CSV SHARE BANDS ROWS RULE...}: a RULE {@code 0.35} scores
 * Jaccard 0.35 alone and with the default's containment and minimum; {@code 0.35:0.8:5} scores
 * Jaccard 0.35 or containment 0.8, at least 5 shared. When a {@code briefs.csv} of {@code
 * generate-corpus.sh --brief-rate} lies beside the truth, the share of briefs put in a story with
 * another document of their own is printed too. Outlets come from datelines ({@link Outlets}); {@code
 * -DoutletFeatures=0.1:50} sets which of their features are their own ({@code off}: none).
 */
public final class ClusterSimulation {

  public static void main(String[] args) throws IOException {
    Map<String, String> truth = ClusterQuality.readTruth(Paths.get(args[1]));
    double share = Double.parseDouble(args[2]);
    int bands = Integer.parseInt(args[3]);
    int rows = Integer.parseInt(args[4]);
    ArticleCleaner cleaner = new ArticleCleaner();
    StoryFeatures features = StoryFeatures.of(1);
    List<SignedDocument> docs = new ArrayList<>();
    List<String> all = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Paths.get(args[0]))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String id = f.getFileName().toString().replace(".txt", "");
        all.add(id);
        String text = cleaner.clean(Files.readString(f, StandardCharsets.UTF_8));
        Set<String> set = features.features(text);
        if (set.size() >= 5) {
          docs.add(new SignedDocument(id, Outlets.hash(Outlets.of("", text)), MinHash.hashes(set), new long[0]));
        }
      }
    }
    Map<Long, Long> outletSizes = new HashMap<>();
    for (SignedDocument d : docs) {
      if (d.outlet() != Outlets.NONE) {
        outletSizes.merge(d.outlet(), 1L, Long::sum);
      }
    }
    // -DoutletFeatures=SHARE:MIN (default: the job's), or "off" (no outlet is counted).
    String outletSetting = System.getProperty("outletFeatures", "");
    CommonFeatures outletRule = outletSetting.isEmpty() || outletSetting.equals("off")
        ? AssignStories.DEFAULT_OUTLET_FEATURES
        : CommonFeatures.above(Double.parseDouble(outletSetting.split(":")[0]),
            Long.parseLong(outletSetting.split(":")[1]));
    StopFeatures stopFeatures = StopFeatures.count(docs, docs.size(),
        outletSetting.equals("off") ? Map.of() : outletSizes, CommonFeatures.above(share, 100), outletRule);
    Set<Long> stop = new HashSet<>(stopFeatures.common());
    stop.addAll(stopFeatures.outletOwn());
    System.out.printf("%d outlets from datelines (%s), %d outlet features dropped beyond the common ones%n",
        outletSizes.size(), outletSetting.isEmpty() ? "default" : outletSetting, stopFeatures.outletOwn().size());
    MinHash minHash = MinHash.of(bands * rows);
    List<SignedDocument> signed = new ArrayList<>();
    // -DminKept=N (default: the rule's minimum of shared features; 0 turns signing mostly-common
    // documents on all their features off).
    int minKept = Integer.getInteger("minKept", AssignStories.DEFAULT_DISTINCTIVE_RULE.minCommon());
    int mostlyCommon = 0;
    for (SignedDocument d : docs) {
      StopFeatures.Signing signing = StopFeatures.signing(d, stop, minKept);
      SignedDocument kept = signing.document();
      if (kept.featureCount() > 0) {
        signed.add(signing.banded(minHash, bands, rows));
        mostlyCommon += signing.mostlyCommon() ? 1 : 0;
      }
    }
    System.out.printf("%d documents signed on their common features too (kept fewer than %d)%n", mostlyCommon,
        minKept);
    System.out.printf("%d documents, %d signed, %d common features dropped%n", all.size(), signed.size(),
        stopFeatures.common().size());
    Set<String> briefs = readBriefs(Paths.get(args[1]).resolveSibling("briefs.csv"));
    LinkRule defaults = AssignStories.DEFAULT_DISTINCTIVE_RULE;
    // -DmaxLinks=N (default: the job's; 0: every link kept).
    int maxLinks = Integer.getInteger("maxLinks", AssignStories.MAX_LINKS_PER_DOCUMENT);
    for (int t = 5; t < args.length; t++) {
      String[] parts = args[t].split(":");
      double threshold = Double.parseDouble(parts[0]);
      // Jaccard alone, then with the default's containment and minimum of shared features; or the
      // rule written out.
      LinkRule[] linkRules = parts.length == 3
          ? new LinkRule[] {LinkRule.jaccard(threshold).withContainment(Double.parseDouble(parts[1]))
              .withMinCommon(Integer.parseInt(parts[2]))}
          : new LinkRule[] {LinkRule.jaccard(threshold),
              LinkRule.jaccard(threshold).withContainment(defaults.containment()).withMinCommon(defaults.minCommon())};
      for (LinkRule linkRule : linkRules) {
        ShardLinker linker = new ShardLinker(linkRule, 1000, AssignStories.PIVOTS_PER_BUCKET, maxLinks);
        signed.forEach(linker::add);
        StoryGraph graph = new StoryGraph();
        linker.links().forEach(graph::add);
        for (double minOverlap : new double[] {0, AssignStories.DEFAULT_MIN_OVERLAP}) {
          Map<String, String> roots = graph.stories(minOverlap, maxLinks);
          Map<String, String> predicted = new HashMap<>();
          for (String id : all) {
            predicted.put(id, roots.getOrDefault(id, id));
          }
          ClusterQuality.Score s = ClusterQuality.score(predicted, truth);
          System.out.printf("share %.3f bands %dx%d %s overlap %.2f: precision %.4f recall %.4f "
              + "f1 %.4f (%d stories; %d pairs compared, %d linked, %d oversized buckets)%n", share, bands,
              rows, linkRule, minOverlap, s.precision(), s.recall(), s.f1(), s.predictedClusters(),
              linker.pairsCompared(), linker.pairsLinked(), linker.oversizedBuckets());
          if (!briefs.isEmpty()) {
            System.out.printf("  briefs with a story-mate: %.4f of %d%n", withStoryMate(briefs, predicted, truth),
                briefs.size());
          }
        }
      }
    }
  }

  /** The brief ids of a briefs.csv (first column), or none when there is no such file. */
  private static Set<String> readBriefs(Path file) throws IOException {
    Set<String> ids = new HashSet<>();
    if (Files.exists(file)) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        ids.add(line.substring(0, line.indexOf(',')));
      }
    }
    return ids;
  }

  /** The share of {@code briefs} whose predicted story holds another document of their true story. */
  private static double withStoryMate(Set<String> briefs, Map<String, String> predicted, Map<String, String> truth) {
    Map<String, Map<String, Integer>> trueStoriesOfCluster = new HashMap<>();
    predicted.forEach((doc, cluster) ->
        trueStoriesOfCluster.computeIfAbsent(cluster, c -> new HashMap<>()).merge(truth.get(doc), 1, Integer::sum));
    long kept = briefs.stream()
        .filter(b -> trueStoriesOfCluster.get(predicted.get(b)).get(truth.get(b)) > 1)
        .count();
    return (double) kept / briefs.size();
  }
}
