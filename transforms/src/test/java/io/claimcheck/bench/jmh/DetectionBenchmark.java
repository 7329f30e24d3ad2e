package io.claimcheck.bench.jmh;

import io.claimcheck.clean.ArticleCleaner;
import io.claimcheck.detect.DetectionSettings;
import io.claimcheck.detect.FindingDetector;
import io.claimcheck.extract.ClaimExtractor;
import io.claimcheck.model.Article;
import io.claimcheck.model.Claim;
import io.claimcheck.model.TopicGroup;
import io.claimcheck.normalize.NameAliases;
import io.claimcheck.normalize.TopicKeys;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmark of comparison: the findings of one whole story (every topic group of its claims,
 * values compared, consensus, contradictions and omissions), as {@code DetectFindings} does per
 * group. The claims are extracted and grouped once in set-up, with the story's name aliases, the
 * way {@code GroupClaimsByTopic} groups them. The score is per story; divide by the number of
 * articles in {@code corpus} (five in the default sample) for the cost per article.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class DetectionBenchmark {

  /** A directory of {@code .txt} articles about one story, relative to the repository root. */
  @Param({"fixtures/tariff-talks"})
  public String corpus;

  private final FindingDetector detector = new FindingDetector(DetectionSettings.defaults());
  private List<TopicGroup> groups;
  private List<String> docIds;

  @Setup
  public void groupClaims() throws IOException {
    ArticleCleaner cleaner = new ArticleCleaner();
    ClaimExtractor extractor = new ClaimExtractor();
    List<String> texts = BenchmarkCorpus.texts(corpus);
    List<Claim> claims = new ArrayList<>();
    docIds = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String id = String.format("doc-%03d", i);
      docIds.add(id);
      claims.addAll(extractor.extract(Article.of(id, id + ".txt", cleaner.clean(texts.get(i))).withStoryId("story-1")));
    }
    Map<String, Long> mentions = new TreeMap<>();
    for (Claim claim : claims) {
      for (String name : TopicKeys.personNames(claim)) {
        mentions.merge(name, 1L, Long::sum);
      }
    }
    NameAliases aliases = NameAliases.build(mentions);
    Map<String, List<Claim>> byTopic = new TreeMap<>();
    for (Claim claim : claims) {
      Claim canonical = TopicKeys.canonicalize(claim, aliases);
      byTopic.computeIfAbsent(canonical.topicKey(), k -> new ArrayList<>()).add(canonical);
    }
    groups = new ArrayList<>();
    byTopic.forEach((key, list) -> {
      list.sort(Comparator.comparing(Claim::docId).thenComparingInt(Claim::start));
      groups.add(new TopicGroup(list.get(0).storyId(), key, list));
    });
  }

  /** Every finding of the story. */
  @Benchmark
  public void detectStory(Blackhole sink) {
    for (TopicGroup group : groups) {
      sink.consume(detector.detect(group, docIds));
    }
  }
}
