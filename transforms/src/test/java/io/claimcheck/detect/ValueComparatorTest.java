package io.claimcheck.detect;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.claimcheck.extract.NumberMention;
import io.claimcheck.extract.NumberParser;
import io.claimcheck.model.ClaimValue;
import io.claimcheck.nlp.Tokenizer;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class ValueComparatorTest {

  private static final NumberParser PARSER = new NumberParser();

  /** The single quantity in {@code phrase}, as the parser reads it. */
  private static ClaimValue q(String phrase) {
    List<NumberMention> found = PARSER.find(Tokenizer.tokenize(phrase, 0));
    assertWithMessage("mentions in: " + phrase).that(found).hasSize(1);
    return found.get(0).value();
  }

  private static void compatible(String a, String b) {
    assertWithMessage(a + " vs " + b).that(ValueComparator.compatible(q(a), q(b))).isTrue();
    assertWithMessage(b + " vs " + a).that(ValueComparator.compatible(q(b), q(a))).isTrue();
  }

  private static void incompatible(String a, String b) {
    assertWithMessage(a + " vs " + b).that(ValueComparator.compatible(q(a), q(b))).isFalse();
    assertWithMessage(b + " vs " + a).that(ValueComparator.compatible(q(b), q(a))).isFalse();
  }

  private static boolean dates(String a, String b) {
    return ValueComparator.compatible(ClaimValue.date(a), ClaimValue.date(b))
        && ValueComparator.compatible(ClaimValue.date(b), ClaimValue.date(a));
  }

  // --- quantities -----------------------------------------------------------------------------

  @Test
  public void aPreciseFigureRefinesAVagueOneItLiesIn() {
    assertThat(ValueComparator.refines(q("about 340 cars"), q("more than 300 cars"))).isTrue();
    assertThat(ValueComparator.refines(q("340 cars"), q("about 340 cars"))).isTrue();
    assertThat(ValueComparator.refines(q("more than 300 cars"), q("about 340 cars"))).isFalse(); // unbounded
    assertThat(ValueComparator.refines(q("340 cars"), q("340 cars"))).isFalse(); // itself
    assertThat(ValueComparator.refines(ClaimValue.quantity("340 trucks", 340d, 340d, "trucks"),
        ClaimValue.quantity(">300 cars", 300d, null, "cars"))).isFalse(); // another noun
    assertThat(ValueComparator.refines(q("about 430 cars"), q("about 340 cars"))).isFalse();
  }

  @Test
  public void exactPercentagesMustBeEqual() {
    incompatible("25%", "24%");
    compatible("25%", "25 per cent");
    compatible("24%", "24 percent");
  }

  @Test
  public void exactCountsMustBeEqual() {
    incompatible("12 dead", "14 dead");
    compatible("twelve dead", "12 dead");
  }

  @Test
  public void moreThanIsCompatibleWithTheSameNumber() {
    compatible("more than 75", "75");
    compatible("more than 75", "80");
    incompatible("more than 75", "60");
    compatible("more than 75", "at least 70");
  }

  @Test
  public void upperBounds() {
    compatible("up to 40", "35");
    compatible("up to 40", "40");
    incompatible("up to 40", "55");
    compatible("fewer than 50", "50");
    incompatible("fewer than 50", "51");
  }

  @Test
  public void approximateValues() {
    compatible("about 300", "320");
    incompatible("about 300", "400");
    compatible("nearly 200", "190");
    incompatible("nearly 200", "210");
    compatible("dozens of", "40");
    incompatible("dozens of", "300");
    compatible("hundreds of", "more than 500");
    compatible("thousands of", "an estimated 10,000");
  }

  @Test
  public void rangesOverlap() {
    compatible("10 to 15", "12");
    compatible("10 to 15", "15");
    incompatible("10 to 15", "16");
    compatible("10-15", "between 14 and 20");
  }

  @Test
  public void moneyComparesWithinACurrency() {
    compatible("$3bn", "3 billion dollars");
    compatible("$3bn", "US$3,000 million");
    incompatible("$3bn", "$4bn");
    compatible("€85m", "£85m"); // different currencies: not comparable
    compatible("€85m", "€85 million");
    incompatible("€85m", "€90m");
  }

  @Test
  public void durationsCompareAcrossUnits() {
    compatible("90 days", "three months");
    compatible("1 week", "7 days");
    compatible("2 weeks", "14 days");
    incompatible("90 days", "60 days");
    incompatible("90 days", "6 months");
    compatible("a 10-year sentence", "10 years");
    incompatible("10 years", "12 years");
  }

  @Test
  public void lengthsAllowForRoundingAcrossUnits() {
    compatible("10 km", "6 miles");
    incompatible("10 km", "20 miles");
    incompatible("10 km", "12 km");
    compatible("10 km", "10,000 metres");
    compatible("100 km", "62 miles");
  }

  @Test
  public void speedsMassesAreas() {
    compatible("150 mph", "240 km/h");
    incompatible("150 mph", "300 km/h");
    compatible("2 tonnes", "2,000 kg");
    compatible("500 hectares", "5 sq km");
    incompatible("500 hectares", "50 sq km");
  }

  @Test
  public void temperaturesCompareAcrossScales() {
    compatible("45C", "113F");
    compatible("45C", "112F");
    incompatible("45C", "120F");
    incompatible("45C", "47C");
  }

  @Test
  public void magnitudes() {
    compatible("a magnitude 7.1 quake", "a 7.1-magnitude quake");
    incompatible("a magnitude 7.1 quake", "a 7.4-magnitude quake");
    incompatible("a magnitude 7.1 quake", "a magnitude 7 quake"); // same unit: no rounding allowance
  }

  @Test
  public void differentDimensionsAreNotComparable() {
    compatible("25%", "25 days");
    compatible("10 km", "10 kg");
    compatible("$5 million", "5 million");
    compatible("2 percentage points", "2%");
  }

  @Test
  public void countsOfDifferentNounsAreNotComparable() {
    ClaimValue dead = ClaimValue.quantity("12 dead", 12.0, 12.0, "dead");
    ClaimValue injured = ClaimValue.quantity("40 injured", 40.0, 40.0, "injured");
    ClaimValue dead14 = ClaimValue.quantity("14 dead", 14.0, 14.0, "dead");
    assertThat(ValueComparator.compatible(dead, injured)).isTrue();
    assertThat(ValueComparator.compatible(dead, dead14)).isFalse();
    assertThat(ValueComparator.dimensionOf(dead)).isEqualTo("count");
  }

  @Test
  public void floatingPointNoiseIsNotAContradiction() {
    ClaimValue a = ClaimValue.quantity("1200000", 1199999.9999999998, 1199999.9999999998, "");
    ClaimValue b = ClaimValue.quantity("1200000", 1200000.0, 1200000.0, "");
    assertThat(ValueComparator.compatible(a, b)).isTrue();
  }

  @Test
  public void dimensions() {
    assertThat(ValueComparator.dimensionOf(q("25%"))).isEqualTo("percent");
    assertThat(ValueComparator.dimensionOf(q("$5"))).isEqualTo("money");
    assertThat(ValueComparator.dimensionOf(q("5 weeks"))).isEqualTo("duration");
    assertThat(ValueComparator.dimensionOf(q("5 miles"))).isEqualTo("length");
    assertThat(ValueComparator.dimensionOf(q("5 lb"))).isEqualTo("mass");
    assertThat(ValueComparator.dimensionOf(q("5 knots"))).isEqualTo("speed");
    assertThat(ValueComparator.dimensionOf(q("5 acres"))).isEqualTo("area");
    assertThat(ValueComparator.dimensionOf(q("magnitude 5"))).isEqualTo("magnitude");
    assertThat(ValueComparator.dimensionOf(q("5 pupils"))).isEqualTo("count");
    assertThat(ValueComparator.dimensionOf(ClaimValue.date("Monday"))).isEqualTo("date");
  }

  // --- dates, statuses, statements ------------------------------------------------------------

  @Test
  public void weekdays() {
    assertThat(dates("Wednesday", "Wednesday")).isTrue();
    assertThat(dates("Wednesday", "wednesday")).isTrue();
    assertThat(dates("Wednesday", "Thursday")).isFalse();
  }

  @Test
  public void isoDates() {
    assertThat(dates("2025-04-16", "2025-04-16")).isTrue();
    assertThat(dates("2025-04-16", "2025-04-17")).isFalse();
    assertThat(dates("--04-16", "2025-04-16")).isTrue();
    assertThat(dates("--04-16", "2024-04-16")).isTrue();
    assertThat(dates("--04-16", "--04-17")).isFalse();
    assertThat(dates("2025-04", "2025-04-16")).isTrue();
    assertThat(dates("2025-05", "2025-04-16")).isFalse();
    assertThat(dates("1998", "1999")).isFalse();
  }

  @Test
  public void weekdayAgainstFullDate() {
    assertThat(dates("Wednesday", "2025-04-16")).isTrue(); // 16 April 2025 was a Wednesday
    assertThat(dates("Thursday", "2025-04-16")).isFalse();
    assertThat(dates("Thursday", "--04-16")).isTrue(); // no year: cannot tell
  }

  @Test
  public void relativeDatesAreCompatibleWithAnything() {
    assertThat(dates("relative:yesterday", "Wednesday")).isTrue();
    assertThat(dates("relative:last week", "2025-04-16")).isTrue();
  }

  @Test
  public void statuses() {
    assertThat(ValueComparator.compatible(ClaimValue.status("former"), ClaimValue.status("Former")))
        .isTrue();
    assertThat(ValueComparator.compatible(ClaimValue.status("former"), ClaimValue.status("current")))
        .isFalse();
  }

  @Test
  public void statedAndMixedKindsAreCompatible() {
    assertThat(ValueComparator.compatible(ClaimValue.stated("a"), ClaimValue.stated("b"))).isTrue();
    assertThat(ValueComparator.compatible(ClaimValue.status("former"), ClaimValue.date("Monday")))
        .isTrue();
    assertThat(ValueComparator.compatible(q("25%"), ClaimValue.date("Monday"))).isTrue();
  }

  @Test
  public void halfLastDigit() {
    assertThat(ValueComparator.halfLastDigit(10)).isWithin(1e-12).of(5);
    assertThat(ValueComparator.halfLastDigit(6)).isWithin(1e-12).of(0.5);
    assertThat(ValueComparator.halfLastDigit(3.5)).isWithin(1e-12).of(0.05);
    assertThat(ValueComparator.halfLastDigit(120)).isWithin(1e-12).of(5);
  }
}
