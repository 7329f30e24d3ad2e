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

  @Test
  public void aStoryAnOutletGivesItsDayToIsNotItsOwnWhenOthersReportItToo() {
    // A local paper's four reports all name the flood (500) and its masthead (100); two national
    // outlets run three flood reports each among their four.
    long local = Outlets.hash("local");
    long wire = Outlets.hash("wire");
    long national = Outlets.hash("national");
    List<SignedDocument> docs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      docs.add(new SignedDocument("l" + i, local, sorted(100, 500, 1000 + i), new long[0]));
      docs.add(new SignedDocument("w" + i, wire, sorted(i < 3 ? 500 : 600, 2000 + i), new long[0]));
      docs.add(new SignedDocument("n" + i, national, sorted(i < 3 ? 500 : 600, 3000 + i), new long[0]));
    }
    StopFeatures stop = StopFeatures.count(docs, 12, Map.of(local, 4L, wire, 4L, national, 4L),
        CommonFeatures.above(0.9, 1), CommonFeatures.above(0.5, 1));
    assertThat(stop.common()).isEmpty();
    // The flood is in more than half of each outlet's reports, but 4 of its 10 are the local
    // paper's: only the masthead is the paper's own.
    assertThat(stop.outletOwn()).containsExactly(Outlets.featureKey(local, 100));
  }

  @Test
  public void aFullReportLeftWithTooFewFeaturesIsSignedOnItsCommonOnesButNotItsOutletsOwn() {
    long outlet = Outlets.hash("courier");
    // 45 features: 40 common to the input (a dominant story's words), the outlet's masthead (900),
    // and four of its own.
    long[] features = new long[45];
    for (int i = 0; i < 40; i++) {
      features[i] = i;
    }
    features[40] = 900;
    for (int i = 41; i < 45; i++) {
      features[i] = 1000 + i;
    }
    Set<Long> stop = new HashSet<>();
    for (long f = 0; f < 40; f++) {
      stop.add(f);
    }
    stop.add(Outlets.featureKey(outlet, 900));
    SignedDocument report = new SignedDocument("report", outlet, sorted(features), new long[0]);
    StopFeatures.Signing signing = StopFeatures.signing(report, stop, 5);
    assertThat(signing.mostlyCommon()).isTrue();
    assertThat(signing.document().featureCount()).isEqualTo(44); // all but the masthead
    assertThat(signing.document().sharesAtLeast(new SignedDocument("m", new long[] {900}, new long[0]), 1)).isFalse();
    // With five of its own left it is signed on those, as any document.
    long[] more = java.util.Arrays.copyOf(features, 46);
    more[45] = 2000;
    StopFeatures.Signing enough = StopFeatures.signing(
        new SignedDocument("report", outlet, sorted(more), new long[0]), stop, 5);
    assertThat(enough.mostlyCommon()).isFalse();
    assertThat(enough.document().featureCount()).isEqualTo(5);
    // Turned off by a minimum of 0.
    assertThat(StopFeatures.signing(report, stop, 0).mostlyCommon()).isFalse();
  }

  @Test
  public void aBriefLeftWithTooFewFeaturesStaysSo() {
    // A 12-feature brief of the same kind: its common words would link it to other events' briefs.
    long[] features = java.util.stream.LongStream.range(0, 12).toArray();
    Set<Long> stop = new HashSet<>(java.util.stream.LongStream.range(0, 10).boxed().toList());
    StopFeatures.Signing signing = StopFeatures.signing(new SignedDocument("brief", features, new long[0]), stop, 5);
    assertThat(signing.mostlyCommon()).isFalse();
    assertThat(signing.document().featureCount()).isEqualTo(2);
  }

  @Test
  public void mostlyCommonBandKeysAreMovedApartTheSameWayEveryTime() {
    long[] keys = {0, 1, -7, Long.MAX_VALUE};
    long[] moved = StopFeatures.mostlyCommonBands(keys);
    assertThat(moved).isEqualTo(StopFeatures.mostlyCommonBands(keys.clone()));
    for (int i = 0; i < keys.length; i++) {
      for (long key : keys) {
        assertThat(moved[i]).isNotEqualTo(key);
      }
    }
    assertThat(keys).isEqualTo(new long[] {0, 1, -7, Long.MAX_VALUE}); // not changed in place
  }
}
