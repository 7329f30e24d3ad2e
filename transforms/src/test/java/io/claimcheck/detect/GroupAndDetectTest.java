package io.claimcheck.detect;

import static com.google.common.truth.Truth.assertThat;

import io.claimcheck.model.Article;
import io.claimcheck.model.Claim;
import io.claimcheck.model.ClaimKind;
import io.claimcheck.model.ClaimValue;
import io.claimcheck.model.Finding;
import io.claimcheck.model.Finding.FindingType;
import io.claimcheck.model.Polarity;
import io.claimcheck.model.TopicGroup;
import io.claimcheck.normalize.TopicKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** GroupClaimsByTopic and DetectFindings on a small storm story, on the Direct Runner. */
@RunWith(JUnit4.class)
public class GroupAndDetectTest {

  @Rule public final transient TestPipeline p = TestPipeline.create();

  private static Claim attends(String doc, String actor) {
    Map<String, String> q = Map.of("actor", actor);
    return new Claim(doc, "storm", ClaimKind.EVENT, TopicKeys.key("event.visit", q), actor, "visit",
        new TreeMap<>(q), ClaimValue.stated("visits"), Polarity.POSITIVE, actor + " visits the shelter.", 0, 10, 0.8);
  }

  private static Claim gust(String doc, double kmh) {
    Map<String, String> q = Map.of();
    return new Claim(doc, "storm", ClaimKind.QUANTITY, TopicKeys.key("wind.speed", q), "wind", "speed",
        new TreeMap<>(q), ClaimValue.quantity((int) kmh + " km/h", kmh, kmh, "km/h"), Polarity.POSITIVE,
        "Gusts reached " + (int) kmh + " km/h.", 0, 10, 0.9);
  }

  @Test
  public void groupsByStoryAndKeyWithCanonicalNames() {
    PCollection<Claim> claims = p.apply(Create.of(List.of(
            attends("a", "harris"), attends("b", "karen harris"), attends("c", "karen harris"), gust("a", 130)))
        .withCoder(SerializableCoder.of(Claim.class)));

    PCollection<TopicGroup> groups = claims.apply(GroupClaimsByTopic.create());

    PAssert.that(groups).satisfies(all -> {
      List<String> keys = new ArrayList<>();
      all.forEach(g -> keys.add(g.topicKey() + " " + g.claims().stream().map(Claim::docId).toList()));
      assertThat(keys).containsExactly(
          "event.visit{actor=karen harris} [a, b, c]",
          "wind.speed{} [a]");
      return null;
    });
    p.run().waitUntilFinish();
  }

  @Test
  public void detectsContradictionAndOmissionPerStory() {
    List<Article> docs = List.of("a", "b", "c", "d").stream()
        .map(id -> Article.of(id, id + ".txt", "text").withStoryId("storm")).toList();
    PCollection<Article> articles = p.apply("Articles", Create.of(docs).withCoder(SerializableCoder.of(Article.class)));
    PCollection<Claim> claims = p.apply("Claims", Create.of(List.of(
            attends("a", "karen harris"), attends("b", "karen harris"), attends("c", "karen harris"),
            gust("a", 130), gust("b", 130), gust("d", 90)))
        .withCoder(SerializableCoder.of(Claim.class)));

    PCollection<Finding> findings = claims.apply(GroupClaimsByTopic.create())
        .apply(DetectFindings.withArticles(articles));

    PAssert.that(findings).satisfies(all -> {
      List<String> rows = new ArrayList<>();
      all.forEach(f -> rows.add(f.type() + " " + f.topicKey() + " " + f.flaggedSources() + " " + f.consensusValue()));
      assertThat(rows).containsExactly(
          FindingType.OMISSION + " event.visit{actor=karen harris} [d] visits",
          FindingType.CONTRADICTION + " wind.speed{} [d] 130 km/h",
          // stated by a, b and d (3 of 4): c leaves it out
          FindingType.OMISSION + " wind.speed{} [c] 130 km/h");
      return null;
    });
    p.run().waitUntilFinish();
  }
}
