package io.claimcheck.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links the candidate pairs of one shard of LSH band keys: documents that share a band key are
 * compared, and pairs whose feature similarity reaches the threshold are joined into components.
 *
 * <p>A band key lives in exactly one shard, so every bucket is whole here and the components found
 * do not depend on how keys are spread over shards or in which order documents arrive: they are the
 * connected components of the verified pairs, rooted at their smallest id ({@link Components}). A
 * pair already in one component is not compared again (that changes only the pair count). Not
 * thread-safe; one instance per shard.
 */
public final class ShardLinker {

  private final double threshold;
  private final int maxBucketSize;
  private final Map<Long, List<SignedDocument>> buckets = new HashMap<>();
  private long pairsCompared;
  private long pairsLinked;
  private long oversizedBuckets;

  /** Buckets with more than {@code maxBucketSize} documents are skipped (boilerplate, quadratic). */
  public ShardLinker(double threshold, int maxBucketSize) {
    this.threshold = threshold;
    this.maxBucketSize = maxBucketSize;
  }

  /** Puts {@code doc} into the bucket of each of its band keys. */
  public void add(SignedDocument doc) {
    for (int i = 0; i < doc.bandCount(); i++) {
      buckets.computeIfAbsent(doc.band(i), k -> new ArrayList<>(2)).add(doc);
    }
  }

  /** Every linked document mapped to the smallest id of its component (roots map to themselves). */
  public Map<String, String> link() {
    Components components = new Components();
    for (List<SignedDocument> bucket : buckets.values()) {
      if (bucket.size() < 2) {
        continue;
      }
      if (bucket.size() > maxBucketSize) {
        oversizedBuckets++;
        continue;
      }
      bucket.sort(Comparator.comparing(SignedDocument::docId));
      for (int i = 0; i < bucket.size(); i++) {
        SignedDocument a = bucket.get(i);
        for (int j = i + 1; j < bucket.size(); j++) {
          SignedDocument b = bucket.get(j);
          if (components.find(a.docId()).equals(components.find(b.docId()))) {
            continue;
          }
          pairsCompared++;
          if (a.similarity(b) >= threshold) {
            pairsLinked++;
            components.union(a.docId(), b.docId());
          }
        }
      }
    }
    return components.roots();
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
}
