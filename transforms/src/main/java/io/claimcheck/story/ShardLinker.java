package io.claimcheck.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links the candidate pairs of one shard of LSH band keys: documents that share a band key are
 * compared, and pairs whose feature similarity reaches the threshold are joined into components.
 *
 * <p>A band key lives in exactly one shard, so every bucket is whole here and the components found
 * do not depend on how keys are spread over shards or in which order documents arrive: they are the
 * connected components of the verified pairs, rooted at their smallest id. A pair already in one
 * component is not compared again (that changes only the pair count). Not thread-safe; one instance
 * per shard.
 *
 * <p>Candidate pairs grow faster than the documents (a bucket of k documents holds k²/2 pairs), so
 * the pair loop works on local int indexes: documents are numbered in arrival order, and the
 * union-find is int arrays (its roots kept at the smallest id) instead of a map of strings. Most
 * candidates are unrelated articles that share two band values: a {@link FeatureSketch} of each
 * document (one or two cache lines) rejects most of them without reading their features, and {@link
 * MinHash#jaccardAtLeast} the rest without finishing the merge.
 */
public final class ShardLinker {

  private final double threshold;
  private final int maxBucketSize;
  private final List<SignedDocument> docs = new ArrayList<>();
  private long pairsCompared;
  private long pairsRuledOut;
  private long pairsLinked;
  private long oversizedBuckets;

  /** Buckets with more than {@code maxBucketSize} documents are skipped (boilerplate, quadratic). */
  public ShardLinker(double threshold, int maxBucketSize) {
    this.threshold = threshold;
    this.maxBucketSize = maxBucketSize;
  }

  /** Adds {@code doc}; it goes into the bucket of each of its band keys. */
  public void add(SignedDocument doc) {
    docs.add(doc);
  }

  /** Every linked document mapped to the smallest id of its component (roots map to themselves). */
  public Map<String, String> link() {
    int n = docs.size();
    SignedDocument[] byIndex = docs.toArray(new SignedDocument[0]);
    // A node per distinct id, numbered in arrival order: documents with equal ids (not expected)
    // share the node of the first. Ids are compared only when two components join, to keep the
    // smallest as the root; sorting the shard by id instead cost a quarter of this step at 1M docs.
    String[] idOfNode = new String[n];
    int[] node = new int[n];
    Map<String, Integer> nodeOfId = new HashMap<>(2 * n);
    for (int i = 0; i < n; i++) {
      Integer first = nodeOfId.putIfAbsent(byIndex[i].docId(), i);
      node[i] = first == null ? i : first;
      idOfNode[i] = byIndex[i].docId();
    }
    // Band keys enter the map in arrival order, which fixes the order buckets are visited in, and
    // with it which pairs are already joined when reached (the pair count, not the components).
    Map<Long, IntList> buckets = new HashMap<>();
    for (int i = 0; i < n; i++) {
      SignedDocument doc = byIndex[i];
      for (int b = 0; b < doc.bandCount(); b++) {
        buckets.computeIfAbsent(doc.band(b), k -> new IntList()).add(i);
      }
    }
    FeatureSketch sketches = new FeatureSketch(byIndex);
    UnionFind components = new UnionFind(idOfNode);
    int[] roots = new int[0];
    for (IntList bucket : buckets.values()) {
      int size = bucket.size;
      if (size < 2) {
        continue;
      }
      if (size > maxBucketSize) {
        oversizedBuckets++;
        continue;
      }
      // The members' roots, looked up once and kept current through this bucket's own joins: most
      // pairs of a story's documents meet in many buckets, and are skipped by one int comparison.
      if (roots.length < size) {
        roots = new int[Math.max(size, 2 * roots.length)];
      }
      for (int x = 0; x < size; x++) {
        roots[x] = components.find(node[bucket.values[x]]);
      }
      for (int x = 0; x < size; x++) {
        int ia = bucket.values[x];
        for (int y = x + 1; y < size; y++) {
          if (roots[x] == roots[y]) {
            continue;
          }
          pairsCompared++;
          int ib = bucket.values[y];
          if (!sketches.mayReach(ia, ib, threshold)) {
            pairsRuledOut++;
          } else if (byIndex[ia].similarityAtLeast(byIndex[ib], threshold)) {
            pairsLinked++;
            int joined = components.union(roots[x], roots[y]);
            int ra = roots[x];
            int rb = roots[y];
            for (int z = 0; z < size; z++) {
              if (roots[z] == ra || roots[z] == rb) {
                roots[z] = joined;
              }
            }
          }
        }
      }
    }
    Map<String, String> linked = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (components.isJoined(node[i])) {
        linked.put(idOfNode[i], idOfNode[components.find(node[i])]);
      }
    }
    return linked;
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

  /**
   * Union-find over the nodes 0..n-1 whose root is the member with the smallest id, so the result
   * does not depend on the order documents arrive in.
   */
  private static final class UnionFind {
    private final String[] ids;
    private final int[] parent;
    private final boolean[] joined;

    UnionFind(String[] ids) {
      this.ids = ids;
      parent = new int[ids.length];
      joined = new boolean[ids.length];
      for (int i = 0; i < parent.length; i++) {
        parent[i] = i;
      }
    }

    int find(int x) {
      int root = x;
      while (parent[root] != root) {
        root = parent[root];
      }
      while (parent[x] != root) {
        int next = parent[x];
        parent[x] = root;
        x = next;
      }
      return root;
    }

    /** Joins the components of {@code a} and {@code b}; returns the root of the joined one. */
    int union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return ra;
      }
      joined[ra] = true;
      joined[rb] = true;
      // Distinct nodes have distinct ids.
      if (ids[ra].compareTo(ids[rb]) < 0) {
        parent[rb] = ra;
        return ra;
      }
      parent[ra] = rb;
      return rb;
    }

    /** Whether {@code x} is in a component of more than one member. */
    boolean isJoined(int x) {
      return joined[find(x)];
    }
  }
}
