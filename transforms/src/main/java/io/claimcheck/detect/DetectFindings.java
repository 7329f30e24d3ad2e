package io.claimcheck.detect;

import io.claimcheck.model.Article;
import io.claimcheck.model.Copy;
import io.claimcheck.model.CopyCoder;
import io.claimcheck.model.DocumentValues;
import io.claimcheck.model.DocumentValuesCoder;
import io.claimcheck.model.Finding;
import io.claimcheck.model.FindingCoder;
import io.claimcheck.model.TopicGroup;
import io.claimcheck.util.GroupIntoBuckets;
import io.claimcheck.util.KeyBuckets;
import io.claimcheck.util.NeverEmptyViews;
import io.claimcheck.util.ProgressCounter;
import io.claimcheck.util.SideInputsPerBundle;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.DoubleCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Finds contradictions and omissions in each topic group with {@link FindingDetector}. Needs the
 * documents of each story (omissions are about documents that state nothing), given with
 * {@link #withArticles}. With {@link #withCopies}, a group of syndicated copies counts as one source
 * when choosing the consensus and counting an omission's sources. With {@link #withDocumentWeights},
 * the consensus weighs each document's voice by its source's reliability
 * ({@code io.claimcheck.reliability.EstimateSourceReliability}).
 */
public final class DetectFindings extends PTransform<PCollection<TopicGroup>, PCollection<Finding>> {

  // Names of the counters the run summary and progress lines read (namespace: this class).
  public static final String CONTRADICTIONS_COUNTER = "findings_contradiction";
  public static final String OMISSIONS_COUNTER = "findings_omission";
  /** (Document, fact) pairs not flagged as an omission because the document writes the fact's value elsewhere. */
  public static final String OMISSIONS_WITHHELD_COUNTER = "omission_flags_withheld_value_written";
  // The view's value for its placeholder key (NeverEmptyViews): no values.
  private static final DocumentValues NO_VALUES = new DocumentValues("", new long[0]);

  private final PCollection<Article> articles;
  private final DetectionSettings settings;
  private final PCollection<Copy> copies;
  private final PCollection<KV<String, Double>> documentWeights;
  private final PCollection<DocumentValues> documentValues;
  private final int buckets;

  private DetectFindings(PCollection<Article> articles, DetectionSettings settings, PCollection<Copy> copies,
      PCollection<KV<String, Double>> documentWeights, PCollection<DocumentValues> documentValues, int buckets) {
    this.articles = articles;
    this.settings = settings;
    this.copies = copies;
    this.documentWeights = documentWeights;
    this.documentValues = documentValues;
    this.buckets = KeyBuckets.requireValid(buckets);
  }

  /** Detection over the stories of {@code articles} (each article with its story id set). */
  public static DetectFindings withArticles(PCollection<Article> articles) {
    return new DetectFindings(articles, DetectionSettings.defaults(), null, null, null, KeyBuckets.DEFAULT_BUCKETS);
  }

  /** The same detection with other thresholds. */
  public DetectFindings withSettings(DetectionSettings newSettings) {
    return new DetectFindings(articles, newSettings, copies, documentWeights, documentValues, buckets);
  }

  /** The same detection, counting each group of syndicated {@code newCopies} as one source. */
  public DetectFindings withCopies(PCollection<Copy> newCopies) {
    return new DetectFindings(articles, settings, newCopies, documentWeights, documentValues, buckets);
  }

  /**
   * The same detection, weighing each document's voice by {@code weights} (document id → weight of
   * its source; absent documents weigh 1) when choosing the consensus.
   */
  public DetectFindings withDocumentWeights(PCollection<KV<String, Double>> weights) {
    return new DetectFindings(articles, settings, copies, weights, documentValues, buckets);
  }

  /**
   * The same detection, not flagging a document as omitting a fact when it writes the fact's value
   * anywhere ({@link DocumentValues}, from {@code io.claimcheck.extract.ExtractClaims#VALUES}).
   */
  public DetectFindings withDocumentValues(PCollection<DocumentValues> values) {
    return new DetectFindings(articles, settings, copies, documentWeights, values, buckets);
  }

  /** The same detection, gathering the documents of the stories under {@code newBuckets} keys ({@link KeyBuckets}). */
  public DetectFindings withBuckets(int newBuckets) {
    return new DetectFindings(articles, settings, copies, documentWeights, documentValues, newBuckets);
  }

  @Override
  public PCollection<Finding> expand(PCollection<TopicGroup> groups) {
    PCollectionView<Map<String, List<String>>> storyDocuments =
        articles
            // Keyed by a bucket of stories, not by story: a key per story would be a bundle per
            // story on the Direct Runner.
            .apply("KeyDocByStoryBucket", ParDo.of(new KeyDocByStoryBucketFn(buckets)))
            .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
            .apply("GroupDocsByStoryBucket", GroupIntoBuckets.create())
            .apply("SortStoryDocs", ParDo.of(new SortDocsFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), ListCoder.of(StringUtf8Coder.of())))
            .apply("StoryDocsView", NeverEmptyViews.asMap(List.of()));

    PCollection<Copy> copyRows = copies != null ? copies
        : groups.getPipeline().apply("NoCopies", Create.empty(CopyCoder.of()));
    PCollectionView<Map<String, String>> copyOf =
        copyRows
            .apply("KeyCopyByDoc",
                MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
                    .via((Copy c) -> KV.of(c.document(), c.copyOf())))
            .apply("CopyOfView", NeverEmptyViews.asMap(NeverEmptyViews.PLACEHOLDER_KEY));

    PCollectionView<Map<String, Double>> docWeights =
        (documentWeights != null ? documentWeights
            : groups.getPipeline().apply("NoWeights",
                Create.empty(KvCoder.of(StringUtf8Coder.of(), DoubleCoder.of()))))
            .apply("DocWeightsView", NeverEmptyViews.asMap(1.0));

    PCollectionView<Map<String, DocumentValues>> valuesByDoc =
        (documentValues != null ? documentValues
            : groups.getPipeline().apply("NoDocumentValues", Create.empty(DocumentValuesCoder.of())))
            .apply("KeyValuesByDoc",
                MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(DocumentValues.class)))
                    .via((DocumentValues v) -> KV.of(v.docId(), v)))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), DocumentValuesCoder.of()))
            .apply("DocumentValuesView", NeverEmptyViews.asMap(NO_VALUES));

    return groups
        .apply("DetectInGroup",
            ParDo.of(new DetectFn(storyDocuments, copyOf, docWeights, valuesByDoc, settings))
                .withSideInputs(storyDocuments, copyOf, docWeights, valuesByDoc))
        .setCoder(FindingCoder.of());
  }

  static final class KeyDocByStoryBucketFn extends DoFn<Article, KV<Integer, KV<String, String>>> {
    private final int buckets;

    KeyDocByStoryBucketFn(int buckets) {
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<KV<Integer, KV<String, String>>> out) {
      out.output(KV.of(KeyBuckets.of(article.storyId(), buckets), KV.of(article.storyId(), article.docId())));
    }
  }

  /** The sorted, distinct document ids of each story of a bucket. */
  static final class SortDocsFn extends DoFn<KV<Integer, Iterable<KV<String, String>>>, KV<String, List<String>>> {
    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<KV<String, String>>> bucket, OutputReceiver<KV<String, List<String>>> out) {
      Map<String, TreeSet<String>> byStory = new TreeMap<>();
      for (KV<String, String> storyAndDoc : bucket.getValue()) {
        byStory.computeIfAbsent(storyAndDoc.getKey(), k -> new TreeSet<>()).add(storyAndDoc.getValue());
      }
      byStory.forEach((story, ids) -> out.output(KV.of(story, List.copyOf(ids))));
    }
  }

  static final class DetectFn extends DoFn<TopicGroup, Finding> {
    private final PCollectionView<Map<String, List<String>>> storyDocuments;
    private final PCollectionView<Map<String, String>> copyOf;
    private final PCollectionView<Map<String, Double>> docWeights;
    private final PCollectionView<Map<String, DocumentValues>> valuesByDoc;
    private final DetectionSettings settings;
    private final Counter withheld = Metrics.counter(DetectFindings.class, OMISSIONS_WITHHELD_COUNTER);
    private final ProgressCounter contradictions = ProgressCounter.of(DetectFindings.class, CONTRADICTIONS_COUNTER);
    private final ProgressCounter omissions = ProgressCounter.of(DetectFindings.class, OMISSIONS_COUNTER);
    private transient FindingDetector detector;
    private transient SideInputsPerBundle sideInputs;

    DetectFn(PCollectionView<Map<String, List<String>>> storyDocuments,
        PCollectionView<Map<String, String>> copyOf, PCollectionView<Map<String, Double>> docWeights,
        PCollectionView<Map<String, DocumentValues>> valuesByDoc, DetectionSettings settings) {
      this.storyDocuments = storyDocuments;
      this.copyOf = copyOf;
      this.docWeights = docWeights;
      this.valuesByDoc = valuesByDoc;
      this.settings = settings;
    }

    @Setup
    public void setup() {
      detector = new FindingDetector(settings);
    }

    @StartBundle
    public void startBundle() {
      sideInputs = new SideInputsPerBundle();
    }

    @ProcessElement
    public void process(@Element TopicGroup group, ProcessContext c) {
      List<String> docs = sideInputs.get(storyDocuments, c::sideInput).getOrDefault(group.storyId(), List.of());
      Map<String, DocumentValues> values = sideInputs.get(valuesByDoc, c::sideInput);
      long before = detector.omissionsWithheld();
      for (Finding finding : detector.detect(group, docs, sideInputs.get(copyOf, c::sideInput),
          sideInputs.get(docWeights, c::sideInput), values::get)) {
        (finding.type() == Finding.FindingType.CONTRADICTION ? contradictions : omissions).inc();
        c.output(finding);
      }
      if (detector.omissionsWithheld() > before) {
        withheld.inc(detector.omissionsWithheld() - before);
      }
    }
  }
}
