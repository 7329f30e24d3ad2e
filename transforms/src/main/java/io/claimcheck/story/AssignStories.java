package io.claimcheck.story;

import io.claimcheck.model.Article;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Puts every article into a story. For now the whole input is one story ({@link #SINGLE_STORY_ID});
 * corpus-wide clustering will replace {@link #singleStory()} without changing its callers.
 */
public final class AssignStories extends PTransform<PCollection<Article>, PCollection<Article>> {

  /** The story id used when the whole input is one story. */
  public static final String SINGLE_STORY_ID = "story-1";

  private AssignStories() {}

  /** Treats the whole input as one story. */
  public static AssignStories singleStory() {
    return new AssignStories();
  }

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    return articles.apply("SetStoryId", ParDo.of(new SetStoryFn(SINGLE_STORY_ID)));
  }

  static final class SetStoryFn extends DoFn<Article, Article> {
    private final String storyId;

    SetStoryFn(String storyId) {
      this.storyId = storyId;
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<Article> out) {
      out.output(article.withStoryId(storyId));
    }
  }
}
