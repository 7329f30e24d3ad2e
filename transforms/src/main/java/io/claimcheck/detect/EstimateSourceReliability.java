package io.claimcheck.detect;

import io.claimcheck.model.Article;
import io.claimcheck.model.Copy;
import io.claimcheck.model.CopyCoder;
import io.claimcheck.model.TopicGroup;
import io.claimcheck.reliability.ReliabilitySettings;
import io.claimcheck.reliability.SourceReliability;
import io.claimcheck.reliability.SourceReliabilityCoder;
import io.claimcheck.reliability.SourceTally;
import io.claimcheck.reliability.SourceTallyCoder;
import io.claimcheck.reliability.SourceWeights;
import io.claimcheck.reliability.TruthDiscovery;
import io.claimcheck.util.GroupIntoBuckets;
import io.claimcheck.util.KeyBuckets;
import io.claimcheck.util.NeverEmptyViews;
import io.claimcheck.util.SideInputsPerBundle;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.DoubleCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Estimates how reliable each source is by truth discovery over all stories ({@link TruthDiscovery},
 * rule and bounds in {@link SourceWeights}), unrolled into a fixed number of rounds: each round
 * judges every fact's consensus under the previous round's weights (a side input), tallies each
 * source's agreement per story and then per source (grouped under {@link KeyBuckets} keys, summed
 * in memory), and derives new weights.
 * The first round uses equal weights (the plain majority).
 *
 * <p>A document's source is its JSONL {@code source}, else its document id. Outputs:
 * {@link #SOURCES}, one row per source of the run (documents, comparisons and weight of the last
 * round), and {@link #DOCUMENT_WEIGHTS}, each document's final weight, for
 * {@link DetectFindings#withDocumentWeights}.
 */
public final class EstimateSourceReliability extends PTransform<PCollection<TopicGroup>, PCollectionTuple> {

  /** One row per source. */
  public static final TupleTag<SourceReliability> SOURCES = new TupleTag<>() {};

  /** Document id → the weight of its source after the last round. */
  public static final TupleTag<KV<String, Double>> DOCUMENT_WEIGHTS = new TupleTag<>() {};

  private static final Coder<KV<String, String>> STRINGS = KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());
  private static final Coder<KV<String, Double>> WEIGHTS = KvCoder.of(StringUtf8Coder.of(), DoubleCoder.of());
  private static final Coder<KV<String, SourceTally>> TALLIES =
      KvCoder.of(StringUtf8Coder.of(), SourceTallyCoder.of());

  private final PCollection<Article> articles;
  private final PCollection<Copy> copies;
  private final ReliabilitySettings settings;
  private final int buckets;

  private EstimateSourceReliability(PCollection<Article> articles, PCollection<Copy> copies,
      ReliabilitySettings settings, int buckets) {
    this.articles = articles;
    this.copies = copies;
    this.settings = settings;
    this.buckets = KeyBuckets.requireValid(buckets);
  }

  /** Reliability of the sources of {@code articles}, judged on the topic groups it is applied to. */
  public static EstimateSourceReliability withArticles(PCollection<Article> articles) {
    return new EstimateSourceReliability(articles, null, ReliabilitySettings.defaults(), KeyBuckets.DEFAULT_BUCKETS);
  }

  /** The same, counting each group of syndicated {@code newCopies} as one voice. */
  public EstimateSourceReliability withCopies(PCollection<Copy> newCopies) {
    return new EstimateSourceReliability(articles, newCopies, settings, buckets);
  }

  /** The same with other rounds, prior or bounds. */
  public EstimateSourceReliability withSettings(ReliabilitySettings newSettings) {
    return new EstimateSourceReliability(articles, copies, newSettings, buckets);
  }

  /**
   * The same, summing the tallies under {@code newBuckets} keys ({@link KeyBuckets}) rather than one
   * key per source: a source is a document id when the input has no {@code source} field, and on the
   * Direct Runner every key is a bundle of its own. The result does not depend on it.
   */
  public EstimateSourceReliability withBuckets(int newBuckets) {
    return new EstimateSourceReliability(articles, copies, settings, newBuckets);
  }

  @Override
  public PCollectionTuple expand(PCollection<TopicGroup> groups) {
    PCollection<KV<String, String>> docSources =
        articles.apply("SourceOfDocument", ParDo.of(new SourceOfDocFn())).setCoder(STRINGS);
    PCollectionView<Map<String, String>> docSourceView =
        docSources.apply("DocSourceView", NeverEmptyViews.asMap(NeverEmptyViews.PLACEHOLDER_KEY));

    PCollection<Copy> copyRows = copies != null ? copies
        : groups.getPipeline().apply("NoCopies", Create.empty(CopyCoder.of()));
    PCollectionView<Map<String, String>> copyOfView =
        copyRows.apply("KeyCopyByDoc", ParDo.of(new CopyOfFn())).setCoder(STRINGS)
            .apply("CopyOfView", NeverEmptyViews.asMap(NeverEmptyViews.PLACEHOLDER_KEY));

    PCollection<KV<String, Double>> weights = groups.getPipeline().apply("EqualWeights", Create.empty(WEIGHTS));
    PCollection<KV<String, SourceTally>> tallies = groups.getPipeline().apply("NoTallies", Create.empty(TALLIES));
    for (int round = 1; round <= settings.rounds(); round++) {
      PCollectionView<Map<String, Double>> weightsView =
          weights.apply("WeightsView" + round, NeverEmptyViews.asMap(1.0));
      tallies = groups.apply("Round" + round, new TallyAgreement(docSourceView, copyOfView, weightsView, buckets));
      weights = tallies.apply("Weigh" + round, ParDo.of(new WeighFn(settings))).setCoder(WEIGHTS);
    }

    PCollection<KV<String, SourceTally>> documents =
        docSources.apply("CountDocument", ParDo.of(new DocumentTallyFn())).setCoder(TALLIES);
    PCollection<SourceReliability> sources =
        PCollectionList.of(documents).and(tallies)
            .apply("FlattenTallies", Flatten.pCollections())
            .apply("GroupBySourceBucket", GroupIntoBuckets.by(KV::getKey, buckets))
            .apply("SumPerSource", ParDo.of(new SumPerSourceFn()))
            .setCoder(TALLIES)
            .apply("ToSourceRow", ParDo.of(new ToSourceRowFn(settings)))
            .setCoder(SourceReliabilityCoder.of());

    PCollectionView<Map<String, Double>> finalWeights =
        weights.apply("FinalWeightsView", NeverEmptyViews.asMap(1.0));
    PCollection<KV<String, Double>> docWeights =
        docSources.apply("WeighDocuments", ParDo.of(new DocWeightFn(finalWeights)).withSideInputs(finalWeights))
            .setCoder(WEIGHTS);
    return PCollectionTuple.of(SOURCES, sources).and(DOCUMENT_WEIGHTS, docWeights);
  }

  /**
   * One round: every statement of a fact with a consensus under {@code weights} is one comparison,
   * summed per source and story (a story counts once per source), then per source.
   */
  static final class TallyAgreement extends PTransform<PCollection<TopicGroup>, PCollection<KV<String, SourceTally>>> {
    private final PCollectionView<Map<String, String>> docSources;
    private final PCollectionView<Map<String, String>> copyOf;
    private final PCollectionView<Map<String, Double>> weights;
    private final int buckets;

    TallyAgreement(PCollectionView<Map<String, String>> docSources, PCollectionView<Map<String, String>> copyOf,
        PCollectionView<Map<String, Double>> weights, int buckets) {
      this.docSources = docSources;
      this.copyOf = copyOf;
      this.weights = weights;
      this.buckets = buckets;
    }

    @Override
    public PCollection<KV<String, SourceTally>> expand(PCollection<TopicGroup> groups) {
      return groups
          .apply("Vote", ParDo.of(new VoteFn(docSources, copyOf, weights)).withSideInputs(docSources, copyOf, weights))
          .setCoder(KvCoder.of(STRINGS, SourceTallyCoder.of()))
          // Keyed by source: a source's tallies of all its stories meet in one group.
          .apply("GroupBySourceBucket", GroupIntoBuckets.by(t -> t.getKey().getKey(), buckets))
          .apply("SumPerSourceAndStory", ParDo.of(new SumPerSourceAndStoryFn()))
          .setCoder(TALLIES);
    }
  }

  static final class SourceOfDocFn extends DoFn<Article, KV<String, String>> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(a.docId(), SourceWeights.sourceOf(a.docId(), a.source())));
    }
  }

  static final class CopyOfFn extends DoFn<Copy, KV<String, String>> {
    @ProcessElement
    public void process(@Element Copy c, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(c.document(), c.copyOf()));
    }
  }

  /** Each document's agreement with each fact's weighted consensus, keyed by (source, story). */
  static final class VoteFn extends DoFn<TopicGroup, KV<KV<String, String>, SourceTally>> {
    private final PCollectionView<Map<String, String>> docSources;
    private final PCollectionView<Map<String, String>> copyOf;
    private final PCollectionView<Map<String, Double>> weights;
    private final Counter comparisons = Metrics.counter(EstimateSourceReliability.class, "comparisons");
    private transient FindingDetector detector;
    private transient SideInputsPerBundle sideInputs;

    VoteFn(PCollectionView<Map<String, String>> docSources, PCollectionView<Map<String, String>> copyOf,
        PCollectionView<Map<String, Double>> weights) {
      this.docSources = docSources;
      this.copyOf = copyOf;
      this.weights = weights;
    }

    @Setup
    public void setup() {
      detector = new FindingDetector(DetectionSettings.defaults());
    }

    @StartBundle
    public void startBundle() {
      sideInputs = new SideInputsPerBundle();
    }

    @ProcessElement
    public void process(@Element TopicGroup group, ProcessContext c) {
      Map<String, String> sources = sideInputs.get(docSources, c::sideInput);
      Map<String, Double> sourceWeights = sideInputs.get(weights, c::sideInput);
      Map<String, Double> docWeights = new TreeMap<>();
      group.claims().forEach(claim -> docWeights.computeIfAbsent(claim.docId(),
          doc -> sourceWeights.getOrDefault(sources.getOrDefault(doc, doc), 1.0)));
      for (FindingDetector.Agreement a : detector.agreements(group, sideInputs.get(copyOf, c::sideInput), docWeights)) {
        comparisons.inc();
        c.output(KV.of(KV.of(sources.getOrDefault(a.docId(), a.docId()), a.storyId()), SourceTally.comparison(a.agrees())));
      }
    }
  }

  /**
   * The tallies of a bucket of sources: summed per source and story first (a story counts once per
   * source), then per source.
   */
  static final class SumPerSourceAndStoryFn
      extends DoFn<KV<Integer, Iterable<KV<KV<String, String>, SourceTally>>>, KV<String, SourceTally>> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<KV<String, String>, SourceTally>>> bucket,
        OutputReceiver<KV<String, SourceTally>> out) {
      Map<String, Map<String, SourceTally>> bySourceAndStory = new TreeMap<>();
      for (KV<KV<String, String>, SourceTally> t : bucket.getValue()) {
        bySourceAndStory.computeIfAbsent(t.getKey().getKey(), k -> new TreeMap<>())
            .merge(t.getKey().getValue(), t.getValue(), SourceTally::plus);
      }
      bySourceAndStory.forEach((source, byStory) -> {
        SourceTally total = SourceTally.EMPTY;
        for (SourceTally perStory : byStory.values()) {
          total = total.plus(perStory.inOneStory());
        }
        out.output(KV.of(source, total));
      });
    }
  }

  /** The tallies of a bucket of sources, summed per source. */
  static final class SumPerSourceFn extends DoFn<KV<Integer, Iterable<KV<String, SourceTally>>>, KV<String, SourceTally>> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, SourceTally>>> bucket,
        OutputReceiver<KV<String, SourceTally>> out) {
      Map<String, SourceTally> bySource = new TreeMap<>();
      for (KV<String, SourceTally> t : bucket.getValue()) {
        bySource.merge(t.getKey(), t.getValue(), SourceTally::plus);
      }
      bySource.forEach((source, total) -> out.output(KV.of(source, total)));
    }
  }

  static final class WeighFn extends DoFn<KV<String, SourceTally>, KV<String, Double>> {
    private final ReliabilitySettings settings;

    WeighFn(ReliabilitySettings settings) {
      this.settings = settings;
    }

    @ProcessElement
    public void process(@Element KV<String, SourceTally> t, OutputReceiver<KV<String, Double>> out) {
      out.output(KV.of(t.getKey(), SourceWeights.weight(t.getValue(), settings)));
    }
  }

  static final class DocumentTallyFn extends DoFn<KV<String, String>, KV<String, SourceTally>> {
    @ProcessElement
    public void process(@Element KV<String, String> docSource, OutputReceiver<KV<String, SourceTally>> out) {
      out.output(KV.of(docSource.getValue(), SourceTally.document()));
    }
  }

  static final class ToSourceRowFn extends DoFn<KV<String, SourceTally>, SourceReliability> {
    private final ReliabilitySettings settings;
    private final Counter sources = Metrics.counter(EstimateSourceReliability.class, "sources");

    ToSourceRowFn(ReliabilitySettings settings) {
      this.settings = settings;
    }

    @ProcessElement
    public void process(@Element KV<String, SourceTally> t, OutputReceiver<SourceReliability> out) {
      sources.inc();
      out.output(SourceReliability.of(t.getKey(), t.getValue(), settings));
    }
  }

  static final class DocWeightFn extends DoFn<KV<String, String>, KV<String, Double>> {
    private final PCollectionView<Map<String, Double>> weights;
    private transient SideInputsPerBundle sideInputs;

    DocWeightFn(PCollectionView<Map<String, Double>> weights) {
      this.weights = weights;
    }

    @StartBundle
    public void startBundle() {
      sideInputs = new SideInputsPerBundle();
    }

    @ProcessElement
    public void process(@Element KV<String, String> docSource, ProcessContext c) {
      c.output(KV.of(docSource.getKey(), sideInputs.get(weights, c::sideInput).getOrDefault(docSource.getValue(), 1.0)));
    }
  }
}
