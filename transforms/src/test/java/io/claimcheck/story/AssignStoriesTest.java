package io.claimcheck.story;

import io.claimcheck.model.Article;
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
public class AssignStoriesTest {

  @Rule public final transient TestPipeline p = TestPipeline.create();

  @Test
  public void singleStoryPutsEveryArticleInOneStory() {
    Article a = Article.of("a", "a.txt", "One.");
    Article b = Article.of("b", "b.txt", "Two.");
    PCollection<Article> out = p.apply(Create.of(List.of(a, b)).withCoder(SerializableCoder.of(Article.class)))
        .apply(AssignStories.singleStory());
    PAssert.that(out).containsInAnyOrder(
        a.withStoryId(AssignStories.SINGLE_STORY_ID), b.withStoryId(AssignStories.SINGLE_STORY_ID));
    p.run().waitUntilFinish();
  }
}
