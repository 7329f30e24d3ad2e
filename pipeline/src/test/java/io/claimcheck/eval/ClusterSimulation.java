package io.claimcheck.eval;

import io.claimcheck.clean.ArticleCleaner;
import io.claimcheck.story.AssignStories;
import io.claimcheck.story.CommonFeatures;
import io.claimcheck.story.LinkRule;
import io.claimcheck.story.MinHash;
import io.claimcheck.story.ShardLinker;
import io.claimcheck.story.SignedDocument;
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
 * <p>{@code ClusterSimulation DOCS_DIR TRUTH_CSV SHARE BANDS ROWS THRESHOLD...}
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
        Set<String> set = features.features(cleaner.clean(Files.readString(f, StandardCharsets.UTF_8)));
        if (set.size() >= 5) {
          docs.add(new SignedDocument(id, MinHash.hashes(set), new long[0]));
        }
      }
    }
    Map<Long, Integer> df = new HashMap<>();
    for (SignedDocument d : docs) {
      for (int i = 0; i < d.featureCount(); i++) {
        df.merge(d.feature(i), 1, Integer::sum);
      }
    }
    CommonFeatures rule = CommonFeatures.above(share, 100);
    Set<Long> common = new HashSet<>();
    df.forEach((f, n) -> {
      if (rule.isCommon(n, docs.size())) {
        common.add(f);
      }
    });
    MinHash minHash = MinHash.of(bands * rows);
    List<SignedDocument> signed = new ArrayList<>();
    for (SignedDocument d : docs) {
      SignedDocument kept = d.withFeaturesWhere(f -> !common.contains(f));
      if (kept.featureCount() > 0) {
        signed.add(kept.withBands(MinHash.bandHashes(kept.signature(minHash), bands, rows)));
      }
    }
    System.out.printf("%d documents, %d signed, %d common features dropped%n", all.size(), signed.size(), common.size());
    LinkRule defaults = AssignStories.DEFAULT_DISTINCTIVE_RULE;
    for (int t = 5; t < args.length; t++) {
      double threshold = Double.parseDouble(args[t]);
      // Jaccard alone, then with the default's containment and minimum of shared features.
      for (LinkRule linkRule : new LinkRule[] {LinkRule.jaccard(threshold),
          LinkRule.jaccard(threshold).withContainment(defaults.containment()).withMinCommon(defaults.minCommon())}) {
        ShardLinker linker = new ShardLinker(linkRule, 1000);
        signed.forEach(linker::add);
        StoryGraph graph = new StoryGraph();
        linker.links().forEach(graph::add);
        for (double minOverlap : new double[] {0, AssignStories.DEFAULT_MIN_OVERLAP}) {
          Map<String, String> roots = graph.stories(minOverlap);
          Map<String, String> predicted = new HashMap<>();
          for (String id : all) {
            predicted.put(id, roots.getOrDefault(id, id));
          }
          ClusterQuality.Score s = ClusterQuality.score(predicted, truth);
          System.out.printf("share %.3f bands %dx%d %s overlap %.2f: precision %.4f recall %.4f "
              + "f1 %.4f (%d stories; %d pairs compared, %d linked, %d oversized buckets)%n", share, bands,
              rows, linkRule, minOverlap, s.precision(), s.recall(), s.f1(), s.predictedClusters(),
              linker.pairsCompared(), linker.pairsLinked(), linker.oversizedBuckets());
        }
      }
    }
  }
}
