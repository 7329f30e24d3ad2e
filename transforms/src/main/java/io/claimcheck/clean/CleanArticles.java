package io.claimcheck.clean;

import io.claimcheck.model.Article;
import io.claimcheck.model.ArticleCoder;
import io.claimcheck.model.Rejection;
import io.claimcheck.model.RejectionCoder;
import io.claimcheck.util.ProgressCounter;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Removes page furniture from each article with {@link ArticleCleaner}. Articles with text left go
 * to {@link #CLEANED} with the cleaned text; an article with nothing left, or whose cleaning fails,
 * goes to {@link #REJECTED} with the reason. The run goes on either way.
 */
public final class CleanArticles extends PTransform<PCollection<Article>, PCollectionTuple> {

  /** Articles with their text cleaned. */
  public static final TupleTag<Article> CLEANED = new TupleTag<>() {};

  /** Articles with no text after cleaning, or whose cleaning failed (dead letters). */
  public static final TupleTag<Rejection> REJECTED = new TupleTag<>() {};

  /** Counter (namespace {@code CleanArticles}) of documents with text after cleaning. */
  public static final String DOCUMENTS_CLEANED_COUNTER = "documents_cleaned";

  static final String NO_TEXT = "no text after cleaning";
  static final String FAILED = "cleaning failed: ";

  private CleanArticles() {}

  public static CleanArticles create() {
    return new CleanArticles();
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple out =
        articles.apply(
            "CleanArticleText",
            ParDo.of(new CleanFn()).withOutputTags(CLEANED, TupleTagList.of(REJECTED)));
    out.get(CLEANED).setCoder(ArticleCoder.of());
    out.get(REJECTED).setCoder(RejectionCoder.of());
    return out;
  }

  static final class CleanFn extends DoFn<Article, Article> {
    private final ProgressCounter cleaned = ProgressCounter.of(CleanArticles.class, DOCUMENTS_CLEANED_COUNTER);
    private final Counter empty = Metrics.counter(CleanArticles.class, "documents_empty_after_cleaning");
    private final Counter failures = Metrics.counter(CleanArticles.class, "documents_failed_cleaning");
    private transient ArticleCleaner cleaner;

    @Setup
    public void setup() {
      cleaner = new ArticleCleaner();
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      String text;
      try {
        text = cleaner.clean(article.text());
      } catch (RuntimeException | StackOverflowError e) {
        // A pathological input (e.g. regex blow-up) must not stop the run.
        failures.inc();
        out.get(REJECTED).output(new Rejection(article.input(), FAILED + oneLine(e)));
        return;
      }
      if (!ArticleCleaner.hasText(text)) {
        empty.inc();
        out.get(REJECTED).output(new Rejection(article.input(), NO_TEXT));
        return;
      }
      cleaned.inc();
      out.get(CLEANED).output(article.withText(text));
    }

    private static String oneLine(Throwable e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return message.replaceAll("\\s+", " ").trim();
    }
  }
}
