package io.claimcheck.story;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.List;
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
