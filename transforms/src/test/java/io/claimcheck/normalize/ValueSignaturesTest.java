package io.claimcheck.normalize;

import static com.google.common.truth.Truth.assertThat;

import io.claimcheck.model.ClaimValue;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** What counts as the same value written elsewhere in a document. */
@RunWith(JUnit4.class)
public class ValueSignaturesTest {

  private static boolean same(long[] a, long[] b) {
    for (long x : a) {
      for (long y : b) {
        if (x == y) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  public void aCountIsItsMagnitudeWhateverItCounts() {
    // "1,300 firefighters" in one source, "1,300 people" in a claim.
    assertThat(same(ValueSignatures.of(ClaimValue.quantity("1300 people", 1300d, 1300d, "people")),
        ValueSignatures.ofMention(ClaimValue.quantity("1300", 1300d, 1300d, ""), "firefighters"))).isTrue();
  }

  @Test
  public void measurementUnitsAreKeptApart() {
    assertThat(same(ValueSignatures.of(ClaimValue.quantity("30 days", 30d, 30d, "days")),
        ValueSignatures.ofMention(ClaimValue.quantity("30 years", 30d, 30d, "years"), "of"))).isFalse();
    assertThat(same(ValueSignatures.of(ClaimValue.quantity("14%", 14d, 14d, "%")),
        ValueSignatures.ofMention(ClaimValue.quantity("14", 14d, 14d, ""), "states"))).isFalse();
    assertThat(same(ValueSignatures.of(ClaimValue.quantity("EUR 4200000000", 4.2e9, 4.2e9, "EUR")),
        ValueSignatures.ofMention(ClaimValue.quantity("EUR 4200000000", 4.2e9, 4.2e9, "EUR"), "deal"))).isTrue();
    assertThat(same(ValueSignatures.of(ClaimValue.quantity("EUR 4200000000", 4.2e9, 4.2e9, "EUR")),
        ValueSignatures.ofMention(ClaimValue.quantity("USD 4200000000", 4.2e9, 4.2e9, "USD"), "deal"))).isFalse();
  }

  @Test
  public void aFigureOfFourDigitsIsFoundRoundedToThree() {
    // "a settlement of $48.75 million" in a fact; "about $48.7 million" or "$48.8 million" elsewhere.
    ClaimValue settlement = ClaimValue.quantity("USD 48750000", 4.875e7, 4.875e7, "USD");
    assertThat(same(ValueSignatures.ofFact(settlement),
        ValueSignatures.ofMention(ClaimValue.quantity("USD ~48700000", 4.3e7, 5.3e7, "USD"), "in"))).isTrue();
    assertThat(same(ValueSignatures.ofFact(settlement),
        ValueSignatures.ofMention(ClaimValue.quantity("USD 48800000", 4.88e7, 4.88e7, "USD"), "in"))).isTrue();
    assertThat(same(ValueSignatures.ofFact(settlement),
        ValueSignatures.ofMention(ClaimValue.quantity("USD 49000000", 4.9e7, 4.9e7, "USD"), "in"))).isFalse();
    // A count of 2,346 evacuees is found as "2,350" and "2,340", not as "2,300".
    ClaimValue evacuees = ClaimValue.quantity("2346 people", 2346.0, 2346.0, "people");
    assertThat(same(ValueSignatures.ofFact(evacuees),
        ValueSignatures.ofMention(ClaimValue.quantity("2350", 2350.0, 2350.0, ""), "residents"))).isTrue();
    assertThat(same(ValueSignatures.ofFact(evacuees),
        ValueSignatures.ofMention(ClaimValue.quantity("2300", 2300.0, 2300.0, ""), "residents"))).isFalse();
  }

  @Test
  public void aParticularMeasurementIsFoundBareButNotInAnotherUnit() {
    // "the patient's fever reached 39.4C" in a fact; "a fever of 39.4 degrees" elsewhere.
    ClaimValue fever = ClaimValue.quantity("39.4 \u00b0C", 39.4, 39.4, "\u00b0C");
    assertThat(same(ValueSignatures.ofFact(fever),
        ValueSignatures.ofMention(ClaimValue.quantity("39.4", 39.4, 39.4, ""), "degrees"))).isTrue();
    assertThat(same(ValueSignatures.ofFact(fever),
        ValueSignatures.ofMention(ClaimValue.quantity("39.4 km", 39.4, 39.4, "km"), "from"))).isFalse();
    assertThat(same(ValueSignatures.of(fever),
        ValueSignatures.ofMention(ClaimValue.quantity("39.4", 39.4, 39.4, ""), "degrees"))).isFalse();
    // Two significant digits are too common to be found bare: "7.5 km" is not "7.5 hours".
    assertThat(same(ValueSignatures.ofFact(ClaimValue.quantity("7.5 km", 7.5, 7.5, "km")),
        ValueSignatures.ofMention(ClaimValue.quantity("7.5", 7.5, 7.5, ""), "hours"))).isFalse();
    // Amounts in two currencies stay apart however particular.
    assertThat(same(ValueSignatures.ofFact(ClaimValue.quantity("EUR 4250000000", 4.25e9, 4.25e9, "EUR")),
        ValueSignatures.ofMention(ClaimValue.quantity("USD 4250000000", 4.25e9, 4.25e9, "USD"), "deal"))).isFalse();
  }

  @Test
  public void smallCountsNeedTheirNounAndOneIsNothing() {
    assertThat(same(ValueSignatures.of(ClaimValue.quantity("3 hospitals", 3d, 3d, "hospitals")),
        ValueSignatures.ofMention(ClaimValue.quantity("3", 3d, 3d, ""), "hospitals"))).isTrue();
    assertThat(same(ValueSignatures.of(ClaimValue.quantity("3 hospitals", 3d, 3d, "hospitals")),
        ValueSignatures.ofMention(ClaimValue.quantity("3", 3d, 3d, ""), "days"))).isFalse();
    assertThat(ValueSignatures.of(ClaimValue.quantity("1 people", 1d, 1d, "people"))).isEmpty();
  }

  @Test
  public void aDateIsEachOfItsParts() {
    long[] courtDate = ValueSignatures.of(ClaimValue.date("Thursday, --03-12"));
    assertThat(same(courtDate, ValueSignatures.of(ClaimValue.date("Thursday")))).isTrue();
    assertThat(same(courtDate, ValueSignatures.of(ClaimValue.date("2026-03-12")))).isTrue();
    assertThat(same(courtDate, ValueSignatures.of(ClaimValue.date("Friday, --03-13")))).isFalse();
    assertThat(ValueSignatures.of(ClaimValue.date("relative:yesterday"))).isEmpty();
  }

  @Test
  public void statusesAndStancesHaveNone() {
    assertThat(ValueSignatures.of(ClaimValue.status("against"))).isEmpty();
    assertThat(ValueSignatures.of(ClaimValue.stated("arrest"))).isEmpty();
  }
}
