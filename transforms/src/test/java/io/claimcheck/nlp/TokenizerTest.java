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

  // The expression the scanner implements (see Tokenizer), as the reference it must agree with.
  private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile(String.join("|",
      "(?:\\p{L}\\.){2,}",
      "\\d+(?:[.,]\\d+)*",
      "['’][sS](?![\\p{L}])",
      "\\p{L}[\\p{L}\\p{M}]*(?:[-'’][\\p{L}\\p{M}]+)*",
      "[^\\s]"));

  /** The expression's matches, with the scanner's rule for periods kept after abbreviations. */
  private static List<String> reference(String text) {
    List<String> tokens = new java.util.ArrayList<>();
    java.util.regex.Matcher m = REFERENCE.matcher(text);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      String t = m.group();
      if (e < text.length() && text.charAt(e) == '.' && Tokenizer.keepsPeriod(t)) {
        e++;
        m.region(e, text.length());
      }
      tokens.add(s + ":" + text.substring(s, e));
    }
    return tokens;
  }

  private static List<String> scanned(String text) {
    return Tokenizer.tokenize(text, 0).stream().map(t -> t.start() + ":" + t.text()).toList();
  }

  @Test
  public void scannerAgreesWithTheExpressionOnRandomText() {
    // Letters (with a mark, a supplementary letter and a lone surrogate), digits, separators,
    // apostrophes, abbreviations that keep their period, ASCII and other spaces.
    String[] pieces = {"a", "B", "s", "S", "é", "e\u0301", "\uD835\uDC00", "\uD83D\uDE00", "\uD835", "ǅ",
        "1", "42", ".", ",", "-", "'", "’", "$", "%", " ", "  ", "\t", "\n", "\u00A0", "\u2009", "\r\n",
        "Mr", "Jan", "vs", "U.S", "a.m", "No", "(", ")", "\"", "'s", "’S"};
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int k = 0; k < length; k++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      assertThat(scanned(text.toString())).containsExactlyElementsIn(reference(text.toString())).inOrder();
    }
  }

  @Test
  public void scannerAgreesWithTheExpressionOnTheFixtures() throws java.io.IOException {
    int files = 0;
    try (var paths = java.nio.file.Files.walk(java.nio.file.Path.of("../fixtures"))) {
      for (java.nio.file.Path file : paths.filter(f -> f.toString().endsWith(".txt")).toList()) {
        String text = new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(scanned(text)).containsExactlyElementsIn(reference(text)).inOrder();
        files++;
      }
    }
    assertThat(files).isGreaterThan(30);
  }
}
