package io.claimcheck.extract;

import static com.google.common.truth.Truth.assertThat;

import io.claimcheck.model.ValueKind;
import io.claimcheck.nlp.Tokenizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class DateParserTest {

  private static final DateParser PARSER = new DateParser();

  private static List<DateMention> find(String sentence) {
    return PARSER.find(Tokenizer.tokenize(sentence, 0));
  }

  private static List<String> texts(String sentence) {
    return find(sentence).stream().map(m -> m.value().text()).toList();
  }

  @Test
  public void weekdays() {
    String s = "Talks begin on Wednesday in Washington.";
    List<DateMention> found = find(s);
    assertThat(found).hasSize(1);
    DateMention m = found.get(0);
    assertThat(m.value().kind()).isEqualTo(ValueKind.DATE);
    assertThat(m.value().text()).isEqualTo("Wednesday");
    assertThat(s.substring(m.start(), m.end())).isEqualTo("Wednesday");
    assertThat(m.startToken()).isEqualTo(3);
    assertThat(m.endToken()).isEqualTo(4);
    assertThat(texts("Friday's vote and the Sunday ballot")).containsExactly("Friday", "Sunday");
  }

  @Test
  public void monthDayYear() {
    assertThat(texts("The storm hit on April 16, 2025, at dawn.")).containsExactly("2025-04-16");
    assertThat(texts("on April 16 2025")).containsExactly("2025-04-16");
    assertThat(texts("by Sept. 30, 2024")).containsExactly("2024-09-30");
    assertThat(texts("on April 16th")).containsExactly("--04-16");
  }

  @Test
  public void monthDayWithoutYear() {
    assertThat(texts("The verdict came on Apr. 16.")).containsExactly("--04-16");
    assertThat(texts("on Dec 3 officials said")).containsExactly("--12-03");
  }

  @Test
  public void dayMonthYear() {
    assertThat(texts("on 16 April 2025")).containsExactly("2025-04-16");
    assertThat(texts("on 16 April, 2025")).containsExactly("2025-04-16");
    assertThat(texts("since 3 March")).containsExactly("--03-03");
    assertThat(texts("on the 16th of April")).containsExactly("--04-16");
  }

  @Test
  public void monthAndYear() {
    assertThat(texts("results for March 2025")).containsExactly("2025-03");
  }

  @Test
  public void numericDates() {
    assertThat(texts("filed 2025-04-16 in court")).containsExactly("2025-04-16");
    assertThat(texts("signed 4/16/2025")).containsExactly("2025-04-16");
    assertThat(texts("signed 16/4/2025")).containsExactly("2025-04-16");
    assertThat(texts("signed 4/16/25")).containsExactly("2025-04-16");
  }

  @Test
  public void invalidDatesAreRejected() {
    assertThat(find("on February 30, 2025")).isEmpty();
    assertThat(find("2025-13-45")).isEmpty();
  }

  @Test
  public void yearAfterPreposition() {
    assertThat(texts("The company was founded in 1998.")).containsExactly("1998");
    assertThat(texts("the 2024 election")).isEmpty();
  }

  @Test
  public void relativeDates() {
    assertThat(texts("Police said yesterday that two men were held.")).containsExactly(
        "relative:yesterday");
    assertThat(texts("Today the court ruled")).containsExactly("relative:today");
    assertThat(texts("talks last week and again next week")).containsExactly(
        "relative:last week", "relative:next week").inOrder();
    assertThat(texts("earlier this month")).containsExactly("relative:earlier this month");
    assertThat(texts("tomorrow")).containsExactly("relative:tomorrow");
  }

  @Test
  public void lowerCaseMonthWordsAreNotDates() {
    assertThat(find("Prices may 5 times rise, and they march 10 miles.")).isEmpty();
  }

  @Test
  public void numbersAloneAreNotDates() {
    assertThat(find("At least 12 people died and 40% were hurt.")).isEmpty();
  }

  @Test
  public void weekdayAndDateTogether() {
    assertThat(texts("on Wednesday, April 16, 2025")).containsExactly("Wednesday", "2025-04-16")
        .inOrder();
  }

  @Test
  public void resolveAgainstPublicationDate() {
    LocalDate published = LocalDate.of(2025, 4, 16); // a Wednesday
    assertThat(DateParser.resolve("2025-04-10", published)).hasValue(LocalDate.of(2025, 4, 10));
    assertThat(DateParser.resolve("--04-10", published)).hasValue(LocalDate.of(2025, 4, 10));
    assertThat(DateParser.resolve("relative:yesterday", published))
        .hasValue(LocalDate.of(2025, 4, 15));
    assertThat(DateParser.resolve("relative:today", published)).hasValue(published);
    assertThat(DateParser.resolve("relative:tomorrow", published))
        .hasValue(LocalDate.of(2025, 4, 17));
    assertThat(DateParser.resolve("Monday", published)).hasValue(LocalDate.of(2025, 4, 14));
    assertThat(DateParser.resolve("Friday", published)).hasValue(LocalDate.of(2025, 4, 18));
    assertThat(DateParser.resolve("relative:last week", published)).isEmpty();
    assertThat(DateParser.resolve("2025-04", published)).isEmpty();
  }
}
