package io.claimcheck.clean;

import io.claimcheck.model.Article;
import io.claimcheck.model.Rejection;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class CleanArticlesTest {

  @Rule public final transient TestPipeline p = TestPipeline.create();

  @Test
  public void cleansArticlesAndRejectsEmptyOnes() {
    Article court =
        Article.of(
            "court",
            "in/court.txt",
            "Home » Local » Courts\r\n\r\nBy Jane Doe | Staff writer\r\n"
                + "The jury returned a verdict after two days.\r\nAdvertisement\r\n"
                + "© 2025 Example Media");
    Article furniture =
        Article.of("furniture", "in/furniture.txt", "Share this\nIMG_0001.jpg\nAll rights reserved.");

    PCollectionTuple out = p.apply("CreateArticles", Create.of(court, furniture)).apply(CleanArticles.create());

    PAssert.that(out.get(CleanArticles.CLEANED))
        .containsInAnyOrder(court.withText("The jury returned a verdict after two days."));
    PAssert.that(out.get(CleanArticles.REJECTED))
        .containsInAnyOrder(new Rejection("in/furniture.txt", "no text after cleaning"));
    p.run().waitUntilFinish();
  }

  @Test
  public void emptyInputIsRejected() {
    PCollectionTuple out =
        p.apply("CreateArticles", Create.of(Article.of("blank", "in/blank.txt", " \u00A0\n\t")))
            .apply(CleanArticles.create());
    PAssert.that(out.get(CleanArticles.CLEANED)).empty();
    PAssert.that(out.get(CleanArticles.REJECTED))
        .containsInAnyOrder(new Rejection("in/blank.txt", "no text after cleaning"));
    p.run().waitUntilFinish();
  }
}
