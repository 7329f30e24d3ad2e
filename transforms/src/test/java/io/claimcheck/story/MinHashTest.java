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
    List<String> keys = MinHash.bandKeys(a, 4, 2);
    assertThat(keys).hasSize(4);
    assertThat(MinHash.bandKeys(a.clone(), 4, 2)).isEqualTo(keys);
    assertThat(keys.get(0)).startsWith("0:");
    assertThat(keys.get(3)).startsWith("3:");
  }

  @Test
  public void aBandKeyChangesWhenOneOfItsValuesChanges() {
    long[] a = MinHash.of(4).signature(range(0, 20));
    long[] b = a.clone();
    b[3]++;
    List<String> ka = MinHash.bandKeys(a, 2, 2);
    List<String> kb = MinHash.bandKeys(b, 2, 2);
    assertThat(kb.get(0)).isEqualTo(ka.get(0));
    assertThat(kb.get(1)).isNotEqualTo(ka.get(1));
  }

  @Test
  public void tooManyBandsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> MinHash.bandKeys(new long[4], 3, 2));
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
    List<String> ka = new ArrayList<>(MinHash.bandKeys(a, 128, 2));
    ka.retainAll(MinHash.bandKeys(b, 128, 2));
    return !ka.isEmpty();
  }
}
