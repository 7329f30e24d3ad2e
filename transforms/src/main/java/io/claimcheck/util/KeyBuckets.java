package io.claimcheck.util;

/**
 * Spreads fine-grained keys (document ids, file names, story ids) over a fixed number of buckets,
 * used as the keys of a GroupByKey instead of the fine keys themselves. The work for each fine key
 * is then done in memory inside its bucket.
 *
 * <p>Why: every key of a GroupByKey is its own bundle on the Direct Runner, and the Direct Runner
 * pays a fixed cost per bundle in every later step (evaluator set-up, watermark bookkeeping, DoFn
 * copies), so per-document or per-topic keys cost more than the work itself. A few dozen buckets
 * still give every runner enough keys to spread over its workers. The bucket depends only on the
 * key ({@link String#hashCode} is specified), so runs are reproducible.
 */
public final class KeyBuckets {

  /** Default number of buckets: a few per core of a laptop, enough keys for a small cluster. */
  public static final int DEFAULT_BUCKETS = 64;

  private KeyBuckets() {}

  /** The bucket of {@code key}, in {@code [0, buckets)}. */
  public static int of(String key, int buckets) {
    requireValid(buckets);
    // Mix the bits: String.hashCode of similar ids ("doc-001", "doc-002") differs in its low bits only.
    int h = key.hashCode() * 0x9E3779B9;
    return Math.floorMod(h ^ (h >>> 16), buckets);
  }

  /** Checks a bucket count given as configuration. */
  public static int requireValid(int buckets) {
    if (buckets < 1) {
      throw new IllegalArgumentException("buckets must be positive, got " + buckets);
    }
    return buckets;
  }
}
