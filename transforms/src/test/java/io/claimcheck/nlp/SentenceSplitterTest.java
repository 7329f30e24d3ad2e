package io.claimcheck.nlp;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> texts(String text) {
    List<Sentence> sentences = splitter.split(text);
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      assertThat(s.index()).isEqualTo(i);
      assertThat(s.text()).isEqualTo(text.substring(s.start(), s.end()));
    }
    return sentences.stream().map(Sentence::text).toList();
  }

  @Test
  public void doesNotSplitAfterUsBeforeAName() {
    assertThat(texts("U.S. Treasury Secretary Janet Smith met the delegation on Monday."))
        .containsExactly("U.S. Treasury Secretary Janet Smith met the delegation on Monday.");
  }

  @Test
  public void doesNotSplitAfterTitlesMonthsOrInitials() {
    assertThat(texts("Mr. Smith and Dr. Jones met Gov. Lee on Jan. 5 in St. Paul. J. R. Brown left."))
        .containsExactly("Mr. Smith and Dr. Jones met Gov. Lee on Jan. 5 in St. Paul.", "J. R. Brown left.");
    assertThat(texts("Sen. Warren spoke first. It was No. 2 on the list."))
        .containsExactly("Sen. Warren spoke first.", "It was No. 2 on the list.");
  }

  @Test
  public void neverEndsASentenceInsideADecimalNumber() {
    // The model ends a sentence at the point of "$1.42" (and OpenNLP then at the next space).
    assertThat(texts("Sales fell 9% to $1.42 billion from $1.56 billion. Analysts had expected more."))
        .containsExactly("Sales fell 9% to $1.42 billion from $1.56 billion.", "Analysts had expected more.");
    assertThat(texts("The club lost €1.12 a ticket, or 3%, on the season. Attendance fell."))
        .containsExactly("The club lost €1.12 a ticket, or 3%, on the season.", "Attendance fell.");
    assertThat(texts("Turnout was 61.5. Officials were pleased."))
        .containsExactly("Turnout was 61.5.", "Officials were pleased.");
  }

  @Test
  public void splitsAfterUsBeforeASentenceOpener() {
    assertThat(texts("Talks were held in the U.S. The talks ended on Friday."))
        .containsExactly("Talks were held in the U.S.", "The talks ended on Friday.");
    assertThat(texts("The deal was signed by Acme Inc. The company did not comment."))
        .containsExactly("The deal was signed by Acme Inc.", "The company did not comment.");
  }

  @Test
  public void keepsCommaAfterAbbreviationInOneSentence() {
    assertThat(texts("Sales in the U.S., The report said, fell sharply."))
        .containsExactly("Sales in the U.S., The report said, fell sharply.");
  }

  @Test
  public void offsetsAreExactAcrossParagraphs() {
    String text = "  First line in the U.S. Army base.  \n\nMr. Lee spoke. He left.\n";
    List<Sentence> sentences = splitter.split(text);
    assertThat(texts(text))
        .containsExactly("First line in the U.S. Army base.", "Mr. Lee spoke.", "He left.");
    assertThat(sentences.get(1).start()).isEqualTo(text.indexOf("Mr. Lee"));
  }

  @Test
  public void capsVeryLongLines() {
    String text = "word ".repeat(20_000).trim(); // 100 KB, no punctuation
    List<Sentence> sentences = splitter.split(text);
    assertThat(sentences.size()).isGreaterThan(99);
    for (Sentence s : sentences) {
      assertThat(s.text().length()).isAtMost(SentenceSplitter.MAX_SENTENCE_CHARS);
      assertThat(s.text()).isEqualTo(text.substring(s.start(), s.end()));
      assertThat(s.text()).doesNotContain("wor d");
      assertThat(s.text().endsWith("word")).isTrue();
    }
    assertThat(sentences.get(sentences.size() - 1).end()).isEqualTo(text.length());
  }

  @Test
  public void survivesDotRuns() {
    String text = "a.".repeat(50_000);
    List<String> sentences = texts(text);
    assertThat(String.join("", sentences)).isEqualTo(text);
  }

  @Test
  public void capsLongTokensWithoutSpaces() {
    String text = "x".repeat(2_500);
    assertThat(texts(text).stream().map(String::length).toList()).containsExactly(1000, 1000, 500);
  }

  @Test
  public void sentenceCapIsConfigurable() {
    String text = "word ".repeat(100).strip() + ".";
    for (Sentence s : new SentenceSplitter(50).split(text)) {
      assertThat(s.text().length()).isAtMost(50);
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
  }

  @Test
  public void abbreviationKindsIgnoreQuotesAndBracketsAroundTheWord() {
    assertThat(splitter.abbreviationKind("Dr.")).isEqualTo("title");
    assertThat(splitter.abbreviationKind("\u201cDr.")).isEqualTo("title");
    assertThat(splitter.abbreviationKind("K.")).isEqualTo("fixed");
    assertThat(splitter.abbreviationKind("(E.U.)")).isEqualTo("ambiguous");
    assertThat(splitter.abbreviationKind("E.U.\"")).isEqualTo("ambiguous");
    assertThat(splitter.abbreviationKind("harbour.")).isNull();
    assertThat(splitter.abbreviationKind("harbour")).isNull();
    assertThat(splitter.abbreviationKind("E.U")).isNull();
    assertThat(splitter.abbreviationKind("\"")).isNull();
  }
}
