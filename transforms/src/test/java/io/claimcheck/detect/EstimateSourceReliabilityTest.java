package io.claimcheck.detect;

import static com.google.common.truth.Truth.assertThat;

import io.claimcheck.model.Article;
import io.claimcheck.model.Claim;
import io.claimcheck.model.ClaimKind;
import io.claimcheck.model.ClaimValue;
import io.claimcheck.model.Finding;
import io.claimcheck.model.Polarity;
import io.claimcheck.model.TopicGroup;
import io.claimcheck.normalize.TopicKeys;
import io.claimcheck.reliability.ReliabilitySettings;
import io.claimcheck.reliability.SourceReliability;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * EstimateSourceReliability and DetectFindings on the Direct Runner: four outlets over three
 * stories of a flood; "rumor" alone is wrong in two, and the third is a 2-against-2 tie.
 */
@RunWith(JUnit4.class)
public class EstimateSourceReliabilityTest {

  @Rule public final transient TestPipeline p = TestPipeline.create();

  private static final List<String> OUTLETS = List.of("ledger", "courier", "post", "rumor");

  private static Claim toll(String doc, String story, int n) {
    Map<String, String> q = Map.of("event", "kill");
    return new Claim(doc, story, ClaimKind.QUANTITY, TopicKeys.key("person.count", q), "person", "count",
        new TreeMap<>(q), ClaimValue.quantity(n + " people", (double) n, (double) n, "people"), Polarity.POSITIVE,
        "The flood killed " + n + " people.", 0, 10, 0.8);
  }

  /** Story {@code story}: each outlet's toll, in the order of {@link #OUTLETS}. */
  private static TopicGroup story(String story, int... tolls) {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < tolls.length; i++) {
      claims.add(toll(OUTLETS.get(i) + "-" + story, story, tolls[i]));
    }
    return new TopicGroup(story, claims.get(0).topicKey(), claims);
  }

  private PCollection<Article> articles() {
    List<Article> articles = new ArrayList<>();
    for (String story : List.of("s1", "s2", "s3")) {
      for (String outlet : OUTLETS) {
        articles.add(new Article(outlet + "-" + story, "in.jsonl", "text", outlet, "", "", "", "UTF-8", story));
      }
    }
    return p.apply("Articles", Create.of(articles).withCoder(SerializableCoder.of(Article.class)));
  }

  private PCollection<TopicGroup> groups() {
    return p.apply("Groups", Create.of(List.of(story("s1", 12, 12, 12, 21), story("s2", 7, 7, 7, 9),
        story("s3", 5, 5, 8, 8))).withCoder(SerializableCoder.of(TopicGroup.class)));
  }

  @Test
  public void weighsSourcesAndDecidesTheTie() {
    PCollection<Article> articles = articles();
    PCollection<TopicGroup> groups = groups();
    PCollectionTuple reliability = groups.apply(EstimateSourceReliability.withArticles(articles));
    PCollection<Finding> findings = groups.apply(DetectFindings.withArticles(articles)
        .withDocumentWeights(reliability.get(EstimateSourceReliability.DOCUMENT_WEIGHTS)));

    PAssert.that(reliability.get(EstimateSourceReliability.SOURCES)).satisfies(rows -> {
      Map<String, SourceReliability> bySource = new TreeMap<>();
      rows.forEach(r -> bySource.put(r.source(), r));
      assertThat(bySource.keySet()).containsExactly("courier", "ledger", "post", "rumor");
      // After round 1 the tie is decided; rounds 2 and 3 count it.
      assertThat(bySource.get("ledger").compared()).isEqualTo(3);
      assertThat(bySource.get("ledger").agreed()).isEqualTo(3);
      assertThat(bySource.get("post").agreed()).isEqualTo(2);
      assertThat(bySource.get("rumor").agreed()).isEqualTo(0);
      assertThat(bySource.get("rumor").documents()).isEqualTo(3);
      assertThat(bySource.get("rumor").weight()).isEqualTo(ReliabilitySettings.defaults().minWeight());
      assertThat(bySource.get("ledger").weight()).isGreaterThan(bySource.get("post").weight());
      return null;
    });
    PAssert.that(reliability.get(EstimateSourceReliability.DOCUMENT_WEIGHTS)).satisfies(weights -> {
      Map<String, Double> byDoc = new TreeMap<>();
      weights.forEach(kv -> byDoc.put(kv.getKey(), kv.getValue()));
      assertThat(byDoc).hasSize(12);
      assertThat(byDoc.get("rumor-s3")).isEqualTo(byDoc.get("rumor-s1"));
      assertThat(byDoc.get("rumor-s3")).isLessThan(byDoc.get("ledger-s3"));
      return null;
    });
    PAssert.that(findings).satisfies(all -> {
      List<String> rows = new ArrayList<>();
      all.forEach(f -> rows.add(f.storyId() + " " + f.consensusValue() + " " + f.flaggedSources()));
      assertThat(rows).containsExactly(
          "s1 12 people [rumor-s1]", "s2 7 people [rumor-s2]", "s3 5 people [post-s3, rumor-s3]");
      return null;
    });
    p.run().waitUntilFinish();
  }

  @Test
  public void withoutRoundsTheTieStays() {
    PCollection<Article> articles = articles();
    PCollection<TopicGroup> groups = groups();
    PCollectionTuple reliability = groups.apply(EstimateSourceReliability.withArticles(articles)
        .withSettings(ReliabilitySettings.defaults().withRounds(0)));
    PCollection<Finding> findings = groups.apply(DetectFindings.withArticles(articles)
        .withDocumentWeights(reliability.get(EstimateSourceReliability.DOCUMENT_WEIGHTS)));

    PAssert.that(findings).satisfies(all -> {
      List<String> rows = new ArrayList<>();
      all.forEach(f -> rows.add(f.storyId() + " " + f.consensusValue() + " " + f.flaggedSources()));
      assertThat(rows).containsExactly("s1 12 people [rumor-s1]", "s2 7 people [rumor-s2]",
          "s3  [courier-s3, ledger-s3, post-s3, rumor-s3]");
      return null;
    });
    PAssert.that(reliability.get(EstimateSourceReliability.SOURCES)).satisfies(rows -> {
      rows.forEach(r -> assertThat(r.weight()).isEqualTo(1.0));
      return null;
    });
    p.run().waitUntilFinish();
  }
}
