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
 *
 * <p>A bucket of more than {@code maxBucketSize} documents is not compared pair by pair: that is a
 * day's top story (thousands of reports that share most band values) or a band shared by chance.
 * Each of its members is compared with the bucket's {@code pivots} first members in an order of
 * their ids' hashes (the same members in every bucket a story's reports share) and the pivots with
 * each other, k·pivots comparisons instead of k²/2. A report of the story links to a pivot, the
 * pivots to each other, so the story stays one; a chance member links to none.
 *
 * <p>Even so a story of k reports links k²/2 pairs in the buckets compared in full, and every step
 * after this one pays for them. So a document keeps at most {@code maxLinks} links in a shard: to
 * the partners first in the pivots' order (a link stays when either end keeps it). The documents
 * first in that order become the story's hubs, linked to each other and to the rest, and a report
 * still lies within its hub's neighbourhood ({@link StoryGraph}). A document of an ordinary story
 * has far fewer partners and keeps them all.
 */
public final class ShardLinker {

  private final LinkRule rule;
  private final int maxBucketSize;
  private final int pivots;
  private final int maxLinks;
  private final List<SignedDocument> docs = new ArrayList<>();
  private long pairsCompared;
  private long pairsRuledOut;
  private long pairsLinked;
  private long oversizedBuckets;
  private long linksDropped;
  private PartnerCap cap; // of the current links() call

  /**
   * Buckets with more than {@code maxBucketSize} documents are compared with their {@code pivots}
   * first members only (0: not compared at all); a document keeps at most {@code maxLinks} links
   * (0: all).
   */
  public ShardLinker(LinkRule rule, int maxBucketSize, int pivots, int maxLinks) {
    if (pivots < 0 || maxLinks < 0) {
      throw new IllegalArgumentException("pivots and maxLinks must not be negative: " + pivots + ", " + maxLinks);
    }
    this.rule = java.util.Objects.requireNonNull(rule);
    this.maxBucketSize = maxBucketSize;
    this.pivots = pivots;
    this.maxLinks = maxLinks;
  }

  /** Links on the Jaccard similarity alone ({@link LinkRule#jaccard}). */
  public ShardLinker(double threshold, int maxBucketSize, int pivots, int maxLinks) {
    this(LinkRule.jaccard(threshold), maxBucketSize, pivots, maxLinks);
  }

  /** Adds {@code doc}; it goes into the bucket of each of its band keys. */
  public void add(SignedDocument doc) {
    docs.add(doc);
  }

  /**
   * The verified pairs of this shard, each once, as (smaller id, larger id). Documents with equal
   * ids (not expected) are not compared with each other; each is compared with the rest, so without
   * a cap a pair with that id may be returned twice (with one, links are kept per id, once).
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
    String[] ids = ids(byIndex);
    long[] pivotKey = maxLinks > 0 ? PartnerCap.pivotHashes(ids) : null;
    cap = maxLinks > 0 ? new PartnerCap(ids, pivotKey, maxLinks) : null;
    // Pairs met through pivots, packed, compared once after the loop (a pair meets in many of a
    // story's oversized buckets): sorted longs, not a set of boxed ones.
    LongList pivotPairs = new LongList();
    for (Map.Entry<Long, IntList> entry : buckets.entrySet()) {
      IntList bucket = entry.getValue();
      int size = bucket.size;
      if (size < 2) {
        continue;
      }
      if (size > maxBucketSize) {
        oversizedBuckets++;
        if (pivots > 0) {
          pivotKey = pivotKey == null ? PartnerCap.pivotHashes(ids) : pivotKey;
          int[] first = firstInPivotOrder(bucket, byIndex, pivotKey, pivots);
          for (int p = 0; p < first.length; p++) {
            for (int x = 0; x < size; x++) {
              int ia = first[p];
              int ib = bucket.values[x];
              // A pair that shares a bucket compared in full was compared there.
              if (node[ia] != node[ib] && !shareAnyKey(comparedKeys[ia], comparedKeys[ib])) {
                pivotPairs.add(StoryGraph.pairKey(ia, ib));
              }
            }
          }
        }
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
          compare(ia, ib, byIndex, node, sketches, links);
        }
      }
    }
    long[] met = pivotPairs.sortedDistinct();
    for (long pair : met) {
      compare((int) (pair >>> 32), (int) pair, byIndex, node, sketches, links);
    }
    if (cap != null) {
      cap.forEachKept((a, b) -> links.add(LinkedPair.of(byIndex[a].docId(), byIndex[b].docId())));
      linksDropped = pairsLinked - links.size();
    }
    return links;
  }

  private void compare(int ia, int ib, SignedDocument[] byIndex, int[] node, FeatureSketch sketches,
      List<LinkedPair> links) {
    pairsCompared++;
    int need = rule.commonNeeded(byIndex[ia].featureCount(), byIndex[ib].featureCount());
    if (!sketches.mayShare(ia, ib, need)) {
      pairsRuledOut++;
    } else if (byIndex[ia].sharesAtLeast(byIndex[ib], need)) {
      pairsLinked++;
      if (cap == null) {
        links.add(LinkedPair.of(byIndex[ia].docId(), byIndex[ib].docId()));
      } else {
        cap.offer(node[ia], node[ib]); // documents with equal ids are one (node: the first of them)
      }
    }
  }

  /** Each document's id, by arrival index. */
  private static String[] ids(SignedDocument[] docs) {
    String[] ids = new String[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].docId();
    }
    return ids;
  }

  /**
   * Whether document {@code x} comes before {@code y} in the order pivots are taken in ({@link
   * PartnerCap#before}), then by arrival (equal ids, not expected).
   */
  private static boolean beforeInPivotOrder(int x, int y, SignedDocument[] docs, long[] key) {
    String idX = docs[x].docId();
    String idY = docs[y].docId();
    if (key[x] == key[y] && idX.equals(idY)) {
      return x < y;
    }
    return PartnerCap.before(key[x], idX, key[y], idY);
  }

  /** The (at most) {@code count} members of {@code bucket} first in the pivot order. */
  private static int[] firstInPivotOrder(IntList bucket, SignedDocument[] docs, long[] key, int count) {
    int[] first = new int[Math.min(count, bucket.size)];
    int n = 0;
    for (int x = 0; x < bucket.size; x++) {
      int member = bucket.values[x];
      if (n == first.length && !beforeInPivotOrder(member, first[n - 1], docs, key)) {
        continue;
      }
      // Insertion into the sorted few; when full, the last one drops out.
      int at = n < first.length ? n++ : n - 1;
      while (at > 0 && beforeInPivotOrder(member, first[at - 1], docs, key)) {
        first[at] = first[at - 1];
        at--;
      }
      first[at] = member;
    }
    return first;
  }

  /** Whether the sorted key sets {@code a} and {@code b} share a key. */
  static boolean shareAnyKey(long[] a, long[] b) {
    return shareSmallerKey(a, b, Long.MAX_VALUE) || (a.length > 0 && b.length > 0
        && a[a.length - 1] == Long.MAX_VALUE && b[b.length - 1] == Long.MAX_VALUE);
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

  /** Links verified but not returned: a document's partners past {@code maxLinks}. */
  public long linksDropped() {
    return linksDropped;
  }

  public long oversizedBuckets() {
    return oversizedBuckets;
  }

  /** A growable list of longs (packed pairs), without boxing. */
  private static final class LongList {
    long[] values = new long[16];
    int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    long[] sortedDistinct() {
      long[] sorted = Arrays.copyOf(values, size);
      Arrays.sort(sorted);
      int k = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          sorted[k++] = sorted[i];
        }
      }
      return Arrays.copyOf(sorted, k);
    }
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
