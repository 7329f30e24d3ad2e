package io.claimcheck.story;

import static com.google.common.truth.Truth.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** The sketch's bound on shared features: never below the truth, and tight enough to be of use. */
@RunWith(JUnit4.class)
public class FeatureSketchTest {

  private static SignedDocument doc(long[] features) {
    return new SignedDocument("d", LongStream.of(features).sorted().distinct().toArray(), new long[0]);
  }

  private static int common(SignedDocument a, SignedDocument b) {
    int shared = 0;
    for (int i = 0; i < a.featureCount(); i++) {
      for (int j = 0; j < b.featureCount(); j++) {
        if (a.feature(i) == b.feature(j)) {
          shared++;
        }
      }
    }
    return shared;
  }

  private static long[] values(Random random, int count, long range) {
    return range == 0 ? random.longs(count).toArray() : random.longs(count, 0, range).toArray();
  }

  @Test
  public void neverBoundsBelowTheFeaturesTwoSetsShare() {
    Random random = new Random(5);
    for (int round = 0; round < 3000; round++) {
      // Hashes of any range: any 64-bit value, or small ones that crowd a few bits; sets from
      // empty to larger than the sketch has bits, sharing anything from none to all of a side.
      long range = random.nextBoolean() ? 0 : 1 + random.nextInt(2000); // 0: any 64-bit value
      long[] shared = values(random, random.nextInt(300), range);
      long[] onlyA = values(random, random.nextInt(random.nextBoolean() ? 40 : 700), range);
      long[] onlyB = values(random, random.nextInt(random.nextBoolean() ? 40 : 700), range);
      SignedDocument a = doc(LongStream.concat(LongStream.of(shared), LongStream.of(onlyA)).toArray());
      SignedDocument b = doc(LongStream.concat(LongStream.of(shared), LongStream.of(onlyB)).toArray());
      FeatureSketch sketch = new FeatureSketch(new SignedDocument[] {a, b});
      assertThat(sketch.commonAtMost(0, 1)).isAtLeast(common(a, b));
      assertThat(sketch.commonAtMost(1, 0)).isEqualTo(sketch.commonAtMost(0, 1));
      assertThat(sketch.commonAtMost(0, 0)).isAtLeast(a.featureCount());
    }
  }

  @Test
  public void sizedByTheMeanFeatureCount() {
    assertThat(new FeatureSketch(new SignedDocument[0]).bits()).isEqualTo(64);
    assertThat(new FeatureSketch(new SignedDocument[] {doc(new long[] {1, 2, 3})}).bits()).isEqualTo(64);
    // 150 features: 600 bits wanted, the next power of two of words.
    SignedDocument article = doc(new Random(1).longs(150).toArray());
    assertThat(new FeatureSketch(new SignedDocument[] {article, article}).bits()).isEqualTo(1024);
    SignedDocument longRead = doc(new Random(2).longs(5000).toArray());
    assertThat(new FeatureSketch(new SignedDocument[] {longRead}).bits()).isEqualTo(1024);
  }

  @Test
  public void ruleOutMostUnrelatedSetsOfArticleSize() {
    // 150 random hashes each, 20 of them shared: Jaccard 0.07, well below the 0.35 that linking
    // needs in a large corpus (78 shared of 150 + 150).
    Random random = new Random(9);
    int ruledOut = 0;
    for (int round = 0; round < 1000; round++) {
      long[] shared = random.longs(20).toArray();
      SignedDocument a = doc(LongStream.concat(LongStream.of(shared), random.longs(130)).toArray());
      SignedDocument b = doc(LongStream.concat(LongStream.of(shared), random.longs(130)).toArray());
      FeatureSketch sketch = new FeatureSketch(new SignedDocument[] {a, b});
      if (sketch.commonAtMost(0, 1) < MinHash.commonNeeded(a.featureCount(), b.featureCount(), 0.35)) {
        ruledOut++;
      }
    }
    assertThat(ruledOut).isAtLeast(950);
  }
}
