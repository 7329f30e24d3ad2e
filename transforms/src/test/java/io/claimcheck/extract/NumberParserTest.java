package io.claimcheck.extract;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.claimcheck.model.ClaimValue;
import io.claimcheck.model.ValueKind;
import io.claimcheck.nlp.Token;
import io.claimcheck.nlp.Tokenizer;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class NumberParserTest {

  private static final NumberParser PARSER = new NumberParser();

  private static List<NumberMention> find(String sentence) {
    return PARSER.find(Tokenizer.tokenize(sentence, 0));
  }

  private static List<String> texts(String sentence) {
    return find(sentence).stream().map(m -> m.value().text()).toList();
  }

  private static NumberMention only(String sentence) {
    List<NumberMention> found = find(sentence);
    assertWithMessage("mentions in: " + sentence).that(found).hasSize(1);
    return found.get(0);
  }

  private static String covered(String sentence, NumberMention m) {
    return sentence.substring(m.start(), m.end());
  }

  private static void assertBounds(ClaimValue v, Double low, Double high) {
    if (low == null) {
      assertThat(v.low()).isNull();
    } else {
      assertThat(v.low()).isWithin(1e-6).of(low);
    }
    if (high == null) {
      assertThat(v.high()).isNull();
    } else {
      assertThat(v.high()).isWithin(1e-6).of(high);
    }
  }

  // --- counts -------------------------------------------------------------------------------

  @Test
  public void aDurationInTwoUnitsIsOne() {
    assertThat(texts("The surgery took 3 hours and 20 minutes.")).containsExactly("200 minutes");
    assertThat(texts("The surgery took three hours, 20 minutes.")).containsExactly("200 minutes");
    assertThat(texts("He served 4 years 6 months.")).containsExactly("54 months");
    assertBounds(only("He served 10 years and 6 months.").value(), 126d, 126d); // a year is 12 months exactly
    assertThat(texts("The talks lasted about 3 days and 12 hours.")).containsExactly("~84 hours");
    // A list is no sum: "eight years, six years and 18 months"; three units are left apart.
    assertThat(texts("They were jailed for eight years, six years and 18 months.")).containsExactly(
        "8 years", "6 years", "18 months").inOrder();
    assertThat(texts("She ran it in 2 hours 18 minutes 20 seconds.")).hasSize(3);
    assertThat(texts("They worked 5 days, 10 hours daily.")).containsExactly("5 days", "10 hours").inOrder();
    assertBounds(only("The talks lasted more than two hours and 30 minutes.").value(), 150d, null);
    // Not a rate, nor units in rising order.
    assertThat(texts("The crew worked 5 days, 3 hours a day.")).containsExactly("5 days", "3 hours").inOrder();
    assertThat(texts("It took 20 minutes and 3 hours.")).containsExactly("20 minutes", "3 hours").inOrder();
  }

  @Test
  public void powerIsInMegawatts() {
    assertThat(texts("The plant has a capacity of 1,200MW.")).containsExactly("1200 mw");
    assertThat(texts("The plant has a capacity of 1.2 gigawatts.")).containsExactly("1200 mw");
    // Energy is not power: megawatt hours.
    assertThat(only("The battery can store 100 megawatt hours.").dimension()).isEqualTo("energy");
  }

  @Test
  public void bareCountIsUnitlessQuantity() {
    String s = "The blast killed 12 people.";
    NumberMention m = only(s);
    assertThat(covered(s, m)).isEqualTo("12");
    assertThat(m.value().kind()).isEqualTo(ValueKind.QUANTITY);
    assertThat(m.value().text()).isEqualTo("12");
    assertThat(m.value().unit()).isEmpty();
    assertThat(m.unitless()).isTrue();
    assertThat(m.dimension()).isEqualTo("count");
    assertThat(m.approximator()).isEqualTo("exact");
    assertBounds(m.value(), 12.0, 12.0);
  }

  @Test
  public void tokenIndexesAndOffsetsCoverTheExpression() {
    String s = "Police said more than 1,200 people were arrested.";
    List<Token> tokens = Tokenizer.tokenize(s, 40);
    NumberMention m = PARSER.find(tokens).get(0);
    assertThat(m.startToken()).isEqualTo(2);
    assertThat(m.endToken()).isEqualTo(5);
    assertThat(m.start()).isEqualTo(40 + s.indexOf("more"));
    assertThat(m.end()).isEqualTo(40 + s.indexOf(" people"));
  }

  @Test
  public void digitsWithSeparatorsAndDecimals() {
    assertThat(texts("Turnout was 1,234,567 and the index fell 3.5 points.")).containsExactly(
        "1234567", "3.5").inOrder();
  }

  @Test
  public void numberWords() {
    assertThat(texts("Ten soldiers and ninety civilians")).containsExactly("10", "90").inOrder();
    assertThat(texts("twenty-five students")).containsExactly("25");
    assertThat(texts("twenty five students")).containsExactly("25");
    assertThat(texts("a hundred homes")).containsExactly("100");
    assertThat(texts("two dozen officers")).containsExactly("24");
    assertThat(texts("a dozen lawmakers")).containsExactly("12");
    assertThat(texts("one million residents")).containsExactly("1000000");
    assertThat(texts("three hundred and twenty jobs")).containsExactly("320");
    assertThat(texts("two hundred thousand voters")).containsExactly("200000");
  }

  @Test
  public void scales() {
    assertThat(texts("a population of 1.2 million")).containsExactly("1200000");
    assertThat(texts("3 billion users")).containsExactly("3000000000");
    assertThat(texts("2.5tn in debt")).containsExactly("2500000000000");
    assertThat(texts("10 thousand people")).containsExactly("10000");
  }

  @Test
  public void pronounOneIsNotACount() {
    assertThat(find("Japan is one of the first countries to test the rules.")).isEmpty();
    assertThat(find("No one was hurt, and the one that fell was empty.")).isEmpty();
    assertThat(texts("Only one person was injured.")).containsExactly("1");
  }

  // --- approximators --------------------------------------------------------------------------

  @Test
  public void moreThanIsInclusiveLowBound() {
    NumberMention m = only("more than 75 countries have requested talks");
    assertThat(m.value().text()).isEqualTo(">75");
    assertThat(m.approximator()).isEqualTo("more_than");
    assertBounds(m.value(), 75.0, null);
    assertThat(only("Over 300 flights were cancelled").value().text()).isEqualTo(">300");
    assertThat(only("exceeding 40 cases").value().text()).isEqualTo(">40");
    assertThat(only("upwards of 500 homes").value().text()).isEqualTo(">500");
  }

  @Test
  public void atLeast() {
    NumberMention m = only("At least 1,200 people died in the floods.");
    assertThat(m.value().text()).isEqualTo(">=1200");
    assertThat(m.approximator()).isEqualTo("at_least");
    assertBounds(m.value(), 1200.0, null);
    assertThat(only("no fewer than 30 witnesses").value().text()).isEqualTo(">=30");
    assertThat(only("a minimum of 5 years").value().text()).isEqualTo(">=5 years");
    assertThat(only("50 or more trucks").value().text()).isEqualTo(">=50");
    assertThat(only("100-plus injured").value().text()).isEqualTo(">=100");
    assertThat(only("100+ injured").value().text()).isEqualTo(">=100");
  }

  @Test
  public void upToAndFewerThan() {
    NumberMention upTo = only("up to 40 people may be trapped");
    assertThat(upTo.value().text()).isEqualTo("<=40");
    assertBounds(upTo.value(), null, 40.0);
    assertThat(only("as many as 3,000 jobs").value().text()).isEqualTo("<=3000");
    assertThat(only("no more than 10 days").value().text()).isEqualTo("<=10 days");
    NumberMention fewer = only("fewer than 50 officers");
    assertThat(fewer.value().text()).isEqualTo("<50");
    assertThat(fewer.approximator()).isEqualTo("fewer_than");
    assertBounds(fewer.value(), null, 50.0);
    assertThat(only("less than 5% of the vote").value().text()).isEqualTo("<5%");
    assertThat(only("under 18 years").value().text()).isEqualTo("<18 years");
  }

  @Test
  public void aboutIsTenPercentEitherSide() {
    NumberMention m = only("Some 300 people were evacuated");
    assertThat(m.value().text()).isEqualTo("~300");
    assertThat(m.approximator()).isEqualTo("about");
    assertBounds(m.value(), 270.0, 330.0);
    assertThat(only("around 40% of voters").value().text()).isEqualTo("~40%");
    assertThat(only("an estimated 2,000 protesters").value().text()).isEqualTo("~2000");
    assertThat(only("approximately 15 km").value().text()).isEqualTo("~15 km");
    assertThat(only("roughly $5 million").value().text()).isEqualTo("USD ~5000000");
    assertThat(only("30-odd cars").value().text()).isEqualTo("~30");
  }

  @Test
  public void nearlyIsUpToTenPercentBelow() {
    NumberMention m = only("nearly 200 homes were destroyed");
    assertThat(m.value().text()).isEqualTo("~200");
    assertThat(m.approximator()).isEqualTo("nearly");
    assertBounds(m.value(), 180.0, 200.0);
    assertThat(only("almost 9 hours").approximator()).isEqualTo("nearly");
    assertThat(only("just under 50%").approximator()).isEqualTo("nearly");
  }

  @Test
  public void vagueQuantities() {
    NumberMention dozens = only("Dozens of people were injured.");
    assertThat(dozens.value().text()).isEqualTo("24-144");
    assertThat(dozens.approximator()).isEqualTo("range");
    assertThat(dozens.unitless()).isTrue();
    assertThat(covered("Dozens of people were injured.", dozens)).isEqualTo("Dozens of");
    assertBounds(only("hundreds of flights").value(), 200.0, 999.0);
    assertBounds(only("thousands of residents").value(), 2000.0, 9999.0);
    assertBounds(only("tens of thousands of workers").value(), 20000.0, 99999.0);
    assertThat(only("millions of dollars in damage").value().text())
        .isEqualTo("USD 2000000-9999999");
    assertThat(find("Test scores rose in the district.")).isEmpty();
    assertThat(texts("The dam burst and thousands fled.")).containsExactly("2000-9999");
    assertThat(texts("Thousands fled.")).containsExactly("2000-9999");
    assertThat(texts("several buildings collapsed")).containsExactly("3-9");
    assertThat(texts("a few dozen journalists")).containsExactly("24-72");
    assertThat(texts("several hundred homes")).containsExactly("300-900");
  }

  // --- ranges ---------------------------------------------------------------------------------

  @Test
  public void ranges() {
    NumberMention to = only("10 to 15 people were arrested");
    assertThat(to.value().text()).isEqualTo("10-15");
    assertThat(to.approximator()).isEqualTo("range");
    assertBounds(to.value(), 10.0, 15.0);
    assertThat(only("between 5 and 10 villages").value().text()).isEqualTo("5-10");
    assertThat(only("10-15 towns").value().text()).isEqualTo("10-15");
    assertThat(only("two to three days").value().text()).isEqualTo("2-3 days");
    assertThat(only("a 10-15% rise").value().text()).isEqualTo("10-15%");
    assertThat(only("between $10 and $15 million").value().text())
        .isEqualTo("USD 10000000-15000000");
    assertThat(only("$10-15bn").value().text()).isEqualTo("USD 10000000000-15000000000");
  }

  @Test
  public void fromToIsTwoValuesNotARange() {
    assertThat(texts("the rate rose from 10 to 15")).containsExactly("10", "15").inOrder();
    assertThat(texts("tariffs went from 10% to 25%")).containsExactly("10%", "25%").inOrder();
  }

  @Test
  public void scoresAreNotRanges() {
    assertThat(find("they won 3-1 on Sunday")).isEmpty();
  }

  // --- percentages and fractions ---------------------------------------------------------------

  @Test
  public void percentages() {
    NumberMention m = only("Japan faces 24% levies");
    assertThat(m.value().text()).isEqualTo("24%");
    assertThat(m.value().unit()).isEqualTo("%");
    assertThat(m.dimension()).isEqualTo("percent");
    assertThat(m.unitless()).isFalse();
    assertThat(only("25 percent").value().text()).isEqualTo("25%");
    assertThat(only("25 per cent").value().text()).isEqualTo("25%");
    assertThat(only("a 2.5% increase").value().text()).isEqualTo("2.5%");
    assertThat(only("Twenty percent of the vote").value().text()).isEqualTo("20%");
  }

  @Test
  public void percentagePointsAreTheirOwnUnit() {
    NumberMention m = only("rates rose 2 percentage points");
    assertThat(m.value().text()).isEqualTo("2 pp");
    assertThat(m.value().unit()).isEqualTo("pp");
    assertThat(m.dimension()).isEqualTo("percentage_points");
  }

  @Test
  public void fractionsBeforeOf() {
    NumberMention m = only("two-thirds of voters backed the deal");
    assertThat(m.value().text()).isEqualTo("66.67%");
    assertThat(m.dimension()).isEqualTo("percent");
    assertThat(only("half of the seats").value().text()).isEqualTo("50%");
    assertThat(only("a quarter of households").value().text()).isEqualTo("25%");
    assertThat(only("nearly half of the staff").value().text()).isEqualTo("~50%");
    assertThat(find("in the second half of the year")).isEmpty();
    assertThat(find("a third time")).isEmpty();
    assertThat(find("half the town")).isEmpty();
  }

  @Test
  public void proportionsAreRatiosAsPercentages() {
    assertThat(only("one in five adults").value().text()).isEqualTo("20%");
    assertThat(only("1 in 4 children").value().text()).isEqualTo("25%");
    assertThat(only("nearly one in three voters").value().text()).isEqualTo("~33.33%");
    assertThat(texts("killed 3 in 2024")).containsExactly("3");
    assertThat(texts("5 in 2 hours")).containsExactly("5", "2 hours").inOrder();
  }

  @Test
  public void voteTalliesAreSkipped() {
    assertThat(find("The bill passed 52-48 in the Senate and 218 to 214 in the House.")).isEmpty();
  }

  // --- money ----------------------------------------------------------------------------------

  @Test
  public void moneyBySymbolWithScale() {
    NumberMention m = only("a $3bn deal");
    assertThat(m.value().text()).isEqualTo("USD 3000000000");
    assertThat(m.value().unit()).isEqualTo("USD");
    assertThat(m.dimension()).isEqualTo("money");
    assertThat(m.unitless()).isFalse();
    assertThat(only("bought for €85m").value().text()).isEqualTo("EUR 85000000");
    assertThat(only("a £1.5 billion bid").value().text()).isEqualTo("GBP 1500000000");
    assertThat(only("¥500 billion").value().text()).isEqualTo("JPY 500000000000");
    assertThat(only("US$102 million").value().text()).isEqualTo("USD 102000000");
    assertThat(only("a $250k bonus").value().text()).isEqualTo("USD 250000");
    assertThat(only("$4.25").value().text()).isEqualTo("USD 4.25");
  }

  @Test
  public void moneyByCodeAndWord() {
    assertThat(only("USD 5 million").value().text()).isEqualTo("USD 5000000");
    assertThat(only("EUR 2.8bn").value().text()).isEqualTo("EUR 2800000000");
    assertThat(only("85 million euros").value().text()).isEqualTo("EUR 85000000");
    assertThat(only("85m euros").value().text()).isEqualTo("EUR 85000000");
    assertThat(only("a 85m tower").value().text()).isEqualTo("85 m");
    assertThat(only("500 dollars").value().text()).isEqualTo("USD 500");
    assertThat(only("1.2 million yuan").value().text()).isEqualTo("CNY 1200000");
    assertThat(only("3 trillion yen").value().text()).isEqualTo("JPY 3000000000000");
    assertThat(only("40 billion rupees").value().text()).isEqualTo("INR 40000000000");
    assertThat(only("2 million renminbi").value().text()).isEqualTo("CNY 2000000");
  }

  @Test
  public void moneyWithApproximator() {
    NumberMention m = only("more than $5 million");
    assertThat(m.value().text()).isEqualTo("USD >5000000");
    assertBounds(m.value(), 5e6, null);
    assertThat(covered("more than $5 million", m)).isEqualTo("more than $5 million");
  }

  // --- durations ------------------------------------------------------------------------------

  @Test
  public void durationsKeepTheirUnit() {
    NumberMention m = only("paused for 90 days");
    assertThat(m.value().text()).isEqualTo("90 days");
    assertThat(m.value().unit()).isEqualTo("days");
    assertThat(m.dimension()).isEqualTo("duration");
    assertThat(only("for 3 months").value().text()).isEqualTo("3 months");
    assertThat(only("1 week").value().text()).isEqualTo("1 week");
    assertThat(only("one year").value().text()).isEqualTo("1 year");
    assertThat(only("48 hours").value().text()).isEqualTo("48 hours");
    assertThat(only("a 90-day pause").value().text()).isEqualTo("90 days");
    assertThat(only("a three-month delay").value().text()).isEqualTo("3 months");
    assertThat(only("a 10-year-old boy").value().text()).isEqualTo("10 years");
    assertThat(only("a 25-year sentence").value().text()).isEqualTo("25 years");
  }

  @Test
  public void hyphenatedAdjectiveCoversTheWholeWord() {
    String s = "a 90-day pause";
    NumberMention m = only(s);
    assertThat(covered(s, m)).isEqualTo("90-day");
  }

  // --- physical units -------------------------------------------------------------------------

  @Test
  public void lengthsInKilometres() {
    NumberMention km = only("10 km from the coast");
    assertThat(km.value().text()).isEqualTo("10 km");
    assertThat(km.value().originalUnit()).isEmpty();
    assertThat(km.dimension()).isEqualTo("length");
    NumberMention miles = only("6 miles from the coast");
    assertThat(miles.value().text()).isEqualTo("9.66 km");
    assertThat(miles.value().unit()).isEqualTo("km");
    assertThat(miles.value().originalUnit()).isEqualTo("mi");
    assertBounds(miles.value(), 9.656064, 9.656064);
    assertThat(only("150 kilometres").value().text()).isEqualTo("150 km");
    assertThat(only("a 500m wall").value().text()).isEqualTo("500 m");
    assertThat(only("a 500m wall").value().unit()).isEqualTo("km");
    assertThat(only("3,000 feet").value().text()).isEqualTo("914 m");
    // Rainfall and snow depths: "more than 180 mm of rain" is a length, not 180 of something.
    NumberMention rain = only("more than 180 mm of rain");
    assertThat(rain.dimension()).isEqualTo("length");
    assertThat(rain.value().unit()).isEqualTo("km");
    assertThat(only("12 millimetres of snow").dimension()).isEqualTo("length");
    assertThat(only("a 6-inch layer").dimension()).isEqualTo("length");
  }

  @Test
  public void masses() {
    assertThat(only("2 tonnes of cocaine").value().text()).isEqualTo("2 t");
    assertThat(only("500 kg").value().text()).isEqualTo("500 kg");
    NumberMention lb = only("a 200 pounds bag");
    assertThat(lb.dimension()).isEqualTo("mass");
    assertThat(lb.value().originalUnit()).isEqualTo("lb");
    assertThat(lb.value().text()).isEqualTo("90.7 kg");
    assertThat(only("£200 bonus").dimension()).isEqualTo("money");
  }

  @Test
  public void speeds() {
    NumberMention mph = only("winds of 150 mph");
    assertThat(mph.value().text()).isEqualTo("241 km/h");
    assertThat(mph.value().originalUnit()).isEqualTo("mph");
    assertThat(mph.dimension()).isEqualTo("speed");
    assertThat(only("gusts of 240 km/h").value().text()).isEqualTo("240 km/h");
    assertThat(only("sustained winds of 100 knots").value().text()).isEqualTo("185 km/h");
    assertThat(only("up to 120 kilometres per hour").value().text()).isEqualTo("<=120 km/h");
  }

  @Test
  public void areas() {
    assertThat(only("500 hectares burned").value().text()).isEqualTo("5 sq km");
    assertThat(only("20 square miles").value().text()).isEqualTo("51.8 sq km");
    assertThat(only("1,000 acres").value().text()).isEqualTo("4.05 sq km");
    assertThat(only("30 sq km").dimension()).isEqualTo("area");
  }

  @Test
  public void temperaturesInCelsius() {
    NumberMention c = only("temperatures hit 45C on Sunday");
    assertThat(c.value().text()).isEqualTo("45 °C");
    assertThat(c.dimension()).isEqualTo("temperature");
    NumberMention f = only("a high of 113F");
    assertThat(f.value().text()).isEqualTo("45 °C");
    assertThat(f.value().originalUnit()).isEqualTo("°F");
    assertBounds(f.value(), 45.0, 45.0);
    assertThat(only("minus signs aside, 30 degrees Celsius").value().text()).isEqualTo("30 °C");
    assertThat(only("40°C").value().text()).isEqualTo("40 °C");
  }

  @Test
  public void earthquakeMagnitudes() {
    String[] forms = {
      "a magnitude 7.1 earthquake", "a 7.1-magnitude earthquake", "a 7.1 magnitude earthquake",
      "measured 7.1 on the Richter scale", "a magnitude-7.1 quake"
    };
    for (String s : forms) {
      NumberMention m = only(s);
      assertWithMessage(s).that(m.value().text()).isEqualTo("magnitude 7.1");
      assertWithMessage(s).that(m.dimension()).isEqualTo("magnitude");
      assertWithMessage(s).that(m.value().unit()).isEqualTo("magnitude");
    }
  }

  @Test
  public void stormCategory() {
    assertThat(only("a Category 4 hurricane").value().text()).isEqualTo("category 4");
  }

  // --- things that are not quantities ---------------------------------------------------------

  @Test
  public void yearsAreNotQuantities() {
    assertThat(find("The law passed in 1998 and was amended in 2025.")).isEmpty();
    assertThat(find("the 2024 election")).isEmpty();
    assertThat(find("during the 2020-2024 period")).isEmpty();
    assertThat(texts("more than 2,000 people")).containsExactly(">2000");
  }

  @Test
  public void datesAreNotQuantities() {
    assertThat(find("The attack happened on April 16, 2025.")).isEmpty();
    assertThat(find("on 16 April 2025 and on Apr. 3")).isEmpty();
    assertThat(find("filed on 4/16/2025 and 2025-04-16")).isEmpty();
    assertThat(texts("On March 3, 40 people were detained.")).containsExactly("40");
    assertThat(find("The summit runs April 16-18 in Geneva.")).isEmpty();
    assertThat(texts("In March 400 people were detained.")).containsExactly("400");
    assertThat(texts("and on Monday 40 people were detained.")).containsExactly("40");
  }

  @Test
  public void timesAreNotQuantities() {
    assertThat(find("The quake struck at 10 a.m. and again at 14:30.")).isEmpty();
    assertThat(find("at 9 pm local time")).isEmpty();
    assertThat(find("polls close at 8 p.m. ET")).isEmpty();
  }

  @Test
  public void ordinalsAreNotQuantities() {
    assertThat(find("the 3rd round and the 21st century, the first time")).isEmpty();
  }

  @Test
  public void numbersInsideWordsAreNotQuantities() {
    assertThat(find("COVID-19 hit the G7 and 5G networks")).isEmpty();
    assertThat(find("in the 1990s, the mid-2000s")).isEmpty();
  }

  @Test
  public void labelsAndIdsAreNotQuantities() {
    assertThat(find("Flight 370 and Route 66")).isEmpty();
    assertThat(find("the No. 5 seed")).isEmpty();
    assertThat(find("call 555-1234 or 555-123-4567")).isEmpty();
    assertThat(find("case 20231587 was closed")).isEmpty();
    assertThat(find("version 1.2.3")).isEmpty();
  }

  @Test
  public void numbersNamingThingsAreNotQuantities() {
    assertThat(find("The airline grounded its Boeing 737 jets under Section 230 rules.")).isEmpty();
    assertThat(find("the FTSE 100 index")).isEmpty();
    assertThat(texts("Only 4 voted.")).containsExactly("4");
    assertThat(texts("Officials said 40 died.")).containsExactly("40");
  }

  @Test
  public void wordsWithNumberPartsAreNotQuantities() {
    assertThat(find("a one-time payment and a two-way deal")).isEmpty();
  }

  // --- whole sentences ------------------------------------------------------------------------

  @Test
  public void severalMentionsLeftToRight() {
    assertThat(texts(
        "Japan has been hit with 24% levies, paused for 90 days, but a 10% rate remains as does a"
            + " 25% duty for cars."))
        .containsExactly("24%", "90 days", "10%", "25%").inOrder();
    assertThat(texts(
        "The 7.1-magnitude quake on April 16 killed at least 1,200 people, injured hundreds of"
            + " others and left $3bn in damage."))
        .containsExactly("magnitude 7.1", ">=1200", "200-999", "USD 3000000000").inOrder();
    assertThat(texts(
        "The gunman fired about 30 rounds over 10 minutes, killing five people, police said on"
            + " Tuesday."))
        .containsExactly("~30", "10 minutes", "5").inOrder();
    assertThat(texts(
        "Voters gave the party 41.2 per cent and 230 of 450 seats, up 12 seats."))
        .containsExactly("41.2%", "230", "450", "12").inOrder();
  }

  @Test
  public void mentionsDoNotOverlap() {
    List<NumberMention> found =
        find("Between 5 and 10 people, more than 3 km away, and two-thirds of the 40 houses.");
    for (int k = 1; k < found.size(); k++) {
      assertThat(found.get(k).startToken()).isAtLeast(found.get(k - 1).endToken());
    }
    assertThat(found).hasSize(4);
  }

  @Test
  public void randomWordSoupNeverFailsAndNeverOverlaps() {
    String[] vocabulary = {
      "more", "than", "about", "a", "an", "one", "of", "the", "between", "and", "to", "-", "–",
      "$", "US$", "€", "£", "12", "1,200", "3.5", "2025", "04", "16", "/", ":", "%", "per", "cent",
      "million", "bn", "m", "k", "km", "miles", "days", "-day", "year-old", "magnitude", "half",
      "two-thirds", "dozens", "hundreds", "thousands", "in", "April", "Wednesday", "a.m.", "No.",
      "Flight", "G", "COVID", "twenty-five", "hundred", "dozen", "or", "more", "plus", "odd", ",",
      ".", "C", "F", "°", "mph", "square", "sq", "acres", "from", "under", "over", "minutes"
    };
    java.util.Random random = new java.util.Random(42);
    DateParser dates = new DateParser();
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int k = 0; k < length; k++) {
        if (k > 0 && random.nextInt(3) > 0) {
          sb.append(' ');
        }
        sb.append(vocabulary[random.nextInt(vocabulary.length)]);
      }
      String s = sb.toString();
      List<Token> tokens = Tokenizer.tokenize(s, 0);
      List<NumberMention> found = PARSER.find(tokens);
      int previousEnd = 0;
      for (NumberMention m : found) {
        assertWithMessage(s).that(m.startToken()).isAtLeast(previousEnd);
        assertWithMessage(s).that(m.endToken()).isGreaterThan(m.startToken());
        assertWithMessage(s).that(m.start()).isEqualTo(tokens.get(m.startToken()).start());
        assertWithMessage(s).that(m.end()).isEqualTo(tokens.get(m.endToken() - 1).end());
        assertWithMessage(s).that(m.value().text()).isNotEmpty();
        previousEnd = m.endToken();
      }
      dates.find(tokens);
    }
  }

  @Test
  public void findsTheNumbersOfALongArticle() {
    String paragraph =
        "Rescue teams searched on Wednesday for survivors of the earthquake that struck the"
            + " coastal region early on Tuesday, flattening homes and cutting power to large parts"
            + " of the province. Officials said the death toll had risen to 1,200 and that more"
            + " than 3,000 people were injured, many of them in villages close to the epicentre."
            + " The quake, which the geological survey put at magnitude 7.1, was followed by"
            + " dozens of aftershocks. The government has pledged $250 million in emergency aid"
            + " and said schools would stay closed for two weeks. ";
    StringBuilder article = new StringBuilder();
    while (article.length() < 3000) {
      article.append(paragraph);
    }
    List<Token> tokens = Tokenizer.tokenize(article.toString(), 0);
    assertThat(PARSER.find(tokens).size()).isAtLeast(30);
    // Speed is measured by the JMH benchmarks (scripts/jmh.sh), not asserted in a test.
  }
}
