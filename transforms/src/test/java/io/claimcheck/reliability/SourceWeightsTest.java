package io.claimcheck.reliability;

import static com.google.common.truth.Truth.assertThat;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** The weight rule: smoothed trust, TruthFinder's score relative to the prior's, clamped. */
@RunWith(JUnit4.class)
public class SourceWeightsTest {

  private static final ReliabilitySettings DEFAULTS = ReliabilitySettings.defaults();

  @Test
  public void aSourceAtThePriorWeighsOne() {
    assertThat(SourceWeights.weight(new SourceTally(3, 2, 0, 0), DEFAULTS)).isWithin(1e-12).of(1.0);
    assertThat(SourceWeights.weight(new SourceTally(3, 4, 10, 8), DEFAULTS)).isWithin(1e-12).of(1.0);
  }

  @Test
  public void weightGrowsWithAgreementWithinItsBounds() {
    double threeOfThree = SourceWeights.weight(new SourceTally(0, 3, 3, 3), DEFAULTS);
    double twoOfThree = SourceWeights.weight(new SourceTally(0, 3, 3, 2), DEFAULTS);
    // -ln(1 - 7/8) / -ln(1 - 4/5) and -ln(1 - 6/8) / -ln(1 - 4/5)
    assertThat(threeOfThree).isWithin(1e-9).of(Math.log(1 / 8.0) / Math.log(1 / 5.0));
    assertThat(twoOfThree).isWithin(1e-9).of(Math.log(1 / 4.0) / Math.log(1 / 5.0));
    assertThat(SourceWeights.weight(new SourceTally(0, 50, 100, 100), DEFAULTS)).isEqualTo(DEFAULTS.maxWeight());
    assertThat(SourceWeights.weight(new SourceTally(0, 50, 100, 0), DEFAULTS)).isEqualTo(DEFAULTS.minWeight());
  }

  @Test
  public void fewerStoriesThanTheMinimumWeighOne() {
    assertThat(SourceWeights.weight(new SourceTally(1, 1, 9, 0), DEFAULTS)).isEqualTo(1.0);
    assertThat(SourceWeights.weight(new SourceTally(1, 1, 9, 0), DEFAULTS.withMinStories(1)))
        .isEqualTo(DEFAULTS.minWeight());
  }

  @Test
  public void theSourceIsTheJsonlSourceElseTheDocumentId() {
    assertThat(SourceWeights.sourceOf("doc-1", "Harbor Post")).isEqualTo("Harbor Post");
    assertThat(SourceWeights.sourceOf("doc-1", "")).isEqualTo("doc-1");
    assertThat(SourceWeights.NEUTRAL.of("anyone")).isEqualTo(1.0);
  }
}
