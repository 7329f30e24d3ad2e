package io.claimcheck.clean;

import io.claimcheck.model.Article;
import io.claimcheck.model.Rejection;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Cleans the text of each article.
 *
 * <p>PLACEHOLDER on branch {@code pipeline}: passes every article through unchanged so that the
 * whole graph runs. The real cleaning is written on another branch with exactly this API
 * ({@link #create()}, {@link #CLEANED}, {@link #REJECTED}) and replaces this file at merge.
 */
public final class CleanArticles extends PTransform<PCollection<Article>, PCollectionTuple> {

  /** The cleaned articles. */
  public static final TupleTag<Article> CLEANED = new TupleTag<>() {};

  /** Articles that cannot be cleaned (dead letters). */
  public static final TupleTag<Rejection> REJECTED = new TupleTag<>() {};

  private CleanArticles() {}

  public static CleanArticles create() {
    return new CleanArticles();
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple out =
        articles.apply("PassThrough",
            ParDo.of(new PassThroughFn()).withOutputTags(CLEANED, TupleTagList.of(REJECTED)));
    out.get(CLEANED).setCoder(SerializableCoder.of(Article.class));
    out.get(REJECTED).setCoder(SerializableCoder.of(Rejection.class));
    return out;
  }

  static final class PassThroughFn extends DoFn<Article, Article> {
    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      out.get(CLEANED).output(article);
    }
  }
}
