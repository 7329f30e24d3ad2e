package io.claimcheck.story;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.Assert.assertThrows;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** The shared-feature counts a {@link LinkRule} needs, against the ratios written out. */
@RunWith(JUnit4.class)
public class LinkRuleTest {

  @Test
  public void commonNeededIsTheSmallestCountThatLinks() {
    LinkRule[] rules = {
        LinkRule.jaccard(0.35),
        LinkRule.jaccard(0.12),
        LinkRule.jaccard(0.35).withContainment(0.8),
        LinkRule.jaccard(0.35).withContainment(0.8).withMinCommon(5),
        LinkRule.jaccard(0.5).withMinCommon(3),
        LinkRule.jaccard(1.0).withContainment(1.0),
        LinkRule.jaccard(0.2).withContainment(0.35).withMinCommon(12),
    };
    for (LinkRule rule : rules) {
      for (int la = 0; la <= 60; la++) {
        for (int lb = 0; lb <= 60; lb++) {
          int smaller = Math.min(la, lb);
          int expected = smaller + 1;
          for (int c = 0; c <= smaller; c++) {
            boolean alike = (la + lb > 0 && (double) c / (la + lb - c) >= rule.jaccard())
                || (rule.containment() > 0 && c >= rule.containment() * smaller);
            if (alike && c >= Math.max(1, rule.minCommon())) {
              expected = c;
              break;
            }
          }
          assertThat(rule.commonNeeded(la, lb)).isEqualTo(expected);
          // Linking is monotone in the count: every count from the one needed links.
          for (int c = 0; c <= smaller; c++) {
            assertThat(rule.links(c, la, lb)).isEqualTo(c >= expected);
          }
        }
      }
    }
  }

  @Test
  public void containmentLinksABriefToItsArticleAndTheMinimumHoldsForBoth() {
    LinkRule rule = LinkRule.jaccard(0.35).withContainment(0.8).withMinCommon(5);
    // A 9-feature brief of a flood with 8 features in the 55-feature report: Jaccard 8/56.
    assertThat(rule.links(8, 9, 55)).isTrue();
    assertThat(LinkRule.jaccard(0.35).links(8, 9, 55)).isFalse();
    // Two 4-feature items share everything: contained and alike, but 4 features are too few.
    assertThat(rule.links(4, 4, 4)).isFalse();
    assertThat(rule.links(5, 5, 5)).isTrue();
    // Long articles: containment needs more than Jaccard does, so Jaccard decides.
    assertThat(rule.commonNeeded(50, 50)).isEqualTo(LinkRule.jaccard(0.35).commonNeeded(50, 50));
    // A document without features links to nothing, whatever the rule.
    assertThat(LinkRule.jaccard(0.1).withContainment(0.5).commonNeeded(0, 30)).isEqualTo(1);
  }

  @Test
  public void rejectsValuesOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> LinkRule.jaccard(0));
    assertThrows(IllegalArgumentException.class, () -> LinkRule.jaccard(0.3).withContainment(1.5));
    assertThrows(IllegalArgumentException.class, () -> LinkRule.jaccard(0.3).withContainment(-0.1));
    assertThrows(IllegalArgumentException.class, () -> LinkRule.jaccard(0.3).withMinCommon(-1));
    assertThat(LinkRule.jaccard(0.35).withContainment(0.8).withMinCommon(5))
        .isEqualTo(AssignStories.DEFAULT_DISTINCTIVE_RULE);
  }
}
