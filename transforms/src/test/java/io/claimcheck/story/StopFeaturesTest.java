package io.claimcheck.story;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class StopFeaturesTest {

  // Two outlets of four documents: feature 7 is in all eight, 100 in all of outlet A's, 200 in
  // two of outlet B's, 300 in one document of each; the rest are each document's own.
  private static List<SignedDocument> corpus(long a, long b) {
    List<SignedDocument> docs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      docs.add(new SignedDocument("a" + i, a, sorted(7, 100, 1000 + i, i == 0 ? 300 : 1100 + i), new long[0]));
      docs.add(new SignedDocument("b" + i, b, sorted(7, 2000 + i, i < 2 ? 200 : 2100 + i, i == 0 ? 300 : 2200 + i),
          new long[0]));
    }
    return docs;
  }

  private static long[] sorted(long... features) {
    return java.util.Arrays.stream(features).sorted().toArray();
  }

  @Test
  public void findsTheCommonFeaturesAndEachOutletsOwn() {
    long a = Outlets.hash("alpha");
    long b = Outlets.hash("beta");
    // Common: in more than 60 % of the eight (and one); an outlet's own: in more than half of its
    // four (and one).
    StopFeatures stop = StopFeatures.count(corpus(a, b), 8, Map.of(a, 4L, b, 4L),
        CommonFeatures.above(0.6, 1), CommonFeatures.above(0.5, 1));
    assertThat(stop.common()).containsExactly(7L);
    // 100 is outlet A's; 200 is in only half of B's, 300 in one of each; 7 is common already.
    assertThat(stop.outletOwn()).containsExactly(Outlets.featureKey(a, 100));

    Set<Long> all = new HashSet<>(stop.common());
    all.addAll(stop.outletOwn());
    SignedDocument ofA = corpus(a, b).get(0);
    assertThat(ofA.withFeaturesWhere(StopFeatures.keptOf(all, a)).featureCount()).isEqualTo(2);  // 300, 1000
    // The same features in a document of no known outlet: only the common one goes.
    SignedDocument unknown = new SignedDocument("u", sorted(7, 100, 300, 1000), new long[0]);
    assertThat(unknown.withFeaturesWhere(StopFeatures.keptOf(all, Outlets.NONE)).featureCount()).isEqualTo(3);
  }

  @Test
  public void outletsCountOnlyInALargeInputAndOnlyWhenKnown() {
    long a = Outlets.hash("alpha");
    long b = Outlets.hash("beta");
    // Too small for common features (more than 60 % and more than 10): no outlet is counted either.
    StopFeatures small = StopFeatures.count(corpus(a, b), 8, Map.of(a, 4L, b, 4L),
        CommonFeatures.above(0.6, 10), CommonFeatures.above(0.5, 1));
    assertThat(small.common()).isEmpty();
    assertThat(small.outletOwn()).isEmpty();
    // Outlets unknown: only common features.
    StopFeatures unknown = StopFeatures.count(corpus(Outlets.NONE, Outlets.NONE), 8, Map.of(),
        CommonFeatures.above(0.6, 1), CommonFeatures.above(0.5, 1));
    assertThat(unknown.common()).containsExactly(7L);
    assertThat(unknown.outletOwn()).isEmpty();
  }
}
