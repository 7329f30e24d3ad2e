package io.claimcheck.nlp;

import static com.google.common.truth.Truth.assertThat;

import opennlp.tools.postag.POSTaggerME;
import org.junit.Test;

/** {@link GreedyPosTagger} gives exactly the tags of OpenNLP's tagger with the same beam of one. */
public class GreedyPosTaggerTest {

  private static final String[] SENTENCES = {
    "The storm flattened about 400 homes along the coast , officials said on Friday .",
    "Shares of the retailer fell 12 % in early trading after it cut its forecast for the year .",
    "\" We will appeal , \" said defence lawyer Anna Kowalczyk , 52 , outside the court in Krakow .",
    "Turnout was 61.5 percent , up from 58 percent four years ago , the electoral commission reported .",
    "Rescue teams pulled two survivors from the rubble late Tuesday , but dozens remain missing .",
    "A",
    "Running ?",
  };

  @Test
  public void tagsEqualThoseOfPosTaggerMe() {
    POSTaggerME reference = new POSTaggerME(NlpModels.posModel());
    // With features looked up per word (the default) and per token (the generic path).
    for (boolean wordFeatures : new boolean[] {true, false}) {
      GreedyPosTagger greedy = new GreedyPosTagger(NlpModels.posModel(), wordFeatures);
      assertThat(greedy.usesWordFeatures()).isEqualTo(wordFeatures);
      for (String sentence : SENTENCES) {
        String[] words = sentence.split(" ");
        assertThat(greedy.tag(words)).asList().containsExactlyElementsIn(reference.tag(words)).inOrder();
      }
    }
  }

  @Test
  public void bothPathsGiveTheTagsOfPosTaggerMeOnEveryFixtureLine() throws java.io.IOException {
    POSTaggerME reference = new POSTaggerME(NlpModels.posModel());
    GreedyPosTagger perWord = new GreedyPosTagger(NlpModels.posModel(), true);
    GreedyPosTagger generic = new GreedyPosTagger(NlpModels.posModel(), false);
    assertThat(generic.usesRawSums()).isTrue();
    int lines = 0;
    // The articles of the fixtures (not bad-input's pathological files), a line at a time, as UTF-8.
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("../fixtures"))) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".txt"))
          .filter(f -> !f.toString().contains("bad-input")).toList()) {
        String text = new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
          String[] words = line.strip().split("\\s+");
          if (words.length > 1 && words.length <= 120) {
            lines++;
            java.util.List<String> expected = java.util.List.of(reference.tag(words));
            assertThat(perWord.tag(words)).asList().containsExactlyElementsIn(expected).inOrder();
            assertThat(generic.tag(words)).asList().containsExactlyElementsIn(expected).inOrder();
          }
        }
      }
    }
    assertThat(lines).isGreaterThan(200);
  }

  @Test
  public void emptySentenceHasNoTags() {
    assertThat(new GreedyPosTagger(NlpModels.posModel()).tag(new String[0])).isEmpty();
  }
}
