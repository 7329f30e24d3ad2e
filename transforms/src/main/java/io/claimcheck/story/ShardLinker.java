package io.claimcheck.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies the candidate pairs of one shard of LSH band keys: documents that share a band key are
 * compared, and the pairs that the {@link LinkRule} links are returned as links.
 *
 * <p>A band key lives in exactly one shard, so every bucket is whole here, and a pair that meets in
 * several buckets of the shard is compared once: in the bucket of the smallest key the two share
 * among the buckets that are compared (not oversized). The links found do not depend on the order
 * documents arrive in. Turning links into stories is {@link StoryGraph}'s work. Not thread-safe; one
 * instance per shard.
 *
 * <p>Candidate pairs grow faster than the documents (a bucket of k documents holds k²/2 pairs), so
 * the pair loop works on local int indexes. Most candidates are unrelated articles that share two
 * band values: a {@link FeatureSketch} of each document (one or two cache lines) rejects most of
 * them without reading their features, and {@link MinHash#commonAtLeast} the rest without
 * finishing the merge.
 */
public final class ShardLinker {

  private final LinkRule rule;
  private final int maxBucketSize;
  private final List<SignedDocument> docs = new ArrayList<>();
  private long pairsCompared;
  private long pairsRuledOut;
  private long pairsLinked;
  private long oversizedBuckets;

  /** Buckets with more than {@code maxBucketSize} documents are skipped (boilerplate, quadratic). */
  public ShardLinker(LinkRule rule, int maxBucketSize) {
    this.rule = java.util.Objects.requireNonNull(rule);
    this.maxBucketSize = maxBucketSize;
  }

  /** Links on the Jaccard similarity alone ({@link LinkRule#jaccard}). */
  public ShardLinker(double threshold, int maxBucketSize) {
    this(LinkRule.jaccard(threshold), maxBucketSize);
  }

  /** Adds {@code doc}; it goes into the bucket of each of its band keys. */
  public void add(SignedDocument doc) {
    docs.add(doc);
  }

  /**
   * The verified pairs of this shard, each once, as (smaller id, larger id). Documents with equal
   * ids (not expected) are not compared with each other; each is compared with the rest, so a pair
   * with that id may be returned twice.
   */
  public List<LinkedPair> links() {
    int n = docs.size();
    SignedDocument[] byIndex = docs.toArray(new SignedDocument[0]);
    // A node per distinct id (documents with equal ids share the node of the first), so a pair is
    // told to be one document by an int comparison.
    int[] node = new int[n];
    Map<String, Integer> nodeOfId = new HashMap<>(2 * n);
    for (int i = 0; i < n; i++) {
      Integer first = nodeOfId.putIfAbsent(byIndex[i].docId(), i);
      node[i] = first == null ? i : first;
    }
    long[][] keysOf = new long[n][];
    for (int i = 0; i < n; i++) {
      keysOf[i] = sortedDistinctKeys(byIndex[i]);
    }
    // Band keys enter the map in arrival order; the order buckets are visited in changes nothing.
    Map<Long, IntList> buckets = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (long key : keysOf[i]) {
        buckets.computeIfAbsent(key, k -> new IntList()).add(i);
      }
    }
    // Each document's keys whose buckets are compared: a pair is verified in the bucket of the
    // smallest such key the two share, so that the pairs of one story, which meet in many buckets,
    // are verified once.
    long[][] comparedKeys = new long[n][];
    for (int i = 0; i < n; i++) {
      long[] keys = keysOf[i];
      long[] compared = new long[keys.length];
      int k = 0;
      for (long key : keys) {
        int size = buckets.get(key).size;
        if (size >= 2 && size <= maxBucketSize) {
          compared[k++] = key;
        }
      }
      comparedKeys[i] = k == keys.length ? compared : Arrays.copyOf(compared, k);
    }
    FeatureSketch sketches = new FeatureSketch(byIndex);
    List<LinkedPair> links = new ArrayList<>();
    for (Map.Entry<Long, IntList> entry : buckets.entrySet()) {
      IntList bucket = entry.getValue();
      int size = bucket.size;
      if (size < 2) {
        continue;
      }
      if (size > maxBucketSize) {
        oversizedBuckets++;
        continue;
      }
      long key = entry.getKey();
      for (int x = 0; x < size; x++) {
        int ia = bucket.values[x];
        for (int y = x + 1; y < size; y++) {
          int ib = bucket.values[y];
          if (node[ia] == node[ib] || shareSmallerKey(comparedKeys[ia], comparedKeys[ib], key)) {
            continue;
          }
          pairsCompared++;
          int need = rule.commonNeeded(byIndex[ia].featureCount(), byIndex[ib].featureCount());
          if (!sketches.mayShare(ia, ib, need)) {
            pairsRuledOut++;
          } else if (byIndex[ia].sharesAtLeast(byIndex[ib], need)) {
            pairsLinked++;
            links.add(LinkedPair.of(byIndex[ia].docId(), byIndex[ib].docId()));
          }
        }
      }
    }
    return links;
  }

  /**
   * The document's distinct band keys, sorted. A plain loop, not a stream: it runs for every copy of
   * every document the shards receive (16 per document by default).
   */
  private static long[] sortedDistinctKeys(SignedDocument doc) {
    long[] keys = new long[doc.bandCount()];
    for (int b = 0; b < keys.length; b++) {
      keys[b] = doc.band(b);
    }
    Arrays.sort(keys);
    int k = 0;
    for (int b = 0; b < keys.length; b++) {
      if (b == 0 || keys[b] != keys[b - 1]) {
        keys[k++] = keys[b];
      }
    }
    return k == keys.length ? keys : Arrays.copyOf(keys, k);
  }

  /** Whether the sorted key sets {@code a} and {@code b} share a key smaller than {@code key}. */
  static boolean shareSmallerKey(long[] a, long[] b, long key) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length && a[i] < key && b[j] < key) {
      if (a[i] == b[j]) {
        return true;
      }
      if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  public long pairsCompared() {
    return pairsCompared;
  }

  /** Candidate pairs the sketches rejected before the exact check (part of {@link #pairsCompared}). */
  public long pairsRuledOut() {
    return pairsRuledOut;
  }

  public long pairsLinked() {
    return pairsLinked;
  }

  public long oversizedBuckets() {
    return oversizedBuckets;
  }

  /** A growable list of ints (bucket members), without boxing. */
  private static final class IntList {
    int[] values = new int[2];
    int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }
  }
}
