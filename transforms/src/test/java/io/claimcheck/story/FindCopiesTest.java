package io.claimcheck.story;

import static com.google.common.truth.Truth.assertThat;

import io.claimcheck.model.Article;
import io.claimcheck.model.Copy;
import io.claimcheck.report.CopyFormat;
import java.util.List;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class FindCopiesTest {

  @Rule public final transient TestPipeline p = TestPipeline.create();

  private static final String WIRE = "Hurricane Orla made landfall near Port Halvern early on Monday as a Category 4 "
      + "storm, flattening homes along the waterfront and flooding the harbour district. Governor Lena Marsh "
      + "said eleven people were killed and forty injured, and that about two hundred thousand residents had "
      + "left the coast before the storm arrived. Shelters across Halvern county remained open overnight while "
      + "crews began clearing fallen trees and restoring power to neighbourhoods north of the river.";

  @Test
  public void aNearDuplicateWireCopyIsACopyOfTheSmallestId() {
    checkCopies(FindCopies.create());
  }

  @Test
  public void storiesSharingABucketAreStillComparedOnlyWithinThemselves() {
    checkCopies(FindCopies.create().withBuckets(1));
  }

  private void checkCopies(FindCopies findCopies) {
    // The syndicated copy adds an outlet line; an independent report of the same event is no copy.
    Article wire = Article.of("b-wire", "b.txt", WIRE).withStoryId("s");
    Article copy = Article.of("a-copy", "a.txt", WIRE + " Gazette staff contributed reporting.").withStoryId("s");
    Article own = Article.of("c-own", "c.txt", "Port Halvern counts the damage after Orla. The hurricane "
        + "flooded the harbour district, and Governor Lena Marsh opened shelters for families.").withStoryId("s");
    Article elsewhere = Article.of("d-else", "d.txt", WIRE).withStoryId("t"); // another story: not compared
    PCollection<Copy> copies = p.apply(Create.of(List.of(wire, copy, own, elsewhere))
            .withCoder(SerializableCoder.of(Article.class)))
        .apply(findCopies);
    PAssert.that(copies).satisfies(rows -> {
      List<Copy> all = new java.util.ArrayList<>();
      rows.forEach(all::add);
      assertThat(all).hasSize(1);
      assertThat(all.get(0).document()).isEqualTo("b-wire");
      assertThat(all.get(0).copyOf()).isEqualTo("a-copy");
      assertThat(all.get(0).similarity()).isAtLeast(0.8);
      return null;
    });
    p.run().waitUntilFinish();
  }

  @Test
  public void copyRow() {
    assertThat(CopyFormat.HEADER).isEqualTo("document,copy_of,similarity");
    assertThat(CopyFormat.row(new Copy("b", "a", 0.9))).isEqualTo("b,a,0.90");
  }
}
