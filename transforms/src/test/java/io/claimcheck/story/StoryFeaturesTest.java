package io.claimcheck.story;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class StoryFeaturesTest {

  @Test
  public void entitiesAreCapitalizedWordsInsideSentences() {
    StoryFeatures f = StoryFeatures.of(1);
    assertThat(f.entities("The storm hit Port Halvern on Monday. Governor's aide Lena Marsh's office said so."))
        .containsExactly("Port", "Halvern", "Lena", "Marsh").inOrder();
  }

  @Test
  public void featuresDropStopWordsShortWordsAndNumbers() {
    StoryFeatures f = StoryFeatures.of(1);
    assertThat(f.features("The hurricane killed 11 people in Halvern, residents said."))
        .containsExactly("w:hurricane", "w:killed", "w:halvern", "w:residents", "e:halvern");
  }

  @Test
  public void shinglesJoinConsecutiveContentWords() {
    StoryFeatures f = StoryFeatures.of(3);
    assertThat(f.features("hurricane killed residents nearby"))
        .containsExactly("w:hurricane killed residents", "w:killed residents nearby");
  }

  @Test
  public void contentWordsKeepTheirSpelling() {
    assertThat(StoryFeatures.of(1).contentWords("Monster Orla batters Port Halvern"))
        .containsExactly("Monster", "Orla", "batters", "Port", "Halvern").inOrder();
  }

  // The patterns the character loops replace, kept as the reference.
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)\\]]*\\s+|\\n+");

  private static List<String> patternWords(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Entities as the pattern version found them (before stop words and possessives). */
  private static List<String> patternSentenceWords(String text) {
    List<String> out = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(text)) {
      List<String> words = patternWords(sentence);
      out.add(String.join("|", words));
    }
    out.removeIf(String::isEmpty);
    return out;
  }

  private static List<String> loopSentenceWords(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      int end = StoryFeatures.sentenceEndAt(text, i);
      if (end < 0) {
        i++;
      } else {
        out.add(String.join("|", StoryFeatures.words(text.substring(start, i))));
        start = end;
        i = end;
      }
    }
    out.add(String.join("|", StoryFeatures.words(text.substring(start))));
    out.removeIf(String::isEmpty);
    return out;
  }

  @Test
  public void loopsEqualThePatternsOnRandomText() {
    String alphabet = "aZé東Ⅻ½²9 \t\n\r\f\u000B.!?\"'”’)]-_,;\u00A0\u2028";
    Random random = new Random(3);
    StoryFeatures f = StoryFeatures.of(1);
    for (int t = 0; t < 20_000; t++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        if (random.nextInt(20) == 0) {
          text.appendCodePoint(0x1D400 + random.nextInt(26)); // mathematical bold letters: surrogate pairs
        } else {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String s = text.toString();
      assertThat(StoryFeatures.words(s)).isEqualTo(patternWords(s));
      assertThat(loopSentenceWords(s)).isEqualTo(patternSentenceWords(s));
    }
  }

  @Test
  public void loopsEqualThePatternsOnTheFixtureArticles() throws IOException {
    int files = 0;
    try (var paths = Files.walk(Path.of("../fixtures/eval"))) {
      for (Path p : paths.filter(x -> x.toString().endsWith(".txt")).toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertThat(StoryFeatures.words(text)).isEqualTo(patternWords(text));
        assertThat(loopSentenceWords(text)).isEqualTo(patternSentenceWords(text));
        files++;
      }
    }
    assertThat(files).isGreaterThan(20);
  }
}
