package io.claimcheck.story;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class MinHashTest {

  private static Set<String> range(int from, int to) {
    Set<String> out = new TreeSet<>();
    for (int i = from; i < to; i++) {
      out.add("w:f" + i);
    }
    return out;
  }

  @Test
  public void signaturesAreFixedAcrossInstances() {
    assertThat(MinHash.of(64).signature(range(0, 50))).isEqualTo(MinHash.of(64).signature(range(0, 50)));
  }

  @Test
  public void similarityEstimatesJaccard() {
    MinHash mh = MinHash.of(512);
    // |A ∩ B| = 50, |A ∪ B| = 150: Jaccard 1/3.
    double estimate = MinHash.similarity(mh.signature(range(0, 100)), mh.signature(range(50, 150)));
    assertThat(estimate).isWithin(0.06).of(1.0 / 3);
    assertThat(MinHash.similarity(mh.signature(range(0, 100)), mh.signature(range(0, 100)))).isEqualTo(1.0);
    assertThat(MinHash.similarity(mh.signature(range(0, 100)), mh.signature(range(100, 200)))).isLessThan(0.03);
  }

  @Test
  public void identicalSignaturesShareEveryBandKey() {
    MinHash mh = MinHash.of(8);
    long[] a = mh.signature(range(0, 20));
    long[] keys = MinHash.bandHashes(a, 4, 2);
    assertThat(keys).hasLength(4);
    assertThat(MinHash.bandHashes(a.clone(), 4, 2)).isEqualTo(keys);
  }

  @Test
  public void equalValuesInDifferentBandsGiveDifferentKeys() {
    long[] keys = MinHash.bandHashes(new long[] {7, 7, 7, 7}, 2, 2);
    assertThat(keys[0]).isNotEqualTo(keys[1]);
  }

  @Test
  public void aBandKeyChangesWhenOneOfItsValuesChanges() {
    long[] a = MinHash.of(4).signature(range(0, 20));
    long[] b = a.clone();
    b[3]++;
    long[] ka = MinHash.bandHashes(a, 2, 2);
    long[] kb = MinHash.bandHashes(b, 2, 2);
    assertThat(kb[0]).isEqualTo(ka[0]);
    assertThat(kb[1]).isNotEqualTo(ka[1]);
  }

  @Test
  public void tooManyBandsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> MinHash.bandHashes(new long[4], 3, 2));
  }

  @Test
  public void similarPairsBecomeCandidatesFarMoreOftenThanDissimilarOnes() {
    MinHash mh = MinHash.of(256);
    int similar = 0;
    int dissimilar = 0;
    for (int t = 0; t < 20; t++) {
      int base = t * 1000;
      long[] a = mh.signature(range(base, base + 100));
      long[] b = mh.signature(range(base + 40, base + 140)); // Jaccard 0.43
      long[] c = mh.signature(range(base + 500, base + 600)); // disjoint
      similar += shareAKey(a, b) ? 1 : 0;
      dissimilar += shareAKey(a, c) ? 1 : 0;
    }
    assertThat(similar).isEqualTo(20);
    assertThat(dissimilar).isEqualTo(0);
  }

  private static boolean shareAKey(long[] a, long[] b) {
    long[] ka = MinHash.bandHashes(a, 64, 2);
    long[] kb = MinHash.bandHashes(b, 64, 2);
    for (int i = 0; i < ka.length; i++) {
      if (ka[i] == kb[i]) {
        return true;
      }
    }
    return false;
  }

  @Test
  public void hashesAreSortedAndDistinct() {
    long[] h = MinHash.hashes(List.of("w:b", "w:a", "e:c"));
    assertThat(h).hasLength(3);
    assertThat(h[0]).isLessThan(h[1]);
    assertThat(h[1]).isLessThan(h[2]);
  }

  @Test
  public void jaccardAtLeastAgreesWithJaccardOnRandomSetsAndThresholds() {
    Random random = new Random(11);
    // Thresholds that some ratio c / (la + lb - c) hits exactly, and ones in between.
    double[] thresholds = {0.35, 0.5, 1.0 / 3, 0.12, 0.25, 0.2, 0.6, 1.0, 0.01, 0.999};
    int agreedTrue = 0;
    for (int round = 0; round < 20_000; round++) {
      int universe = 1 + random.nextInt(40);
      long[] a = random.longs(random.nextInt(25), 0, universe).sorted().distinct().toArray();
      long[] b = random.longs(random.nextInt(25), 0, universe).sorted().distinct().toArray();
      for (double t : thresholds) {
        boolean expected = MinHash.jaccard(a, b) >= t;
        assertThat(MinHash.jaccardAtLeast(a, b, t)).isEqualTo(expected);
        agreedTrue += expected ? 1 : 0;
      }
    }
    assertThat(agreedTrue).isGreaterThan(1_000);
  }

  @Test
  public void jaccardAtLeastOnEdges() {
    assertThat(MinHash.jaccardAtLeast(new long[0], new long[0], 0.35)).isFalse();
    // Hashes use the whole signed range.
    long[] wide = {Long.MIN_VALUE, -1, 5, Long.MAX_VALUE};
    long[] narrow = {Long.MIN_VALUE, 5, Long.MAX_VALUE};
    assertThat(MinHash.jaccardAtLeast(wide, narrow, 0.75)).isTrue();
    assertThat(MinHash.jaccardAtLeast(narrow, wide, 0.76)).isFalse();
    assertThat(MinHash.jaccardAtLeast(new long[] {1, 2}, new long[] {1, 2}, 1.0)).isTrue();
    // 2 common of 6 distinct: exactly 1/3.
    assertThat(MinHash.jaccardAtLeast(new long[] {1, 2, 3, 4}, new long[] {3, 4, 5, 6}, 2.0 / 6)).isTrue();
    assertThat(MinHash.jaccardAtLeast(new long[] {1, 2, 3, 4}, new long[] {3, 4, 5, 6}, 0.34)).isFalse();
    // A set much smaller than the other cannot reach a high threshold whatever it shares.
    assertThat(MinHash.jaccardAtLeast(new long[] {1}, new long[] {1, 2, 3, 4}, 0.3)).isFalse();
  }

  @Test
  public void commonNeededIsTheSmallestCountThatReachesTheThreshold() {
    for (int la = 0; la < 30; la++) {
      for (int lb = 0; lb < 30; lb++) {
        if (la + lb == 0) {
          continue;
        }
        for (double t : new double[] {0.12, 0.35, 0.5, 1.0 / 3, 1.0}) {
          int expected = Math.min(la, lb) + 1;
          for (int c = 0; c <= Math.min(la, lb); c++) {
            if ((double) c / (la + lb - c) >= t) {
              expected = c;
              break;
            }
          }
          assertThat(MinHash.commonNeeded(la, lb, t)).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  public void jaccardIsExact() {
    assertThat(MinHash.jaccard(new long[] {1, 2, 3, 4}, new long[] {3, 4, 5, 6})).isWithin(1e-12).of(2.0 / 6);
    assertThat(MinHash.jaccard(new long[] {1}, new long[] {1})).isEqualTo(1.0);
    assertThat(MinHash.jaccard(new long[0], new long[0])).isEqualTo(0.0);
  }

  @Test
  public void signatureOfHashesEqualsSignatureOfTheFeatures() {
    MinHash mh = MinHash.of(16);
    List<String> features = List.of("w:storm", "e:halvern", "w:coast");
    assertThat(mh.signatureOfHashes(MinHash.hashes(features))).isEqualTo(mh.signature(features));
  }
}
