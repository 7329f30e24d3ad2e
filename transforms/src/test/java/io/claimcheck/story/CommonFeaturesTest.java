package io.claimcheck.story;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.Assert.assertThrows;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class CommonFeaturesTest {

  @Test
  public void aFeatureInMoreThanTheShareOfALargeCorpusIsCommon() {
    CommonFeatures rule = CommonFeatures.above(0.05, 100);
    assertThat(rule.maxDocumentFrequency(10_000)).isEqualTo(500);
    assertThat(rule.isCommon(501, 10_000)).isTrue();
    assertThat(rule.isCommon(500, 10_000)).isFalse();
  }

  @Test
  public void nothingIsCommonInASmallCorpus() {
    CommonFeatures rule = CommonFeatures.above(0.05, 100);
    // 40 documents: even a word in all of them is kept (a few stories run together).
    assertThat(rule.isCommon(40, 40)).isFalse();
    assertThat(rule.maxDocumentFrequency(1_000)).isEqualTo(100);
  }

  @Test
  public void aFeatureCanBeCommonOnlyInMoreThanTheMinimumOfDocuments() {
    // The outlet rule: an outlet of 60 documents has its own words (in more than 50 of them), one
    // of 50 has none; past 500 the share decides.
    CommonFeatures rule = CommonFeatures.above(0.10, 50);
    assertThat(rule.canBeCommon(50)).isFalse();
    assertThat(rule.canBeCommon(51)).isTrue();
    assertThat(rule.isCommon(51, 60)).isTrue();
    assertThat(rule.isCommon(50, 60)).isFalse();
    assertThat(rule.isCommon(101, 1_000)).isTrue();
    assertThat(rule.isCommon(100, 1_000)).isFalse();
    assertThat(CommonFeatures.above(1.0, 1).canBeCommon(1_000)).isFalse();
  }

  @Test
  public void invalidSettingsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> CommonFeatures.above(0, 10));
    assertThrows(IllegalArgumentException.class, () -> CommonFeatures.above(1.5, 10));
    assertThrows(IllegalArgumentException.class, () -> CommonFeatures.above(0.1, 0));
  }
}
