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

  private final double threshold;
  private long pairsChecked;

  /** Groups at similarity ≥ {@code threshold}, in (0, 1]. */
  CopyGroups(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
  }

  /** The components of {@code docs} (signatures of one length) linked at the threshold. */
  Components of(List<FindCopies.Signed> docs) {
    Components components = new Components();
    if (docs.size() <= ALL_PAIRS_UP_TO) {
      for (int i = 0; i < docs.size(); i++) {
        for (int j = i + 1; j < docs.size(); j++) {
          pairsChecked++;
          if (docs.get(i).similarity(docs.get(j)) >= threshold) {
            components.union(docs.get(i).docId(), docs.get(j).docId());
          }
        }
      }
      return components;
    }
    int length = docs.get(0).length();
    int bands = Math.min(length, length - fewestAgreeing(length, threshold) + 1);
    String[] roots = new String[0];
    for (int band = 0; band < bands; band++) {
      int from = band * length / bands;
      int to = (band + 1) * length / bands;
      Map<Long, List<FindCopies.Signed>> buckets = new HashMap<>();
      for (FindCopies.Signed doc : docs) {
        buckets.computeIfAbsent(doc.bandHash(from, to, band), k -> new ArrayList<>(2)).add(doc);
      }
      for (List<FindCopies.Signed> bucket : buckets.values()) {
        int size = bucket.size();
        if (size < 2) {
          continue;
        }
        // A group of copies meets in every band: its members' roots, looked up once per bucket and
        // kept current, skip the pairs already joined, and a bucket already one group entirely.
        if (roots.length < size) {
          roots = new String[Math.max(size, 2 * roots.length)];
        }
        boolean oneGroup = true;
        for (int x = 0; x < size; x++) {
          roots[x] = components.find(bucket.get(x).docId());
          oneGroup &= roots[x].equals(roots[0]);
        }
        if (oneGroup) {
          continue;
        }
        for (int x = 0; x < size; x++) {
          for (int y = x + 1; y < size; y++) {
            if (roots[x].equals(roots[y])) {
              continue;
            }
            pairsChecked++;
            if (bucket.get(x).similarity(bucket.get(y)) >= threshold) {
              String ra = roots[x];
              String rb = roots[y];
              components.union(ra, rb);
              String joined = components.find(ra);
              for (int z = 0; z < size; z++) {
                if (roots[z].equals(ra) || roots[z].equals(rb)) {
                  roots[z] = joined;
                }
              }
            }
          }
        }
      }
    }
    return components;
  }

  /** Pairs whose similarity was computed, over every call of {@link #of}. */
  long pairsChecked() {
    return pairsChecked;
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
