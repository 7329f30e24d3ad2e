package io.claimcheck.extract;

import static com.google.common.truth.Truth.assertThat;

import io.claimcheck.model.Article;
import io.claimcheck.model.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class ExtractClaimsTest {

  @Rule public final transient TestPipeline p = TestPipeline.create();

  /** "topicKey = value" of each claim, grouped by document. */
  private static Map<String, List<String>> byDoc(Iterable<Claim> claims) {
    Map<String, List<String>> out = new TreeMap<>();
    for (Claim c : claims) {
      out.computeIfAbsent(c.docId(), d -> new ArrayList<>()).add(c.topicKey() + " = " + c.value().text());
    }
    return out;
  }

  @Test
  public void extractsClaimsOfEachArticleAndRejectsNone() {
    Article flood = Article.of(
            "flood",
            "in/flood.txt",
            "Flash floods swept through the valley on Sunday. "
                + "The floods killed at least 9 people, rescuers said. Another 15 people were injured.")
        .withStoryId("valley-floods");
    Article court = Article.of(
            "court",
            "in/court.txt",
            "Judge Priya Nair denied a request to move the case. The trial begins on Monday in Riverside.")
        .withStoryId("nair-trial");

    PCollectionTuple out = p.apply("CreateArticles", Create.of(flood, court)).apply(ExtractClaims.create());

    PAssert.that(out.get(ExtractClaims.CLAIMS))
        .satisfies(claims -> {
          Map<String, List<String>> docs = byDoc(claims);
          assertThat(docs.keySet()).containsExactly("flood", "court");
          assertThat(docs.get("flood"))
              .containsExactly("person.count{event=kill} = >=9 people", "person.count{event=injure} = 15 people");
          assertThat(docs.get("court"))
              .containsExactly(
                  "person.role{person=priya nair,role=judge} = current",
                  // "denied a request to move the case": on the case, as "refused to move the case" and
                  // "ruled out moving the case" (a verb without a noun of its own is read by its object)
                  "stance.case{holder=priya nair} = against",
                  "event.trial{} = Monday");
          for (Claim c : claims) {
            assertThat(c.storyId()).isEqualTo(c.docId().equals("flood") ? "valley-floods" : "nair-trial");
            assertThat(c.sentence()).isNotEmpty();
          }
          return null;
        });
    PAssert.that(out.get(ExtractClaims.REJECTED)).empty();
    // The flood article writes numbers: its values, for omission detection. The court article's
    // only date is its trial's, which says nothing of another fact: it has none.
    PAssert.that(out.get(ExtractClaims.VALUES))
        .satisfies(values -> {
          List<String> ids = new ArrayList<>();
          values.forEach(v -> ids.add(v.docId()));
          assertThat(ids).containsExactly("flood");
          return null;
        });
    p.run().waitUntilFinish();
  }
}
