package io.claimcheck.story;

import io.claimcheck.model.Article;
import io.claimcheck.model.Copy;
import io.claimcheck.model.CopyCoder;
import io.claimcheck.util.GroupIntoBuckets;
import io.claimcheck.util.KeyBuckets;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Finds syndicated copies among the (story-assigned) articles: documents of one story whose
 * 3-word-shingle MinHash similarity reaches the threshold (default 0.8) are one copy group; every
 * member but the smallest id is a {@link Copy} of it. Near-duplicates share almost every word, so
 * they always fall into one story: only documents of one story are compared.
 */
public final class FindCopies extends PTransform<PCollection<Article>, PCollection<Copy>> {

  private static final int NUM_HASHES = 128;
  private final double threshold;
  private final int buckets;

  private FindCopies(double threshold, int buckets) {
    this.threshold = threshold;
    this.buckets = KeyBuckets.requireValid(buckets);
  }

  /** Copies at estimated similarity ≥ 0.8 (rewritten reports of one wire story stay below 0.6). */
  public static FindCopies create() {
    return new FindCopies(0.8, KeyBuckets.DEFAULT_BUCKETS);
  }

  /**
   * The same, gathering the stories under {@code newBuckets} keys ({@link KeyBuckets}) rather than
   * one key per story. The result does not depend on it.
   */
  public FindCopies withBuckets(int newBuckets) {
    return new FindCopies(threshold, newBuckets);
  }

  /** The estimated Jaccard similarity of 3-word shingles at which two documents are copies. */
  public FindCopies withThreshold(double newThreshold) {
    if (!(newThreshold > 0 && newThreshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + newThreshold);
    }
    return new FindCopies(newThreshold, buckets);
  }

  @Override
  public PCollection<Copy> expand(PCollection<Article> articles) {
    return articles
        .apply("SignShingles", ParDo.of(new SignByStoryFn(buckets)))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), SignedCoder.of())))
        .apply("GroupByStoryBucket", GroupIntoBuckets.create())
        .apply("LinkCopies", ParDo.of(new LinkCopiesFn(threshold)))
        .setCoder(CopyCoder.of());
  }

  /** A document's id and MinHash signature. Immutable: the array is never exposed. */
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

    /** The number of signature values. */
    int length() {
      return signature.length;
    }

    /** The hash of band {@code band}, the values at positions {@code from} (inclusive) to {@code to}. */
    long bandHash(int from, int to, int band) {
      return MinHash.bandHash(signature, from, to, band);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Signed s && s.docId.equals(docId) && Arrays.equals(s.signature, signature);
    }

    @Override
    public int hashCode() {
      return docId.hashCode() * 31 + Arrays.hashCode(signature);
    }
  }

  static final class SignByStoryFn extends DoFn<Article, KV<Integer, KV<String, Signed>>> {
    private final int buckets;
    private transient StoryFeatures features;
    private transient MinHash minHash;

    SignByStoryFn(int buckets) {
      this.buckets = buckets;
    }

    @Setup
    public void setup() {
      features = StoryFeatures.of(3);
      minHash = MinHash.of(NUM_HASHES);
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<KV<Integer, KV<String, Signed>>> out) {
      Set<String> shingles = features.shingles(article.text()); // the text's wording only, not its names
      if (!shingles.isEmpty()) {
        Signed signed = new Signed(article.docId(), minHash.signature(shingles));
        out.output(KV.of(KeyBuckets.of(article.storyId(), buckets), KV.of(article.storyId(), signed)));
      }
    }
  }

  /** Splits a bucket into its stories and links the copies within each. */
  static final class LinkCopiesFn extends DoFn<KV<Integer, Iterable<KV<String, Signed>>>, Copy> {
    private final Counter copies = Metrics.counter(FindCopies.class, "copies");
    private final double threshold;

    LinkCopiesFn(double threshold) {
      this.threshold = threshold;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, Signed>>> bucket, OutputReceiver<Copy> out) {
      Map<String, List<Signed>> byStory = new TreeMap<>();
      for (KV<String, Signed> doc : bucket.getValue()) {
        byStory.computeIfAbsent(doc.getKey(), k -> new ArrayList<>()).add(doc.getValue());
      }
      byStory.values().forEach(docs -> link(docs, out));
    }

    private void link(List<Signed> docs, OutputReceiver<Copy> out) {
      if (docs.size() < 2) {
        return;
      }
      docs.sort(Comparator.comparing(Signed::docId));
      Map<String, Signed> byId = new HashMap<>();
      for (Signed doc : docs) {
        byId.put(doc.docId(), doc);
      }
      Components components = new CopyGroups(threshold).of(docs);
      for (Map.Entry<String, String> e : components.roots().entrySet()) {
        if (!e.getKey().equals(e.getValue())) {
          copies.inc();
          double similarity = byId.get(e.getKey()).similarity(byId.get(e.getValue()));
          out.output(new Copy(e.getKey(), e.getValue(), Math.round(similarity * 100) / 100.0));
        }
      }
    }
  }
}
