package io.claimcheck.extract;

import io.claimcheck.model.Article;
import io.claimcheck.model.Claim;
import io.claimcheck.model.Rejection;
import java.util.List;
import org.apache.beam.sdk.coders.SerializableCoder;
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
 * Extracts the claims of each cleaned article with {@link ClaimExtractor}. An article whose
 * extraction fails goes to {@link #REJECTED} with the reason; the run goes on.
 */
public final class ExtractClaims extends PTransform<PCollection<Article>, PCollectionTuple> {

  /** Every claim of every article. */
  public static final TupleTag<Claim> CLAIMS = new TupleTag<>() {};

  /** Articles whose extraction failed (dead letters). */
  public static final TupleTag<Rejection> REJECTED = new TupleTag<>() {};

  private ExtractClaims() {}

  public static ExtractClaims create() {
    return new ExtractClaims();
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple out =
        articles.apply(
            "ExtractFromArticle",
            ParDo.of(new ExtractFn()).withOutputTags(CLAIMS, TupleTagList.of(REJECTED)));
    out.get(CLAIMS).setCoder(SerializableCoder.of(Claim.class));
    out.get(REJECTED).setCoder(SerializableCoder.of(Rejection.class));
    return out;
  }

  static final class ExtractFn extends DoFn<Article, Claim> {
    private final Counter claims = Metrics.counter(ExtractClaims.class, "claims");
    private final Counter documents = Metrics.counter(ExtractClaims.class, "documents_extracted");
    private final Counter failures = Metrics.counter(ExtractClaims.class, "documents_failed_extraction");
    private transient ClaimExtractor extractor;

    @Setup
    public void setup() {
      extractor = new ClaimExtractor();
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      List<Claim> extracted;
      try {
        extracted = extractor.extract(article);
      } catch (RuntimeException e) {
        failures.inc();
        out.get(REJECTED)
            .output(new Rejection(article.input(), "extraction failed: " + oneLine(e)));
        return;
      }
      documents.inc();
      claims.inc(extracted.size());
      for (Claim claim : extracted) {
        out.get(CLAIMS).output(claim);
      }
    }

    private static String oneLine(Throwable e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return message.replaceAll("\\s+", " ");
    }
  }
}
