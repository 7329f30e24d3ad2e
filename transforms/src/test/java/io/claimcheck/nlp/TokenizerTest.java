package io.claimcheck.nlp;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class TokenizerTest {

  private static List<String> texts(String s) {
    return Tokenizer.tokenize(s, 0).stream().map(Token::text).toList();
  }

  @Test
  public void keepsAbbreviationsWithInnerPeriods() {
    assertThat(texts("the U.S. and U.K. at 10 a.m.")).containsExactly(
        "the", "U.S.", "and", "U.K.", "at", "10", "a.m.").inOrder();
  }

  @Test
  public void keepsPossessivesOnTheWord() {
    assertThat(texts("Japan's and Tokyo’s")).containsExactly("Japan's", "and", "Tokyo’s").inOrder();
  }

  @Test
  public void splitsPossessiveAfterAbbreviation() {
    assertThat(texts("the U.S.'s plan")).containsExactly("the", "U.S.", "'s", "plan").inOrder();
  }

  @Test
  public void keepsHyphenatedWords() {
    assertThat(texts("counter-measures and ex-State won't")).containsExactly(
        "counter-measures", "and", "ex-State", "won't").inOrder();
  }

  @Test
  public void keepsNumbersWithSeparatorsAndDecimals() {
    assertThat(texts("1,200.5 and 3.5")).containsExactly("1,200.5", "and", "3.5").inOrder();
  }

  @Test
  public void splitsPercentCurrencyAndScale() {
    assertThat(texts("24% of $3bn and €85m")).containsExactly(
        "24", "%", "of", "$", "3", "bn", "and", "€", "85", "m").inOrder();
  }

  @Test
  public void splitsNumberFromHyphenatedAdjective() {
    assertThat(texts("a 90-day pause")).containsExactly("a", "90", "-", "day", "pause").inOrder();
    assertThat(texts("10-year-old")).containsExactly("10", "-", "year-old").inOrder();
  }

  @Test
  public void splitsDigitsFromLetters() {
    assertThat(texts("G7 COVID-19 3rd")).containsExactly(
        "G", "7", "COVID", "-", "19", "3", "rd").inOrder();
  }

  @Test
  public void keepsPeriodOnTitlesAndMonthAbbreviations() {
    assertThat(texts("Mr. Smith on Apr. 16.")).containsExactly(
        "Mr.", "Smith", "on", "Apr.", "16", ".").inOrder();
  }

  @Test
  public void lowerCaseWordsBeforeAPeriodKeepItSeparate() {
    assertThat(texts("he said no. Then vs. them")).containsExactly(
        "he", "said", "no", ".", "Then", "vs.", "them").inOrder();
    assertThat(texts("No. 5 and Sept. 30")).containsExactly("No.", "5", "and", "Sept.", "30")
        .inOrder();
  }

  @Test
  public void offsetsAreExactAndShifted() {
    String s = "Up 24% in U.S. trade";
    List<Token> tokens = Tokenizer.tokenize(s, 100);
    for (Token t : tokens) {
      assertThat(s.substring(t.start() - 100, t.end() - 100)).isEqualTo(t.text());
    }
    assertThat(tokens.get(1)).isEqualTo(new Token("24", 103, 105));
  }

  @Test
  public void emptyTextHasNoTokens() {
    assertThat(Tokenizer.tokenize("  ", 0)).isEmpty();
  }
}
