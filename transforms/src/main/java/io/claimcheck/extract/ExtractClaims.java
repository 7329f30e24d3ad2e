package io.claimcheck.extract;

import io.claimcheck.model.Article;
import io.claimcheck.model.Claim;
import io.claimcheck.model.ClaimCoder;
import io.claimcheck.model.DocumentValues;
import io.claimcheck.model.DocumentValuesCoder;
import io.claimcheck.model.Rejection;
import io.claimcheck.model.RejectionCoder;
import io.claimcheck.nlp.SentenceSplitter;
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
 * Extracts the claims of each cleaned article with {@link ClaimExtractor}. An article whose
 * extraction fails goes to {@link #REJECTED} with the reason; the run goes on. Each claim carries
 * the character set its article was decoded with.
 *
 * <p>Sentences are cut at {@link #withMaxSentenceChars} characters (default
 * {@value SentenceSplitter#MAX_SENTENCE_CHARS}) so that a pathological run-on line cannot stall a
 * worker in the NLP models.
 */
public final class ExtractClaims extends PTransform<PCollection<Article>, PCollectionTuple> {

  // Names of the counters the run summary and progress lines read (namespace: this class).
  public static final String DOCUMENTS_EXTRACTED_COUNTER = "documents_extracted";
  public static final String CLAIMS_COUNTER = "claims";

  /** Every claim of every article. */
  public static final TupleTag<Claim> CLAIMS = new TupleTag<>() {};

  /**
   * The values each article writes ({@link DocumentValues}), for omission detection; one element per
   * article that writes any number or date.
   */
  public static final TupleTag<DocumentValues> VALUES = new TupleTag<>() {};

  /** Articles whose extraction failed (dead letters). */
  public static final TupleTag<Rejection> REJECTED = new TupleTag<>() {};

  private final int maxSentenceChars;

  private ExtractClaims(int maxSentenceChars) {
    this.maxSentenceChars = maxSentenceChars;
  }

  /** Extraction with the default sentence cap. */
  public static ExtractClaims create() {
    return new ExtractClaims(SentenceSplitter.MAX_SENTENCE_CHARS);
  }

  /** The same extraction with sentences cut at {@code maxChars} characters (must be positive). */
  public ExtractClaims withMaxSentenceChars(int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxSentenceChars must be positive, got " + maxChars);
    }
    return new ExtractClaims(maxChars);
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple out =
        articles.apply(
            "ExtractFromArticle",
            ParDo.of(new ExtractFn(maxSentenceChars)).withOutputTags(CLAIMS, TupleTagList.of(REJECTED).and(VALUES)));
    out.get(CLAIMS).setCoder(ClaimCoder.of());
    out.get(REJECTED).setCoder(RejectionCoder.of());
    out.get(VALUES).setCoder(DocumentValuesCoder.of());
    return out;
  }

  static final class ExtractFn extends DoFn<Article, Claim> {
    private final ProgressCounter claims = ProgressCounter.of(ExtractClaims.class, CLAIMS_COUNTER);
    private final ProgressCounter documents = ProgressCounter.of(ExtractClaims.class, DOCUMENTS_EXTRACTED_COUNTER);
    private final Counter failures = Metrics.counter(ExtractClaims.class, "documents_failed_extraction");
    private final int maxSentenceChars;
    private transient ClaimExtractor extractor;

    ExtractFn(int maxSentenceChars) {
      this.maxSentenceChars = maxSentenceChars;
    }

    @Setup
    public void setup() {
      extractor = new ClaimExtractor(maxSentenceChars);
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      ClaimExtractor.Extraction extracted;
      try {
        extracted = extractor.extractWithValues(article);
      } catch (RuntimeException | StackOverflowError e) {
        // A bug or a pathological input in one article must not stop a run over millions.
        failures.inc();
        out.get(REJECTED)
            .output(new Rejection(article.input(), "extraction failed: " + oneLine(e)));
        return;
      }
      documents.inc();
      claims.inc(extracted.claims().size());
      for (Claim claim : extracted.claims()) {
        out.get(CLAIMS).output(claim.withEncoding(article.encoding()));
      }
      if (extracted.mentionedValues().length > 0) {
        out.get(VALUES).output(new DocumentValues(article.docId(), extracted.mentionedValues()));
      }
    }

    private static String oneLine(Throwable e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return message.replaceAll("\\s+", " ").strip();
    }
  }
}
