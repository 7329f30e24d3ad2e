package io.claimcheck.story;

import java.util.Arrays;

/**
 * The cap on links per document: each document keeps its {@code max} partners first in the pivot
 * order ({@link #before}: a hash of the id, then the id), and a link stays when either end keeps
 * it. Kept as links are offered, so which partners are kept does not depend on the order they
 * arrive in; memory is {@code max} ints per linked document, not every link. {@link ShardLinker}
 * caps each shard's links with it and {@link StoryGraph} all of them, which gives the cap of all the
 * links whatever the number of shards. Documents are numbered nodes with distinct ids. Not
 * thread-safe.
 */
final class PartnerCap {

  private final String[] ids;
  private final long[] hash;
  private final int max;
  private final int[][] best;
  private final int[] count;

  /** For nodes {@code 0 .. ids.length-1}; {@code hash[v]} is {@link #pivotHash} of {@code ids[v]}. */
  PartnerCap(String[] ids, long[] hash, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be positive: " + max);
    }
    this.ids = ids;
    this.hash = hash;
    this.max = max;
    this.best = new int[ids.length][];
    this.count = new int[ids.length];
  }

  /** A mixed hash of a document id (the finalizer of SplitMix64 over the string's hash). */
  static long pivotHash(String docId) {
    long z = docId.hashCode() * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** {@link #pivotHash} of each id, in the same order. */
  static long[] pivotHashes(String[] ids) {
    long[] hashes = new long[ids.length];
    for (int i = 0; i < ids.length; i++) {
      hashes[i] = pivotHash(ids[i]);
    }
    return hashes;
  }

  /**
   * Whether the document of hash {@code hx} and id {@code x} comes before that of {@code hy} and
   * {@code y} in the pivot order: by the hash (spread, and the same in every bucket and shard), then
   * by id. The order pivots are taken in ({@link ShardLinker}) and partners kept in.
   */
  static boolean before(long hx, String x, long hy, String y) {
    int c = Long.compare(hx, hy);
    return c != 0 ? c < 0 : x.compareTo(y) < 0;
  }

  /** Offers the link between nodes {@code a} and {@code b} to both ends. */
  void offer(int a, int b) {
    keep(a, b);
    keep(b, a);
  }

  private boolean before(int x, int y) {
    return before(hash[x], ids[x], hash[y], ids[y]);
  }

  private void keep(int doc, int partner) {
    int[] kept = best[doc];
    if (kept == null) {
      kept = best[doc] = new int[Math.min(max, 4)];
    }
    int n = count[doc];
    int worst = -1;
    for (int k = 0; k < n; k++) {
      if (kept[k] == partner) {
        return; // a link offered twice
      }
      if (worst < 0 || before(kept[worst], kept[k])) {
        worst = k;
      }
    }
    if (n < max) {
      if (n == kept.length) {
        kept = best[doc] = Arrays.copyOf(kept, Math.min(max, 2 * n));
      }
      kept[count[doc]++] = partner;
    } else if (before(partner, kept[worst])) {
      kept[worst] = partner;
    }
  }

  private boolean keepsOwn(int doc, int partner) {
    for (int k = 0; k < count[doc]; k++) {
      if (best[doc][k] == partner) {
        return true;
      }
    }
    return false;
  }

  /** Whether the offered link between {@code a} and {@code b} stays: either end keeps it. */
  boolean keeps(int a, int b) {
    return keepsOwn(a, b) || keepsOwn(b, a);
  }

  /** Receives a kept link. */
  interface LinkConsumer {
    void accept(int a, int b);
  }

  /** Each link that stays, once (as it was kept by {@code a}). */
  void forEachKept(LinkConsumer out) {
    for (int a = 0; a < best.length; a++) {
      for (int k = 0; k < count[a]; k++) {
        int b = best[a][k];
        if (b > a || !keepsOwn(b, a)) {
          out.accept(a, b);
        }
      }
    }
  }
}
