package io.claimcheck.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * the pair loop works on local int indexes: documents are numbered in id order, so the smallest
 * index of a component is its smallest id, and the union-find is two int arrays instead of a map
 * of strings. Most candidates are unrelated articles that share two band values; {@link
 * MinHash#jaccardAtLeast} rejects them without finishing the merge.
 */
public final class ShardLinker {

  private final double threshold;
  private final int maxBucketSize;
  private final List<SignedDocument> docs = new ArrayList<>();
  private long pairsCompared;
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
    // Positions in id order; a stable sort, so documents with equal ids (not expected) keep their
    // arrival order, and share a node.
    Integer[] order = new Integer[docs.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(i -> docs.get(i).docId()));
    SignedDocument[] byId = new SignedDocument[order.length];
    int[] positionOf = new int[order.length];
    for (int p = 0; p < order.length; p++) {
      byId[p] = docs.get(order[p]);
      positionOf[order[p]] = p;
    }
    int[] node = new int[byId.length];
    for (int p = 1; p < byId.length; p++) {
      node[p] = byId[p].docId().equals(byId[p - 1].docId()) ? node[p - 1] : p;
    }
    // Band keys enter the map in arrival order, which fixes the order buckets are visited in, and
    // with it which pairs are already joined when reached (the pair count, not the components).
    Map<Long, IntList> buckets = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      SignedDocument doc = docs.get(i);
      for (int b = 0; b < doc.bandCount(); b++) {
        buckets.computeIfAbsent(doc.band(b), k -> new IntList()).add(positionOf[i]);
      }
    }
    UnionFind components = new UnionFind(byId.length);
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
      Arrays.sort(bucket.values, 0, size);  // id order
      // The members' roots, looked up once and kept current through this bucket's own joins: most
      // pairs of a story's documents meet in many buckets, and are skipped by one int comparison.
      if (roots.length < size) {
        roots = new int[Math.max(size, 2 * roots.length)];
      }
      for (int x = 0; x < size; x++) {
        roots[x] = components.find(node[bucket.values[x]]);
      }
      for (int x = 0; x < size; x++) {
        SignedDocument a = byId[bucket.values[x]];
        for (int y = x + 1; y < size; y++) {
          if (roots[x] == roots[y]) {
            continue;
          }
          pairsCompared++;
          if (a.similarityAtLeast(byId[bucket.values[y]], threshold)) {
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
    Map<String, String> linked = new TreeMap<>();
    for (int i = 0; i < byId.length; i++) {
      if (components.isJoined(node[i])) {
        linked.put(byId[i].docId(), byId[components.find(node[i])].docId());
      }
    }
    return linked;
  }

  public long pairsCompared() {
    return pairsCompared;
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

  /** Union-find over 0..n-1 whose root is the smallest member, so the result is order-independent. */
  private static final class UnionFind {
    private final int[] parent;
    private final boolean[] joined;

    UnionFind(int n) {
      parent = new int[n];
      joined = new boolean[n];
      for (int i = 0; i < n; i++) {
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
      if (ra < rb) {
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
