package io.claimcheck.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The copy groups of one story: the connected components of its documents' pairs whose signature
 * similarity reaches the threshold.
 *
 * <p>A story of a few dozen documents is checked pair by pair. A larger one would cost a number of
 * pairs quadratic in its size (a story of 150,000 documents, from a chain of weak links in a corpus of
 * millions, kept one core busy for over twenty minutes), so its documents are first bucketed by
 * bands of signature positions, and only documents that agree on a whole band are compared. That
 * misses no pair: at similarity ≥ t two signatures of n values differ in at most {@code m} positions
 * ({@code n - m} the fewest agreeing that reach t), and {@code m + 1} disjoint bands cannot all hold
 * one of them. So the groups are the same either way, and unrelated documents, which agree on few
 * positions, rarely meet.
 */
final class CopyGroups {

  /** Up to this many documents, every pair is checked. */
  static final int ALL_PAIRS_UP_TO = 64;

  private CopyGroups() {}

  /** The components of {@code docs} (signatures of one length) linked at similarity ≥ {@code threshold}. */
  static Components of(List<FindCopies.Signed> docs, double threshold) {
    Components components = new Components();
    if (docs.size() <= ALL_PAIRS_UP_TO) {
      for (int i = 0; i < docs.size(); i++) {
        for (int j = i + 1; j < docs.size(); j++) {
          if (docs.get(i).similarity(docs.get(j)) >= threshold) {
            components.union(docs.get(i).docId(), docs.get(j).docId());
          }
        }
      }
      return components;
    }
    int length = docs.get(0).length();
    int bands = Math.min(length, length - fewestAgreeing(length, threshold) + 1);
    for (int band = 0; band < bands; band++) {
      int from = band * length / bands;
      int to = (band + 1) * length / bands;
      Map<Long, List<FindCopies.Signed>> buckets = new HashMap<>();
      for (FindCopies.Signed doc : docs) {
        buckets.computeIfAbsent(doc.bandHash(from, to), k -> new ArrayList<>(2)).add(doc);
      }
      for (List<FindCopies.Signed> bucket : buckets.values()) {
        for (int x = 0; x < bucket.size(); x++) {
          FindCopies.Signed a = bucket.get(x);
          for (int y = x + 1; y < bucket.size(); y++) {
            FindCopies.Signed b = bucket.get(y);
            // Pairs already in one group (copies meet in every band) are not checked again.
            if (!components.find(a.docId()).equals(components.find(b.docId())) && a.similarity(b) >= threshold) {
              components.union(a.docId(), b.docId());
            }
          }
        }
      }
    }
    return components;
  }

  /**
   * The fewest agreeing positions e of {@code length} with {@code (double) e / length >= threshold}
   * (the comparison {@link MinHash#similarity} feeds), or {@code length + 1} when none reaches it.
   */
  static int fewestAgreeing(int length, double threshold) {
    int e = (int) Math.max(0, Math.min(length + 1, Math.ceil(threshold * length)));
    while (e > 0 && (double) (e - 1) / length >= threshold) {
      e--;
    }
    while (e <= length && !((double) e / length >= threshold)) {
      e++;
    }
    return e;
  }
}
