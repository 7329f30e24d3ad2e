package io.claimcheck.util;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.Assert.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class KeyBucketsTest {

  @Test
  public void bucketIsInRangeAndDependsOnlyOnTheKey() {
    for (int i = 0; i < 1000; i++) {
      int bucket = KeyBuckets.of("doc-" + i, 7);
      assertThat(bucket).isAtLeast(0);
      assertThat(bucket).isLessThan(7);
      assertThat(KeyBuckets.of("doc-" + i, 7)).isEqualTo(bucket);
    }
  }

  @Test
  public void similarIdsSpreadOverAllBuckets() {
    Set<Integer> used = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      used.add(KeyBuckets.of(String.format("story-%03d", i), 16));
    }
    assertThat(used).hasSize(16);
  }

  @Test
  public void oneBucketHoldsEverything() {
    assertThat(KeyBuckets.of("anything", 1)).isEqualTo(0);
  }

  @Test
  public void rejectsNonPositiveCounts() {
    assertThrows(IllegalArgumentException.class, () -> KeyBuckets.of("a", 0));
    assertThrows(IllegalArgumentException.class, () -> KeyBuckets.requireValid(-3));
  }
}
