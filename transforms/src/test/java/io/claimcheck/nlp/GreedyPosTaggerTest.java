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
    GreedyPosTagger greedy = new GreedyPosTagger(NlpModels.posModel());
    for (String sentence : SENTENCES) {
      String[] words = sentence.split(" ");
      assertThat(greedy.tag(words)).asList().containsExactlyElementsIn(reference.tag(words)).inOrder();
    }
  }

  @Test
  public void rawSumsGiveTheTagsOfPosTaggerMeOnEveryFixtureLine() throws java.io.IOException {
    POSTaggerME reference = new POSTaggerME(NlpModels.posModel());
    GreedyPosTagger greedy = new GreedyPosTagger(NlpModels.posModel());
    assertThat(greedy.usesRawSums()).isTrue();
    int lines = 0;
    // The articles of the fixtures (not bad-input's pathological files), a line at a time.
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("../fixtures"))) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".txt"))
          .filter(f -> !f.toString().contains("bad-input")).toList()) {
        for (String line : java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
          String[] words = line.strip().split("\\s+");
          if (words.length > 1 && words.length <= 120) {
            lines++;
            assertThat(greedy.tag(words)).asList().containsExactlyElementsIn(reference.tag(words)).inOrder();
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
