package io.claimcheck.story;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Copy groups of large stories, found through bands, against checking every pair. */
@RunWith(JUnit4.class)
public class CopyGroupsTest {

  /** Every pair, the plain way. */
  private static Map<String, String> allPairs(List<FindCopies.Signed> docs, double threshold) {
    Components components = new Components();
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++) {
        if (docs.get(i).similarity(docs.get(j)) >= threshold) {
          components.union(docs.get(i).docId(), docs.get(j).docId());
        }
      }
    }
    return components.roots();
  }

  @Test
  public void bandsFindTheGroupsThatEveryPairFinds() {
    Random random = new Random(11);
    int groupsFound = 0;
    for (int round = 0; round < 60; round++) {
      int length = new int[] {128, 20, 7}[round % 3];
      double threshold = new double[] {0.8, 0.5, 0.9, 1.0, 0.05, 0.3}[random.nextInt(6)];
      // Values from a small range make positions agree by chance (and bands collide) too.
      long range = random.nextBoolean() ? Long.MAX_VALUE : 2 + random.nextInt(6);
      List<FindCopies.Signed> docs = new ArrayList<>();
      int n = CopyGroups.ALL_PAIRS_UP_TO + 1 + random.nextInt(250);
      for (int i = 0; i < n; i++) {
        long[] signature;
        if (i > 0 && random.nextInt(3) == 0) {
          // A near copy of an earlier document: a number of positions changed around what the
          // threshold allows, so pairs fall on both sides of it, some exactly at it.
          signature = docs.get(random.nextInt(i)).signatureUnsafe().clone();
          int allowed = length - CopyGroups.fewestAgreeing(length, threshold);
          int changes = Math.max(0, allowed - 2 + random.nextInt(5));
          for (int c = 0; c < changes; c++) {
            signature[random.nextInt(length)] = random.nextLong();
          }
        } else {
          signature = random.longs(length, 0, range).toArray();
        }
        docs.add(new FindCopies.Signed(String.format("d%04d", random.nextInt(10_000)) + "-" + i, signature));
      }
      Map<String, String> expected = allPairs(docs, threshold);
      assertThat(new CopyGroups(threshold).of(docs).roots()).isEqualTo(expected);
      groupsFound += expected.isEmpty() ? 0 : 1;
    }
    assertThat(groupsFound).isAtLeast(50);
  }

  @Test
  public void fewestAgreeingIsTheComparisonsBoundary() {
    for (int length : new int[] {1, 7, 20, 128, 1000}) {
      for (double threshold : new double[] {0.01, 0.1, 0.3, 0.5, 0.8, 0.9, 0.99, 1.0}) {
        int e = CopyGroups.fewestAgreeing(length, threshold);
        assertThat((double) e / length >= threshold).isTrue();
        assertThat((double) (e - 1) / length >= threshold).isFalse();
      }
    }
  }

  @Test
  public void aLargeStoryOfUnrelatedDocumentsKeepsItsCopyPairs() {
    // 20,000 unrelated documents and 100 copies (one position changed): through bands, not the
    // 200 million checks of every pair.
    Random random = new Random(3);
    List<FindCopies.Signed> docs = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      docs.add(new FindCopies.Signed(String.format("u%05d", i), random.longs(128).toArray()));
    }
    for (int i = 0; i < 100; i++) {
      long[] copy = docs.get(i * 7).signatureUnsafe().clone();
      copy[5] = 1;
      docs.add(new FindCopies.Signed(String.format("v%05d", i), copy));
    }
    CopyGroups groups = new CopyGroups(0.8);
    Map<String, String> roots = groups.of(docs).roots();
    assertThat(roots).hasSize(200);
    assertThat(roots.get("v00003")).isEqualTo("u00021");
    assertThat(groups.pairsChecked()).isLessThan(1000L);
  }

  @Test
  public void aLargeGroupOfCopiesIsCheckedOnceNotOncePerBand() {
    // 2,000 identical copies fall into one bucket in every band: joined in the first, skipped after.
    long[] signature = new Random(4).longs(128).toArray();
    List<FindCopies.Signed> docs = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      docs.add(new FindCopies.Signed(String.format("c%05d", i), signature));
    }
    CopyGroups groups = new CopyGroups(0.8);
    Map<String, String> roots = groups.of(docs).roots();
    assertThat(roots).hasSize(2_000);
    assertThat(new HashSet<>(roots.values())).containsExactly("c00000");
    assertThat(groups.pairsChecked()).isEqualTo(1_999L);
  }

  @Test
  public void rejectsAThresholdOutsideItsRange() {
    assertThrows(IllegalArgumentException.class, () -> new CopyGroups(0));
    assertThrows(IllegalArgumentException.class, () -> new CopyGroups(1.01));
  }
}
