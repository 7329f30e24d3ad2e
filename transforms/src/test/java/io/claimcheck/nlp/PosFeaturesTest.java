package io.claimcheck.nlp;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerME;
import org.junit.Test;

/** {@link PosFeatures} makes the model's own features and sums their parameters as the model does. */
public class PosFeaturesTest {

  private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];

  private static POSContextGenerator generator() {
    return NlpModels.posModel().getFactory().getPOSContextGenerator(NlpModels.POS_BEAM_SIZE);
  }

  private static MaxentModel model() {
    return NlpModels.posModel().getArtifact("pos.model");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Context> parameters() {
    return (Map<String, Context>) ((GISModel) model()).getDataStructures()[1];
  }

  /** Fixture article lines (not bad-input's pathological files), split on white space. */
  private static List<String[]> fixtureLines() throws IOException {
    List<String[]> lines = new ArrayList<>();
    try (var files = Files.walk(Path.of("../fixtures"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt"))
          .filter(f -> !f.toString().contains("bad-input")).toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
          String[] words = line.strip().split("\\s+");
          if (words.length > 1 && words.length <= 120) {
            lines.add(words);
          }
        }
      }
    }
    return lines;
  }

  @Test
  public void theTaggerUsesWordFeaturesForTheBundledModel() {
    assertThat(new GreedyPosTagger(NlpModels.posModel()).usesWordFeatures()).isTrue();
  }

  @Test
  public void featuresEqualTheGeneratorsForEveryTokenOfTheFixtures() throws IOException {
    POSContextGenerator generator = generator();
    POSTaggerME tagger = new POSTaggerME(NlpModels.posModel());
    int tokens = 0;
    for (String[] words : fixtureLines()) {
      String[] tags = tagger.tag(words);
      for (int i = 0; i < words.length; i++) {
        String[] prior = Arrays.copyOf(tags, i);
        assertThat(PosFeatures.features(i, words, prior))
            .containsExactlyElementsIn(generator.getContext(i, words, prior, NO_ADDITIONAL_CONTEXT))
            .inOrder();
        tokens++;
      }
    }
    assertThat(tokens).isGreaterThan(5000);
  }

  @Test
  public void scoresAreTheModelsSumsBitForBit() {
    // A different domain from the fixtures: sport, with scores, hyphens and a one-word sentence.
    String[][] sentences = {
      "The Hawks beat the Lions 3-1 on Saturday , their fifth straight win at home .".split(" "),
      "Goal !".split(" "),
      "Referee".split(" "),
    };
    POSContextGenerator generator = generator();
    Map<String, Context> parameters = parameters();
    PosFeatures features = new PosFeatures(parameters);
    double[] fast = new double[model().getNumOutcomes()];
    for (String[] words : sentences) {
      PosFeatures.Word[] sentence = features.words(words);
      String[] tags = new POSTaggerME(NlpModels.posModel()).tag(words);
      for (int i = 0; i < words.length; i++) {
        features.score(i, sentence, tags, fast);
        double[] expected = new double[fast.length];
        for (String predicate : generator.getContext(i, words, Arrays.copyOf(tags, i), NO_ADDITIONAL_CONTEXT)) {
          Context c = parameters.get(predicate);
          if (c != null) {
            for (int j = 0; j < c.getOutcomes().length; j++) {
              expected[c.getOutcomes()[j]] += c.getParameters()[j];
            }
          }
        }
        assertThat(fast).isEqualTo(expected);
      }
    }
  }

  @Test
  public void theWordCacheStaysBounded() {
    PosFeatures features = new PosFeatures(parameters(), 10);
    String[] words = new String[25];
    for (int i = 0; i < words.length; i++) {
      words[i] = "word" + i;
    }
    PosFeatures.Word[] sentence = features.words(words);
    assertThat(features.cachedWords()).isAtMost(10);
    assertThat(Arrays.asList(sentence)).doesNotContain(null);
  }

  @Test
  public void aGeneratorWithOtherFeaturesDoesNotMatch() {
    POSContextGenerator other = new POSContextGenerator() {
      @Override
      public String[] getContext(int index, String[] tokens, String[] tags, Object[] additionalContext) {
        return new String[] {"w=" + tokens[index]};
      }
    };
    assertThat(PosFeatures.matches(other, new String[] {"NOUN", "VERB"})).isFalse();
    assertThat(PosFeatures.matches(generator(), new String[] {"NOUN", "VERB"})).isTrue();
  }
}
