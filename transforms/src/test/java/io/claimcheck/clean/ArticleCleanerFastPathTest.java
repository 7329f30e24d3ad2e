package io.claimcheck.clean;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * The cleaner's character-loop helpers give what the regexes they replaced gave, on lines in
 * several domains and with edge punctuation, odd spaces and control characters.
 */
@RunWith(JUnit4.class)
public class ArticleCleanerFastPathTest {

  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[\\s*•·▪►▶‣◦\\-–—_=>|:]+|[\\s.:;,!|»›>→\\-–—_=]+$");
  private static final Pattern SPACES = Pattern.compile(" +");
  private static final Pattern ZERO_WIDTH = Pattern.compile("[\u200B-\u200D\u2060\uFEFF\u00AD]");
  private static final Pattern ODD_SPACE = Pattern.compile("[\\p{Zs}\\t\\x0B\\f]+");

  private static final List<String> LINES = List.of(
      "",
      " ",
      "Advertisement",
      "  • Related: Flood barriers hold in the lower valley —",
      "-- Reporting by Ana Lima; Editing by Tom Hale.",
      "The council approved the budget, 7-2, on Tuesday...",
      "»» Sports » Cricket » Test match abandoned after rain ||",
      "=> :: read more ::",
      "Shares fell 4.5%   in early\ttrading",
      "Prices rose\u00a0sharply in the\u2009capital",
      "soft\u00adhyphen and zero\u200bwidth",
      "tab\tin the middle and a form\ffeed",
      "ends with a vertical tab\u000b",
      "\u0001control first then words",
      "words then control\u0001 ",
      "—",
      "· ·  · ",
      "With additional reporting by staff in Nairobi!");

  private static String referenceKey(String line) {
    return SPACES.matcher(EDGE_PUNCTUATION.matcher(line).replaceAll("")).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  @Test
  public void keyMatchesTheRegexDefinition() {
    for (String line : LINES) {
      assertWithMessage(line).that(ArticleCleaner.key(line)).isEqualTo(referenceKey(line));
    }
  }

  @Test
  public void wordCountMatchesSplitOnWhiteSpace() {
    for (String line : LINES) {
      String t = line.trim();
      int expected = t.isEmpty() ? 0 : t.split("\\s+").length;
      assertWithMessage(line).that(ArticleCleaner.wordCount(line)).isEqualTo(expected);
    }
  }

  @Test
  public void spaceNormalizationIsSkippedOnlyWhenItWouldChangeNothing() {
    for (String line : LINES) {
      String normalized = ODD_SPACE.matcher(ZERO_WIDTH.matcher(line).replaceAll("")).replaceAll(" ");
      assertWithMessage(line).that(ArticleCleaner.needsSpaceNormalization(line)).isEqualTo(!normalized.equals(line));
    }
    assertThat(ArticleCleaner.needsSpaceNormalization("Plain line, one space each.")).isFalse();
  }

  private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’«»„‟‹›`]");

  private static final List<String> PROSE = List.of(
      "\"Rebuild, rebuild, rebuild\" \"Rebuild, rebuild, rebuild\"",
      "‘Water is rising’ ‘Water is rising’",
      "The mayor said: \"We are ready.\" Crews arrived at noon.",
      "Ballots were counted overnight (officials confirmed).  Turnout rose.",
      "Is it over?) Not yet…  The tally resumes Monday. AP",
      "Goals scored: 3. Final whistle at 90' . Fans left",
      "a.) . b",
      "no sentence mark here",
      "ends with a mark.",
      "`single` and «double» and „low“ quotes",
      "tab\tseparated\twords and a\u000bvertical tab");

  @Test
  public void wordsBetweenQuotesAndSpacesMatchReplaceTrimSplit() {
    for (String line : PROSE) {
      String[] expected = QUOTES.matcher(line).replaceAll(" ").trim().split("\\s+");
      assertWithMessage(line).that(ArticleCleaner.wordsBetweenQuotesAndSpaces(line)).asList()
          .containsExactlyElementsIn(expected).inOrder();
    }
    assertThat(ArticleCleaner.wordsBetweenQuotesAndSpaces("\"  ‘’ ")).isEmpty();
  }

  @Test
  public void lastSentenceEndMatchesTheLastRegexMatch() {
    for (String line : PROSE) {
      int expected = 0;
      java.util.regex.Matcher m = ArticleCleaner.SENTENCE_END.matcher(line);
      while (m.find()) {
        expected = m.end();
      }
      assertWithMessage(line).that(ArticleCleaner.lastSentenceEnd(line)).isEqualTo(expected);
    }
  }

  @Test
  public void splitLinesMatchesTheLineBreakSplit() {
    for (String text : List.of("", "one", "a\nb", "a\r\nb\rc\n", "\n\n", "x\r\r\ny\u2028z\u2029\u0085w", "end\r")) {
      assertWithMessage(text).that(ArticleCleaner.splitLines(text))
          .containsExactlyElementsIn(ArticleCleaner.LINE_BREAK.split(text, -1)).inOrder();
    }
  }
}
