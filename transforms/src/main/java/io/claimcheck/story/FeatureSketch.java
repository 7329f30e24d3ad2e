package io.claimcheck.story;

/**
 * Bit sketches of the feature sets of a shard's documents, kept side by side in one array, that bound
 * from above how many features two documents share: a candidate pair whose bound is below what the
 * {@link LinkRule} needs is rejected without reading either feature array.
 *
 * <p>Each feature sets one bit (low bits of its hash). Where both sketches have a bit, the two sets
 * share at most one feature there plus the features that fell on a bit already set (the set's
 * collisions); elsewhere none. So {@code common <= bitCount(a & b) + min(collisionsA, collisionsB)}:
 * an exact bound, never an estimate, so linking finds the same links with or without it. Most
 * candidate pairs are unrelated articles; their sketches share few bits. A sketch has about four bits
 * per feature of the shard's mean document (64 to 1,024 bits: one or two cache lines where a feature
 * array is dozens), since a sketch much fuller than that bounds too loosely to reject anything.
 */
final class FeatureSketch {

  private static final int MAX_WORDS = 16;

  private final int wordsPerSketch;
  private final long[] words;
  private final int[] counts;
  private final int[] collisions;

  /** Sketches of the feature sets of {@code docs}, in their order. */
  FeatureSketch(SignedDocument[] docs) {
    long features = 0;
    for (SignedDocument doc : docs) {
      features += doc.featureCount();
    }
    double wanted = docs.length == 0 ? 1 : 4.0 * features / docs.length / Long.SIZE;
    int size = 1;
    while (size < wanted && size < MAX_WORDS) {
      size *= 2;
    }
    wordsPerSketch = size;
    int bitMask = size * Long.SIZE - 1; // a power of two of bits
    words = new long[docs.length * size];
    counts = new int[docs.length];
    collisions = new int[docs.length];
    for (int d = 0; d < docs.length; d++) {
      int base = d * size;
      int count = docs[d].featureCount();
      counts[d] = count;
      for (int f = 0; f < count; f++) {
        int bit = (int) docs[d].feature(f) & bitMask;
        words[base + (bit >>> 6)] |= 1L << bit;
      }
      int bits = 0;
      for (int w = 0; w < size; w++) {
        bits += Long.bitCount(words[base + w]);
      }
      collisions[d] = count - bits;
    }
  }

  /** Bits per sketch. */
  int bits() {
    return wordsPerSketch * Long.SIZE;
  }

  /**
   * False when documents {@code a} and {@code b} (by index) cannot share {@code need} features;
   * true leaves it to the exact check ({@link SignedDocument#sharesAtLeast}).
   */
  boolean mayShare(int a, int b, int need) {
    return commonAtMost(a, b) >= need;
  }

  /** At least the number of features documents {@code a} and {@code b} share (by index). */
  int commonAtMost(int a, int b) {
    int baseA = a * wordsPerSketch;
    int baseB = b * wordsPerSketch;
    int shared = 0;
    for (int w = 0; w < wordsPerSketch; w++) {
      shared += Long.bitCount(words[baseA + w] & words[baseB + w]);
    }
    return shared + Math.min(collisions[a], collisions[b]);
  }
}
