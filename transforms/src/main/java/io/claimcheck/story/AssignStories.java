package io.claimcheck.story;

import io.claimcheck.model.Article;
import io.claimcheck.model.ArticleCoder;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Puts every article into a story: the documents about one event.
 *
 * <p>{@link #byContent()} (the default of the job) clusters without comparing all pairs:
 *
 * <ol>
 *   <li>{@code SignArticles}: a MinHash signature of each article's {@link StoryFeatures} (content
 *       words and salient entities);
 *   <li>{@code KeyByBand} + {@code GroupByBand}: LSH — articles that agree on every value of one band
 *       of their signatures meet in one bucket; only they are compared;
 *   <li>{@code VerifyCandidates}: in each bucket, pairs whose estimated Jaccard similarity reaches the
 *       threshold are linked; each bucket emits its components as edges to their smallest id;
 *   <li>{@code MergeComponents}: union-find over those (few) edges in one place, so each document
 *       gets the smallest document id of its connected component;
 *   <li>{@code SetStoryIds}: the story id is {@code story-} plus the first 10 hex digits of the
 *       SHA-256 of that smallest id. An article that matches nothing is a story of its own.
 * </ol>
 *
 * Every step is deterministic: the same input gives the same stories on every runner.
 * {@link #singleStory()} puts the whole input into one story ({@value #SINGLE_STORY_ID}).
 */
public final class AssignStories extends PTransform<PCollection<Article>, PCollection<Article>> {

  /** The story id used when the whole input is one story. */
  public static final String SINGLE_STORY_ID = "story-1";

  private final boolean byContent;
  private final int bands;
  private final int rows;
  private final double threshold;
  private final int shingleSize;
  private final int maxBucketSize;

  private AssignStories(boolean byContent, int bands, int rows, double threshold, int shingleSize,
      int maxBucketSize) {
    this.byContent = byContent;
    this.bands = bands;
    this.rows = rows;
    this.threshold = threshold;
    this.shingleSize = shingleSize;
    this.maxBucketSize = maxBucketSize;
  }

  /** Treats the whole input as one story. */
  public static AssignStories singleStory() {
    return new AssignStories(false, 0, 0, 0, 0, 0);
  }

  /**
   * Clusters articles by content: 128 bands of 2 rows (a 256-value signature), similarity threshold
   * 0.12, single-word shingles, buckets of at most 1,000 documents. Independently written reports
   * of one event share few phrases but many names and content words, so single words and entities
   * separate events far better than 3-word shingles (see README, Stories).
   */
  public static AssignStories byContent() {
    return new AssignStories(true, 128, 2, 0.12, 1, 1000);
  }

  /** LSH banding: {@code bands} bands of {@code rows} signature values each. */
  public AssignStories withBands(int bands, int rows) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be positive: " + bands + ", " + rows);
    }
    return new AssignStories(byContent, bands, rows, threshold, shingleSize, maxBucketSize);
  }

  /** The estimated Jaccard similarity at which two candidate articles are linked. */
  public AssignStories withThreshold(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    return new AssignStories(byContent, bands, rows, threshold, shingleSize, maxBucketSize);
  }

  /** Words per shingle. */
  public AssignStories withShingleSize(int shingleSize) {
    if (shingleSize < 1) {
      throw new IllegalArgumentException("shingleSize must be positive: " + shingleSize);
    }
    return new AssignStories(byContent, bands, rows, threshold, shingleSize, maxBucketSize);
  }

  /**
   * Buckets with more documents than this are not compared (counter {@code oversized_buckets}):
   * such a band is shared by unrelated articles (boilerplate), and comparing it would be quadratic.
   */
  public AssignStories withMaxBucketSize(int maxBucketSize) {
    if (maxBucketSize < 2) {
      throw new IllegalArgumentException("maxBucketSize must be at least 2: " + maxBucketSize);
    }
    return new AssignStories(byContent, bands, rows, threshold, shingleSize, maxBucketSize);
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

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    if (!byContent) {
      return articles.apply("SetStoryId", ParDo.of(new SetStoryFn(SINGLE_STORY_ID)));
    }
    PCollection<KV<String, String>> roots = articles
        .apply("SignArticles", ParDo.of(new SignFn(shingleSize, bands * rows)))
        .setCoder(SignedCoder.of())
        .apply("KeyByBand", ParDo.of(new BandKeysFn(bands, rows)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), SignedCoder.of()))
        .apply("GroupByBand", GroupByKey.create())
        .apply("VerifyCandidates", ParDo.of(new VerifyBucketFn(threshold, maxBucketSize)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply("DistinctEdges", Distinct.create())
        .apply("MergeComponents", new MergeComponents());

    PCollection<KV<String, Article>> byId = articles
        .apply("KeyById", ParDo.of(new KeyByIdFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ArticleCoder.of()));
    return KeyedPCollectionTuple.of(ARTICLE, byId)
        .and(ROOT, roots)
        .apply("JoinComponents", CoGroupByKey.create())
        .apply("SetStoryIds", ParDo.of(new SetComponentStoryFn()))
        .setCoder(ArticleCoder.of());
  }

  private static final TupleTag<Article> ARTICLE = new TupleTag<>() {};
  private static final TupleTag<String> ROOT = new TupleTag<>() {};

  /** An article's id and MinHash signature. Immutable: the array is never exposed. */
  @DefaultCoder(SignedCoder.class)
  static final class Signed implements Serializable {
    private final String docId;
    private final long[] signature;

    Signed(String docId, long[] signature) {
      this.docId = docId;
      this.signature = signature.clone();
    }

    String docId() {
      return docId;
    }

    /** The signature itself, for {@link SignedCoder} only: it must not be modified. */
    long[] signatureUnsafe() {
      return signature;
    }

    double similarity(Signed other) {
      return MinHash.similarity(signature, other.signature);
    }

    List<String> bandKeys(int bands, int rows) {
      return MinHash.bandKeys(signature, bands, rows);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Signed s && s.docId.equals(docId) && java.util.Arrays.equals(s.signature, signature);
    }

    @Override
    public int hashCode() {
      return docId.hashCode() * 31 + java.util.Arrays.hashCode(signature);
    }
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

  static final class SignFn extends DoFn<Article, Signed> {
    // Fewer features than this: too little text to tell stories apart; the article stays alone.
    private static final int MIN_FEATURES = 5;
    private final Counter unsigned = Metrics.counter(AssignStories.class, "documents_too_short_to_cluster");
    private final int shingleSize;
    private final int numHashes;
    private transient StoryFeatures features;
    private transient MinHash minHash;

    SignFn(int shingleSize, int numHashes) {
      this.shingleSize = shingleSize;
      this.numHashes = numHashes;
    }

    @Setup
    public void setup() {
      features = StoryFeatures.of(shingleSize);
      minHash = MinHash.of(numHashes);
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<Signed> out) {
      Set<String> set = features.features(article.text());
      if (set.size() < MIN_FEATURES) {
        unsigned.inc();
        return;
      }
      out.output(new Signed(article.docId(), minHash.signature(set)));
    }
  }

  static final class BandKeysFn extends DoFn<Signed, KV<String, Signed>> {
    private final int bands;
    private final int rows;

    BandKeysFn(int bands, int rows) {
      this.bands = bands;
      this.rows = rows;
    }

    @ProcessElement
    public void process(@Element Signed signed, OutputReceiver<KV<String, Signed>> out) {
      for (String key : signed.bandKeys(bands, rows)) {
        out.output(KV.of(key, signed));
      }
    }
  }

  /** Links the candidate pairs of one bucket; emits (member, smallest id of its local component). */
  static final class VerifyBucketFn extends DoFn<KV<String, Iterable<Signed>>, KV<String, String>> {
    private final Counter pairs = Metrics.counter(AssignStories.class, "candidate_pairs");
    private final Counter linked = Metrics.counter(AssignStories.class, "pairs_linked");
    private final Counter oversized = Metrics.counter(AssignStories.class, "oversized_buckets");
    private final double threshold;
    private final int maxBucketSize;

    VerifyBucketFn(double threshold, int maxBucketSize) {
      this.threshold = threshold;
      this.maxBucketSize = maxBucketSize;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<Signed>> bucket, OutputReceiver<KV<String, String>> out) {
      List<Signed> members = new ArrayList<>();
      for (Signed s : bucket.getValue()) {
        members.add(s);
        if (members.size() > maxBucketSize) {
          oversized.inc();
          return;
        }
      }
      if (members.size() < 2) {
        return;
      }
      members.sort(Comparator.comparing(Signed::docId));
      Components components = new Components();
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          pairs.inc();
          if (members.get(i).similarity(members.get(j)) >= threshold) {
            linked.inc();
            components.union(members.get(i).docId(), members.get(j).docId());
          }
        }
      }
      for (Map.Entry<String, String> e : components.roots().entrySet()) {
        if (!e.getKey().equals(e.getValue())) {
          out.output(KV.of(e.getKey(), e.getValue()));
        }
      }
    }
  }

  /**
   * Edges (member, root) → (document, smallest id of its component) for every linked document. The
   * edges are few — at most one per linked document and bucket — so they are merged in one place.
   */
  static final class MergeComponents
      extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, String>>> {
    @Override
    public PCollection<KV<String, String>> expand(PCollection<KV<String, String>> edges) {
      return edges
          .apply("KeyAllEdgesAlike", ParDo.of(new KeyAllFn()))
          .setCoder(KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
          .apply("GatherEdges", GroupByKey.create())
          .apply("UnionFind", ParDo.of(new UnionFindFn()))
          .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    }
  }

  static final class KeyAllFn extends DoFn<KV<String, String>, KV<String, KV<String, String>>> {
    @ProcessElement
    public void process(@Element KV<String, String> edge, OutputReceiver<KV<String, KV<String, String>>> out) {
      out.output(KV.of("edges", edge));
    }
  }

  static final class UnionFindFn extends DoFn<KV<String, Iterable<KV<String, String>>>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<KV<String, String>>> all, OutputReceiver<KV<String, String>> out) {
      Components components = new Components();
      for (KV<String, String> edge : all.getValue()) {
        components.union(edge.getKey(), edge.getValue());
      }
      components.roots().forEach((doc, root) -> out.output(KV.of(doc, root)));
    }
  }

  static final class KeyByIdFn extends DoFn<Article, KV<String, Article>> {
    @ProcessElement
    public void process(@Element Article article, OutputReceiver<KV<String, Article>> out) {
      out.output(KV.of(article.docId(), article));
    }
  }

  static final class SetComponentStoryFn extends DoFn<KV<String, CoGbkResult>, Article> {
    private final Counter alone = Metrics.counter(AssignStories.class, "documents_alone");

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<Article> out) {
      String root = null;
      for (String r : joined.getValue().getAll(ROOT)) {
        root = root == null || r.compareTo(root) < 0 ? r : root;
      }
      if (root == null) {
        alone.inc();
        root = joined.getKey();
      }
      String storyId = storyIdOf(root);
      for (Article article : joined.getValue().getAll(ARTICLE)) {
        out.output(article.withStoryId(storyId));
      }
    }
  }
}
