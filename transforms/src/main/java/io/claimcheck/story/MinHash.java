package io.claimcheck.story;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;

/**
 * MinHash signatures with fixed seeds, their estimated Jaccard similarity, and LSH band keys.
 *
 * <p>Seeds and the feature hash are fixed constants (no {@code String.hashCode}, no random state),
 * so every worker of every runner computes the same signature for the same features. Immutable.
 */
public final class MinHash {

  private final long[] seeds;

  private MinHash(int numHashes) {
    if (numHashes < 1) {
      throw new IllegalArgumentException("numHashes must be positive: " + numHashes);
    }
    seeds = new long[numHashes];
    for (int i = 0; i < numHashes; i++) {
      seeds[i] = mix(0x9E3779B97F4A7C15L * (i + 1));
    }
  }

  /** Signatures of {@code numHashes} values. */
  public static MinHash of(int numHashes) {
    return new MinHash(numHashes);
  }

  public int numHashes() {
    return seeds.length;
  }

  /** The signature of {@code features}; all {@link Long#MAX_VALUE} for an empty set. */
  public long[] signature(Collection<String> features) {
    long[] mins = new long[seeds.length];
    Arrays.fill(mins, Long.MAX_VALUE);
    for (String feature : features) {
      long base = hash(feature);
      for (int i = 0; i < seeds.length; i++) {
        long h = mix(base ^ seeds[i]);
        if (h < mins[i]) {
          mins[i] = h;
        }
      }
    }
    return mins;
  }

  /** The signature of features given by their {@link #hashes}; all {@link Long#MAX_VALUE} when empty. */
  public long[] signatureOfHashes(long[] featureHashes) {
    long[] mins = new long[seeds.length];
    Arrays.fill(mins, Long.MAX_VALUE);
    for (long base : featureHashes) {
      for (int i = 0; i < seeds.length; i++) {
        long h = mix(base ^ seeds[i]);
        if (h < mins[i]) {
          mins[i] = h;
        }
      }
    }
    return mins;
  }

  /** The sorted, distinct 64-bit hashes of {@code features}: a compact stand-in for the set. */
  public static long[] hashes(Collection<String> features) {
    return features.stream().mapToLong(MinHash::hash).sorted().distinct().toArray();
  }

  /** The exact Jaccard similarity of two sorted, distinct hash sets ({@link #hashes}); 0 when both are empty. */
  public static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  /**
   * Whether {@code jaccard(a, b) >= threshold}, decided as soon as the outcome is certain: once the
   * common hashes reach the number needed, or once too few are left to reach it. Same answer as
   * comparing {@link #jaccard} with the threshold; most candidate pairs are unrelated articles,
   * rejected within the first part of the merge.
   */
  public static boolean jaccardAtLeast(long[] a, long[] b, double threshold) {
    if (a.length + b.length == 0) {
      return 0 >= threshold;
    }
    return commonAtLeast(a, b, commonNeeded(a.length, b.length, threshold));
  }

  /**
   * Whether the sorted, distinct hash sets {@code a} and {@code b} share at least {@code need}
   * hashes, decided as soon as the outcome is certain (see {@link #jaccardAtLeast}).
   */
  public static boolean commonAtLeast(long[] a, long[] b, int need) {
    if (need > Math.min(a.length, b.length)) {
      return false;
    }
    if (need <= 0) {
      return true;
    }
    int la = a.length;
    int lb = b.length;
    int i = 0;
    int j = 0;
    int common = 0;
    // Which side advances is a coin toss for unrelated documents, so it is computed, not branched
    // on: the JIT makes conditional moves of it. Twice as fast on arrays in the cache; a large
    // shard's are not, and there memory sets the pace (BENCHMARKS.md).
    while (i < la && j < lb) {
      long x = a[i];
      long y = b[j];
      if (x == y && ++common >= need) {
        return true;
      }
      i += x <= y ? 1 : 0;
      j += y <= x ? 1 : 0;
      if (common + Math.min(la - i, lb - j) < need) {
        return false;
      }
    }
    return false;
  }

  /**
   * The fewest common hashes c with {@code (double) c / (la + lb - c) >= threshold} (the expression
   * {@link #jaccard} computes, increasing in c), or {@code min(la, lb) + 1} when no c reaches it.
   */
  static int commonNeeded(int la, int lb, double threshold) {
    int total = la + lb;
    int max = Math.min(la, lb);
    int c = (int) Math.max(0, Math.min(max + 1, Math.ceil(threshold * total / (1 + threshold))));
    while (c > 0 && (double) (c - 1) / (total - (c - 1)) >= threshold) {
      c--;
    }
    while (c <= max && !((double) c / (total - c) >= threshold)) {
      c++;
    }
    return c;
  }

  /**
   * The LSH band keys of {@code signature} as 64-bit hashes, one per band; the band's index is part
   * of its hash, so equal values in different bands give different keys.
   */
  public static long[] bandHashes(long[] signature, int bands, int rows) {
    if (bands * rows > signature.length) {
      throw new IllegalArgumentException(
          bands + " bands of " + rows + " rows need " + bands * rows + " values, not " + signature.length);
    }
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      keys[b] = bandHash(signature, b * rows, (b + 1) * rows, b);
    }
    return keys;
  }

  /**
   * The hash of the values of {@code signature} at positions {@code from} (inclusive) to {@code to},
   * seeded with {@code band}: equal values of one band, equal hashes.
   */
  static long bandHash(long[] signature, int from, int to, int band) {
    long h = mix(0x84222325CBF29CE4L + band);
    for (int i = from; i < to; i++) {
      h = mix(h ^ signature[i]) + (i - from);
    }
    return h;
  }

  /** Estimated Jaccard similarity: the share of positions where the signatures agree. */
  public static double similarity(long[] a, long[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("signatures of different lengths: " + a.length + ", " + b.length);
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return a.length == 0 ? 0 : (double) same / a.length;
  }

  /** 64-bit FNV-1a over the UTF-8 bytes, finished with {@link #mix}. */
  static long hash(String feature) {
    long h = 0xcbf29ce484222325L;
    for (byte b : feature.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** The MurmurHash3 64-bit finalizer: spreads every input bit over the whole value. */
  static long mix(long z) {
    z ^= z >>> 33;
    z *= 0xff51afd7ed558ccdL;
    z ^= z >>> 33;
    z *= 0xc4ceb9fe1a85ec53L;
    z ^= z >>> 33;
    return z;
  }
}
