package io.claimcheck.story;

import io.claimcheck.model.Article;
import io.claimcheck.util.GroupIntoBuckets;
import io.claimcheck.util.NeverEmptyViews;
import io.claimcheck.util.ProgressCounter;
import io.claimcheck.util.SideInputsPerBundle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Puts every article into a story: the documents about one event.
 *
 * <p>{@link #byContent()} (the default of the job) clusters without comparing all pairs, with
 * shuffles whose number of keys is bounded ({@link #withShards}) so that no runner pays per document
 * or per band key:
 *
 * <ol>
 *   <li>{@code FeatureArticles}: each article's {@link StoryFeatures} (content words and salient
 *       entities) as sorted 64-bit hashes, with its outlet ({@link Outlets});
 *   <li>{@code FindCommonFeatures}: document frequencies counted per shard of features, in the whole
 *       input and in each outlet ({@code CountOutletDocuments} gives the outlets' sizes); features in
 *       too many documents ({@link CommonFeatures}) are dropped from every article, as a stop list
 *       learned from the corpus, and features in too many of one outlet's documents from that
 *       outlet's ({@link #withOutletFeatures});
 *   <li>{@code SignArticles}: a MinHash signature of the remaining features and its LSH band keys;
 *   <li>{@code KeyByShard} + {@code GroupByShard}: each band key goes to shard {@code key mod
 *       shards}; an article is sent once to each shard that holds one of its keys, with just those
 *       keys;
 *   <li>{@code LinkCandidates}: per shard, the articles that share a band key are compared on the
 *       exact features they share, each pair once ({@link ShardLinker}); the pairs that the {@link
 *       LinkRule} links are emitted as links (in a large input also a short report contained in an
 *       article, {@link #withDistinctiveRule});
 *   <li>{@code FormStories}: links repeated across shards are dropped, and the rest put together in
 *       one place ({@link StoryGraph}): the stories are the connected components of the links, each
 *       document mapped to the smallest id of its story. In a large input a link joins only where
 *       the documents linked to its two ends overlap ({@link #withMinOverlap}), so that a chance
 *       link between two unrelated stories does not chain them together;
 *   <li>{@code SetStoryIds}: the story id is {@code story-} plus the first 10 hex digits of the
 *       SHA-256 of that smallest id (the components arrive as a side input, so articles are not
 *       shuffled by id); an article that matches nothing is a story of its own;
 *   <li>{@code Rebundle}: a reshuffle into {@code shards} buckets, so the steps after this one get
 *       large bundles again.
 * </ol>
 *
 * Every step is deterministic and the components do not depend on the number of shards: the same
 * input gives the same stories on every runner and at any parallelism. {@link #singleStory()} puts
 * the whole input into one story ({@value #SINGLE_STORY_ID}).
 */
public final class AssignStories extends PTransform<PCollection<Article>, PCollection<Article>> {

  // See withDistinctiveThreshold and CommonFeatures; measured with scripts/cluster-quality.sh.
  private static final double COMMON_SHARE = 0.05;
  /**
   * How two candidate articles of a large input are linked (see {@link #withDistinctiveRule}): Jaccard
   * 0.35 of their distinctive features, or 80% of the smaller one's in the other; never on fewer
   * than 5 shared. Measured with scripts/cluster-quality.sh (Jaccard) and on every candidate link of
   * generated corpora with short reports (containment and minimum; BENCHMARKS.md).
   */
  public static final LinkRule DEFAULT_DISTINCTIVE_RULE = LinkRule.jaccard(0.35).withContainment(0.8).withMinCommon(5);
  /**
   * {@link #withMinOverlap} of {@link #byContent()}: chosen on every link of the generated 1M and 2M
   * corpora (BENCHMARKS.md; {@code ClusterSimulation} scores it), checked with
   * scripts/cluster-quality.sh.
   */
  public static final double DEFAULT_MIN_OVERLAP = 0.75;

  /**
   * The members of an oversized band bucket every other member is compared with ({@link
   * ShardLinker}): a day's top story of thousands of reports stays one story at a cost linear in its
   * size.
   */
  public static final int PIVOTS_PER_BUCKET = 16;

  /**
   * The partners a document keeps links to ({@link ShardLinker} in each shard, {@link StoryGraph}
   * over all links; a link stays when either end keeps it): a story of k reports would otherwise
   * pass k²/2 links to the steps after linking. An ordinary story's reports have fewer.
   */
  public static final int MAX_LINKS_PER_DOCUMENT = 32;

  /**
   * {@link #withOutletFeatures} of {@link #byContent()}: a feature in more than 10% of an outlet's
   * documents, and in more than 50 of them, is the outlet's. Measured on generated corpora whose
   * outlets credit themselves in datelines and footers (BENCHMARKS.md).
   */
  public static final CommonFeatures DEFAULT_OUTLET_FEATURES = CommonFeatures.above(0.10, 50);

  /** The story id used when the whole input is one story. */
  public static final String SINGLE_STORY_ID = "story-1";

  /**
   * Counter (namespace {@code AssignStories}) of shards whose features have been counted to find
   * the input's common words and each outlet's own, the step before signing.
   */
  public static final String FEATURE_SHARDS_COUNTED_COUNTER = "feature_shards_counted";

  /** Counter (namespace {@code AssignStories}) of documents signed for matching (band keys made). */
  public static final String DOCUMENTS_SIGNED_COUNTER = "documents_signed";

  /** Counter (namespace {@code AssignStories}) of shards whose candidate pairs have been compared. */
  public static final String SHARDS_COMPARED_COUNTER = "shards_compared";

  /** Counter (namespace {@code AssignStories}) of documents given their story id. */
  public static final String DOCUMENTS_PLACED_COUNTER = "documents_placed_in_stories";

  private final boolean byContent;
  private final int bands;
  private final int rows;
  private final double threshold;
  private final LinkRule distinctiveRule;
  private final int shingleSize;
  private final int maxBucketSize;
  private final int shards;
  private final CommonFeatures commonFeatures;
  private final CommonFeatures outletFeatures;
  private final double minOverlap;

  private AssignStories(boolean byContent, int bands, int rows, double threshold, LinkRule distinctiveRule,
      int shingleSize, int maxBucketSize, int shards, CommonFeatures commonFeatures, CommonFeatures outletFeatures,
      double minOverlap) {
    this.byContent = byContent;
    this.bands = bands;
    this.rows = rows;
    this.threshold = threshold;
    this.distinctiveRule = distinctiveRule;
    this.shingleSize = shingleSize;
    this.maxBucketSize = maxBucketSize;
    this.shards = shards;
    this.commonFeatures = commonFeatures;
    this.outletFeatures = outletFeatures;
    this.minOverlap = minOverlap;
  }

  /** Treats the whole input as one story. */
  public static AssignStories singleStory() {
    return new AssignStories(false, 0, 0, 0, DEFAULT_DISTINCTIVE_RULE, 0, 0, 1, null, null, 0);
  }

  /**
   * Clusters articles by content: 64 bands of 2 rows, Jaccard threshold 0.12 (once common features
   * are dropped, {@link #DEFAULT_DISTINCTIVE_RULE}), single-word shingles, buckets of at most 1,000
   * documents, 16 shards, features in more than 5% of the documents (and more than 100) left out,
   * and from an outlet's documents those in more than 10% of them and more than 50 ({@link
   * #DEFAULT_OUTLET_FEATURES}). Independently written reports of one event share few phrases but
   * many names and content words, so single words and entities separate events far better than
   * 3-word shingles (see README, Stories).
   */
  public static AssignStories byContent() {
    return new AssignStories(true, 64, 2, 0.12, DEFAULT_DISTINCTIVE_RULE, 1, 1000, 16, CommonFeatures.above(COMMON_SHARE, 100),
        DEFAULT_OUTLET_FEATURES, DEFAULT_MIN_OVERLAP);
  }

  /** LSH banding: {@code bands} bands of {@code rows} signature values each. */
  public AssignStories withBands(int bands, int rows) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be positive: " + bands + ", " + rows);
    }
    return new AssignStories(byContent, bands, rows, threshold, distinctiveRule, shingleSize, maxBucketSize, shards, commonFeatures, outletFeatures, minOverlap);
  }

  /**
   * The Jaccard similarity of their features at which two candidate articles are linked, in an input
   * too small to learn common features from ({@link CommonFeatures#isActive}).
   */
  public AssignStories withThreshold(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    return new AssignStories(byContent, bands, rows, threshold, distinctiveRule, shingleSize, maxBucketSize, shards, commonFeatures, outletFeatures, minOverlap);
  }

  /**
   * The Jaccard similarity of their distinctive features (common ones dropped) at which two
   * candidate articles of a large input are linked. Higher than {@link #withThreshold}: two reports
   * of one event share most of their distinctive features, unrelated ones almost none, but among the
   * billions of pairs of a large input a few unrelated ones share a name or two, and one such link
   * joins two whole stories.
   */
  public AssignStories withDistinctiveThreshold(double distinctiveThreshold) {
    if (!(distinctiveThreshold > 0 && distinctiveThreshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + distinctiveThreshold);
    }
    return new AssignStories(byContent, bands, rows, threshold,
        LinkRule.jaccard(distinctiveThreshold).withContainment(distinctiveRule.containment())
            .withMinCommon(distinctiveRule.minCommon()),
        shingleSize, maxBucketSize, shards, commonFeatures, outletFeatures, minOverlap);
  }

  /**
   * The whole rule by which two candidate articles of a large input are linked: besides the Jaccard
   * threshold ({@link #withDistinctiveThreshold}), containment (a short report — a brief, a late
   * update — whose distinctive features lie mostly in an article of its story) and a minimum of
   * shared features (two short reports of different events that share a name or two are not
   * linked). Small inputs link on {@link #withThreshold} alone.
   */
  public AssignStories withDistinctiveRule(LinkRule distinctiveRule) {
    return new AssignStories(byContent, bands, rows, threshold, java.util.Objects.requireNonNull(distinctiveRule),
        shingleSize, maxBucketSize, shards, commonFeatures, outletFeatures, minOverlap);
  }

  /** Words per shingle. */
  public AssignStories withShingleSize(int shingleSize) {
    if (shingleSize < 1) {
      throw new IllegalArgumentException("shingleSize must be positive: " + shingleSize);
    }
    return new AssignStories(byContent, bands, rows, threshold, distinctiveRule, shingleSize, maxBucketSize, shards, commonFeatures, outletFeatures, minOverlap);
  }

  /**
   * Buckets with more documents than this are not compared pair by pair (counter {@code
   * oversized_buckets}), which would be quadratic: each member is compared with {@link
   * #PIVOTS_PER_BUCKET} of them (a top story's reports, or unrelated articles that share a band).
   */
  public AssignStories withMaxBucketSize(int maxBucketSize) {
    if (maxBucketSize < 2) {
      throw new IllegalArgumentException("maxBucketSize must be at least 2: " + maxBucketSize);
    }
    return new AssignStories(byContent, bands, rows, threshold, distinctiveRule, shingleSize, maxBucketSize, shards, commonFeatures, outletFeatures, minOverlap);
  }

  /**
   * The number of keys of each of this step's shuffles (feature counts, band buckets, the final
   * reshuffle). More shards spread the work over more workers; the stories do not change.
   */
  public AssignStories withShards(int shards) {
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be positive: " + shards);
    }
    return new AssignStories(byContent, bands, rows, threshold, distinctiveRule, shingleSize, maxBucketSize, shards, commonFeatures, outletFeatures, minOverlap);
  }

  /** Which features are too common to use ({@link CommonFeatures}). */
  public AssignStories withCommonFeatures(CommonFeatures commonFeatures) {
    return new AssignStories(byContent, bands, rows, threshold, distinctiveRule, shingleSize, maxBucketSize, shards,
        java.util.Objects.requireNonNull(commonFeatures), outletFeatures, minOverlap);
  }

  /**
   * Which features of one outlet's documents are the outlet's own ({@link Outlets}): features that
   * the rule finds common among an outlet's documents — its name in datelines and footers, its
   * syndication notes — are dropped from that outlet's documents, as {@link #withCommonFeatures}
   * drops those of the whole corpus. Few stories are a large share of a large outlet's output, so
   * the words left are the stories' (a beat's words — a local outlet's town — go too; README,
   * Limits). Documents of no known outlet keep all their features; so does every
   * document of an input too small for common features ({@link CommonFeatures#isActive}).
   */
  public AssignStories withOutletFeatures(CommonFeatures outletFeatures) {
    return new AssignStories(byContent, bands, rows, threshold, distinctiveRule, shingleSize, maxBucketSize, shards,
        commonFeatures, java.util.Objects.requireNonNull(outletFeatures), minOverlap);
  }

  /**
   * In a large input (one where {@link CommonFeatures#isActive}, as for {@link
   * #withDistinctiveThreshold}), a link joins two documents only where at least this share of the
   * smaller end's neighbourhood (the end and the documents linked to it) lies in the other end's
   * ({@link StoryGraph}): one chance link between two stories does not join them. 0 joins through
   * every link (single linkage).
   */
  public AssignStories withMinOverlap(double minOverlap) {
    if (!(minOverlap >= 0 && minOverlap <= 1)) {
      throw new IllegalArgumentException("minOverlap must be in [0, 1]: " + minOverlap);
    }
    return new AssignStories(byContent, bands, rows, threshold, distinctiveRule, shingleSize, maxBucketSize, shards, commonFeatures, outletFeatures, minOverlap);
  }

  /** The story id of a component whose smallest document id is {@code docId}. */
  public static String storyIdOf(String docId) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(docId.getBytes(StandardCharsets.UTF_8));
      return "story-" + HexFormat.of().formatHex(digest).substring(0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The shard of a 64-bit key. */
  static int shardOf(long key, int shards) {
    return (int) Math.floorMod(key, (long) shards);
  }

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    if (!byContent) {
      return articles.apply("SetStoryId", ParDo.of(new SetStoryFn(SINGLE_STORY_ID)));
    }
    PCollection<SignedDocument> featured = articles
        .apply("FeatureArticles", ParDo.of(new FeaturesFn(shingleSize)))
        .setCoder(SignedDocument.CODER);
    PCollectionView<Long> documents = featured
        .apply("DocumentCountView", NeverEmptyViews.count());
    PCollectionView<List<KV<Long, Long>>> outletSizes = featured
        .apply("KeyByOutlet", ParDo.of(new OutletFn()))
        .setCoder(VarLongCoder.of())
        .apply("CountOutletDocuments", Count.perElement())
        .apply("OutletSizesView", NeverEmptyViews.asList());
    PCollectionView<List<Long>> common = featured
        .apply("KeyFeaturesByShard", ParDo.of(new FeaturesByShardFn(shards)))
        .setCoder(KvCoder.of(VarIntCoder.of(), SignedDocument.CODER))
        .apply("GroupFeatureShards", GroupIntoBuckets.create())
        .apply("FindCommonFeatures", ParDo.of(new CommonFeaturesFn(commonFeatures, outletFeatures, documents,
            outletSizes)).withSideInputs(documents, outletSizes))
        .setCoder(VarLongCoder.of())
        .apply("CommonFeaturesView", NeverEmptyViews.asList());
    PCollectionView<Map<String, String>> roots = featured
        .apply("SignArticles", ParDo.of(new SignFn(common, bands, rows, distinctiveRule.minCommon())).withSideInputs(common))
        .setCoder(SignedDocument.CODER)
        .apply("KeyByShard", ParDo.of(new BandsByShardFn(shards)))
        .setCoder(KvCoder.of(VarIntCoder.of(), SignedDocument.CODER))
        .apply("GroupByShard", GroupIntoBuckets.create())
        .apply("LinkCandidates", ParDo.of(new LinkShardFn(threshold, distinctiveRule, maxBucketSize,
            commonFeatures, documents)).withSideInputs(documents))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply("FormStories", new FormStories(minOverlap, shards, commonFeatures, documents))
        .apply("StoriesView", NeverEmptyViews.asMap(NeverEmptyViews.PLACEHOLDER_KEY));
    return articles
        .apply("SetStoryIds", ParDo.of(new SetComponentStoryFn(roots)).withSideInputs(roots))
        .setCoder(articles.getCoder())
        .apply("Rebundle", Reshuffle.<Article>viaRandomKey().withNumBuckets(shards));
  }

  static final class SetStoryFn extends DoFn<Article, Article> {
    private final ProgressCounter placed = ProgressCounter.of(AssignStories.class, DOCUMENTS_PLACED_COUNTER);
    private final String storyId;

    SetStoryFn(String storyId) {
      this.storyId = storyId;
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<Article> out) {
      placed.inc();
      out.output(article.withStoryId(storyId));
    }
  }

  /** An article's feature hashes (no bands yet); too short an article has none and stays alone. */
  static final class FeaturesFn extends DoFn<Article, SignedDocument> {
    // Fewer features than this: too little text to tell stories apart; the article stays alone.
    private static final int MIN_FEATURES = 5;
    private static final long[] NONE = new long[0];
    private final Counter unsigned = Metrics.counter(AssignStories.class, "documents_too_short_to_cluster");
    private final int shingleSize;
    private transient StoryFeatures features;

    FeaturesFn(int shingleSize) {
      this.shingleSize = shingleSize;
    }

    @Setup
    public void setup() {
      features = StoryFeatures.of(shingleSize);
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<SignedDocument> out) {
      Set<String> set = features.features(article.text());
      if (set.size() < MIN_FEATURES) {
        unsigned.inc();
        return;
      }
      long outlet = Outlets.hash(Outlets.of(article.source(), article.text()));
      out.output(new SignedDocument(article.docId(), outlet, MinHash.hashes(set), NONE));
    }
  }

  /** The outlet of each document whose outlet is known, to count the documents of each outlet. */
  static final class OutletFn extends DoFn<SignedDocument, Long> {
    @ProcessElement
    public void process(@Element SignedDocument doc, OutputReceiver<Long> out) {
      if (doc.outlet() != Outlets.NONE) {
        out.output(doc.outlet());
      }
    }
  }

  /** Each article's features split by shard (hash mod shards): one element per shard touched. */
  static final class FeaturesByShardFn extends DoFn<SignedDocument, KV<Integer, SignedDocument>> {
    private final int shards;

    FeaturesByShardFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element SignedDocument doc, OutputReceiver<KV<Integer, SignedDocument>> out) {
      boolean[] touched = new boolean[shards];
      for (int i = 0; i < doc.featureCount(); i++) {
        touched[shardOf(doc.feature(i), shards)] = true;
      }
      for (int s = 0; s < shards; s++) {
        if (touched[s]) {
          int shard = s;
          out.output(KV.of(s, doc.withFeaturesWhere(f -> shardOf(f, shards) == shard)));
        }
      }
    }
  }

  /**
   * Counts the documents of each feature of one shard, in the whole input and in each outlet
   * ({@link StopFeatures}); emits the common features, and the {@link Outlets#featureKey} of each
   * outlet's own.
   */
  static final class CommonFeaturesFn extends DoFn<KV<Integer, Iterable<SignedDocument>>, Long> {
    private final ProgressCounter counted = ProgressCounter.of(AssignStories.class, FEATURE_SHARDS_COUNTED_COUNTER);
    private final Counter dropped = Metrics.counter(AssignStories.class, "common_features_dropped");
    private final Counter droppedPerOutlet = Metrics.counter(AssignStories.class, "outlet_features_dropped");
    private final CommonFeatures rule;
    private final CommonFeatures outletRule;
    private final PCollectionView<Long> documents;
    private final PCollectionView<List<KV<Long, Long>>> outletSizes;

    CommonFeaturesFn(CommonFeatures rule, CommonFeatures outletRule, PCollectionView<Long> documents,
        PCollectionView<List<KV<Long, Long>>> outletSizes) {
      this.rule = rule;
      this.outletRule = outletRule;
      this.documents = documents;
      this.outletSizes = outletSizes;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<SignedDocument>> shard, OutputReceiver<Long> out,
        ProcessContext context) {
      long total = context.sideInput(documents);
      Map<Long, Long> sizes = new HashMap<>();
      for (KV<Long, Long> outlet : context.sideInput(outletSizes)) {
        sizes.put(outlet.getKey(), outlet.getValue());
      }
      StopFeatures stop = StopFeatures.count(shard.getValue(), total, sizes, rule, outletRule);
      stop.common().forEach(out::output);
      stop.outletOwn().forEach(out::output);
      dropped.inc(stop.common().size());
      droppedPerOutlet.inc(stop.outletOwn().size());
      counted.inc();
    }
  }

  /**
   * Drops the common features and the outlet's own, then signs what is left and computes the LSH
   * band keys. Both kinds arrive in one set: a feature's hash, or its {@link Outlets#featureKey}. A
   * document left with fewer features than the link rule's minimum could never link: a report of a
   * story so large that its own words are common (more than 5 % of the input); it is signed on its
   * common features too, in band keys that only other such documents share ({@link
   * StopFeatures#signing}).
   */
  static final class SignFn extends DoFn<SignedDocument, SignedDocument> {
    private final Counter nothingLeft = Metrics.counter(AssignStories.class, "documents_without_distinctive_features");
    private final Counter mostlyCommon = Metrics.counter(AssignStories.class, "documents_signed_on_common_features");
    private final ProgressCounter signed = ProgressCounter.of(AssignStories.class, DOCUMENTS_SIGNED_COUNTER);
    private final PCollectionView<List<Long>> common;
    private final int bands;
    private final int rows;
    private final int minKept;
    private transient MinHash minHash;
    // Built into a set once per bundle: within a bundle the side input cannot change, and the
    // Direct Runner hands out a new list on every sideInput call (SideInputsPerBundle).
    private transient Set<Long> commonSet;

    SignFn(PCollectionView<List<Long>> common, int bands, int rows, int minKept) {
      this.common = common;
      this.bands = bands;
      this.rows = rows;
      this.minKept = minKept;
    }

    @Setup
    public void setup() {
      minHash = MinHash.of(bands * rows);
    }

    @StartBundle
    public void startBundle() {
      commonSet = null;
    }

    @ProcessElement
    public void process(@Element SignedDocument doc, OutputReceiver<SignedDocument> out, ProcessContext context) {
      if (commonSet == null) {
        commonSet = new HashSet<>(context.sideInput(common));
      }
      StopFeatures.Signing signing = commonSet.isEmpty() ? new StopFeatures.Signing(doc, false)
          : StopFeatures.signing(doc, commonSet, minKept);
      SignedDocument kept = signing.document();
      signed.inc();
      if (kept.featureCount() == 0) {
        nothingLeft.inc();
        return;
      }
      if (signing.mostlyCommon()) {
        mostlyCommon.inc();
      }
      out.output(signing.banded(minHash, bands, rows));
    }
  }

  /** Sends an article to each shard that holds one of its band keys, with just those keys. */
  static final class BandsByShardFn extends DoFn<SignedDocument, KV<Integer, SignedDocument>> {
    private final int shards;

    BandsByShardFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element SignedDocument doc, OutputReceiver<KV<Integer, SignedDocument>> out) {
      boolean[] touched = new boolean[shards];
      for (int i = 0; i < doc.bandCount(); i++) {
        touched[shardOf(doc.band(i), shards)] = true;
      }
      for (int s = 0; s < shards; s++) {
        if (touched[s]) {
          int shard = s;
          out.output(KV.of(s, doc.withBandsWhere(key -> shardOf(key, shards) == shard)));
        }
      }
    }
  }

  /** Verifies the candidate pairs of one shard; emits each link as (smaller id, larger id). */
  static final class LinkShardFn extends DoFn<KV<Integer, Iterable<SignedDocument>>, KV<String, String>> {
    private final Counter pairs = Metrics.counter(AssignStories.class, "candidate_pairs");
    private final Counter ruledOut = Metrics.counter(AssignStories.class, "candidate_pairs_ruled_out");
    private final Counter linked = Metrics.counter(AssignStories.class, "pairs_linked");
    private final Counter oversized = Metrics.counter(AssignStories.class, "oversized_buckets");
    private final Counter dropped = Metrics.counter(AssignStories.class, "shard_links_past_the_cap");
    private final ProgressCounter compared = ProgressCounter.of(AssignStories.class, SHARDS_COMPARED_COUNTER);
    private final double threshold;
    private final LinkRule distinctiveRule;
    private final int maxBucketSize;
    private final CommonFeatures rule;
    private final PCollectionView<Long> documents;

    LinkShardFn(double threshold, LinkRule distinctiveRule, int maxBucketSize, CommonFeatures rule,
        PCollectionView<Long> documents) {
      this.threshold = threshold;
      this.distinctiveRule = distinctiveRule;
      this.maxBucketSize = maxBucketSize;
      this.rule = rule;
      this.documents = documents;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<SignedDocument>> shard, OutputReceiver<KV<String, String>> out,
        ProcessContext context) {
      boolean large = rule.isActive(context.sideInput(documents));
      ShardLinker linker = new ShardLinker(large ? distinctiveRule : LinkRule.jaccard(threshold), maxBucketSize,
          PIVOTS_PER_BUCKET, MAX_LINKS_PER_DOCUMENT);
      for (SignedDocument doc : shard.getValue()) {
        linker.add(doc);
      }
      for (LinkedPair link : linker.links()) {
        out.output(KV.of(link.first(), link.second()));
      }
      pairs.inc(linker.pairsCompared());
      ruledOut.inc(linker.pairsRuledOut());
      linked.inc(linker.pairsLinked());
      oversized.inc(linker.oversizedBuckets());
      dropped.inc(linker.linksDropped());
      compared.inc();
    }
  }

  /**
   * Verified links → (document, smallest id of its story) for every document in a story of more than
   * one. A pair of one story meets in many shards, so repeats are dropped first, in buckets by the
   * pair's first id (a shuffle of a few keys; one per pair would cost the Direct Runner a bundle per
   * pair); the links left are few — one per pair of story-mates, at most {@link
   * #MAX_LINKS_PER_DOCUMENT} partners kept per document — and are put together in one place ({@link
   * StoryGraph}), which caps them again over all shards.
   */
  static final class FormStories extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, String>>> {
    private final double minOverlap;
    private final int shards;
    private final CommonFeatures rule;
    private final PCollectionView<Long> documents;

    FormStories(double minOverlap, int shards, CommonFeatures rule, PCollectionView<Long> documents) {
      this.minOverlap = minOverlap;
      this.shards = shards;
      this.rule = rule;
      this.documents = documents;
    }

    @Override
    public PCollection<KV<String, String>> expand(PCollection<KV<String, String>> links) {
      return links
          .apply("GroupByFirstId", GroupIntoBuckets.by(KV::getKey, shards))
          .apply("DropRepeatedLinks", ParDo.of(new DropRepeatsFn()))
          .setCoder(links.getCoder())
          .apply("KeyAllLinksAlike", ParDo.of(new KeyAllFn()))
          .setCoder(KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
          .apply("GatherLinks", GroupByKey.create())
          .apply("FindStories", ParDo.of(new FindStoriesFn(minOverlap, rule, documents)).withSideInputs(documents))
          .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    }
  }

  /** Emits each distinct link of a bucket once. */
  static final class DropRepeatsFn extends DoFn<KV<Integer, Iterable<KV<String, String>>>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, String>>> bucket, OutputReceiver<KV<String, String>> out) {
      Set<KV<String, String>> seen = new HashSet<>();
      for (KV<String, String> link : bucket.getValue()) {
        if (seen.add(link)) {
          out.output(link);
        }
      }
    }
  }

  static final class KeyAllFn extends DoFn<KV<String, String>, KV<String, KV<String, String>>> {
    @ProcessElement
    public void process(@Element KV<String, String> link, OutputReceiver<KV<String, KV<String, String>>> out) {
      out.output(KV.of("links", link));
    }
  }

  /** Emits (document, root) for every document in a story of more than one, roots included. */
  static final class FindStoriesFn extends DoFn<KV<String, Iterable<KV<String, String>>>, KV<String, String>> {
    private final Counter links = Metrics.counter(AssignStories.class, "distinct_links");
    private final Counter unsupported = Metrics.counter(AssignStories.class, "links_without_support");
    private final Counter pastTheCap = Metrics.counter(AssignStories.class, "links_past_the_cap");
    private final double minOverlap;
    private final CommonFeatures rule;
    private final PCollectionView<Long> documents;

    FindStoriesFn(double minOverlap, CommonFeatures rule, PCollectionView<Long> documents) {
      this.minOverlap = minOverlap;
      this.rule = rule;
      this.documents = documents;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<KV<String, String>>> all, OutputReceiver<KV<String, String>> out,
        ProcessContext context) {
      // Chance links are a risk of large inputs, where common features are dropped; a small input
      // keeps single linkage, as its threshold was measured with.
      boolean large = rule.isActive(context.sideInput(documents));
      StoryGraph graph = new StoryGraph();
      for (KV<String, String> link : all.getValue()) {
        graph.add(new LinkedPair(link.getKey(), link.getValue()));
      }
      graph.stories(large ? minOverlap : 0, MAX_LINKS_PER_DOCUMENT).forEach((doc, root) -> out.output(KV.of(doc, root)));
      links.inc(graph.linkCount());
      unsupported.inc(graph.linksWithoutSupport());
      pastTheCap.inc(graph.linksPastTheCap());
    }
  }

  static final class SetComponentStoryFn extends DoFn<Article, Article> {
    private final Counter alone = Metrics.counter(AssignStories.class, "documents_alone");
    private final ProgressCounter placed = ProgressCounter.of(AssignStories.class, DOCUMENTS_PLACED_COUNTER);
    private final PCollectionView<Map<String, String>> roots;
    private transient SideInputsPerBundle sideInputs;

    SetComponentStoryFn(PCollectionView<Map<String, String>> roots) {
      this.roots = roots;
    }

    @StartBundle
    public void startBundle() {
      sideInputs = new SideInputsPerBundle();
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<Article> out, ProcessContext context) {
      String root = sideInputs.get(roots, context::sideInput).get(article.docId());
      if (root == null) {
        alone.inc();
        root = article.docId();
      }
      placed.inc();
      out.output(article.withStoryId(storyIdOf(root)));
    }
  }
}
