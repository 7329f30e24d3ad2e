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
        // UTF-8, as the job reads them; a malformed byte becomes U+FFFD, also a token to tag.
        for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")) {
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
    PosFeatures features = new PosFeatures(parameters, model().getNumOutcomes());
    double[] fast = new double[model().getNumOutcomes()];
    for (String[] words : sentences) {
      PosFeatures.Word[] sentence = features.words(words);
      String[] tags = new POSTaggerME(NlpModels.posModel()).tag(words);
      for (int i = 0; i < words.length; i++) {
        features.score(i, sentence, tags, fast);
        // The generic sums, written out here rather than through PosFeatures.sum.
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
  public void theWordCacheStaysBoundedAndScoresStayExact() {
    int outcomes = model().getNumOutcomes();
    PosFeatures features = new PosFeatures(parameters(), outcomes, 4);
    // Cleared several times within the sentence, and again by the next one.
    String[] words = "Floodwater reached the second floor of 14 homes in the valley , residents said .".split(" ");
    POSTaggerME tagger = new POSTaggerME(NlpModels.posModel());
    String[] tags = tagger.tag(words);
    PosFeatures.Word[] sentence = features.words(words);
    assertThat(features.cachedWords()).isAtMost(4);
    features.words("Residents of the valley said floodwater reached 14 homes .".split(" "));
    assertThat(features.cachedWords()).isAtMost(4);
    double[] fast = new double[outcomes];
    double[] generic = new double[outcomes];
    for (int i = 0; i < words.length; i++) {
      String[] prior = Arrays.copyOf(tags, i);
      features.score(i, sentence, prior, fast);
      PosFeatures.sum(parameters(), generator().getContext(i, words, prior, NO_ADDITIONAL_CONTEXT), generic);
      assertThat(fast).isEqualTo(generic);
    }
  }

  @Test
  public void aGeneratorWithOtherFeaturesDoesNotMatch() {
    String[] tagSet = {"NOUN", "VERB", "ADP"};
    POSContextGenerator model = generator();
    assertThat(features().matches(model, tagSet)).isTrue();
    // Near misses of the model's generator: one feature fewer, one more, two swapped, one respelled.
    assertThat(features().matches(edited(model, f -> f.remove(f.size() - 1)), tagSet)).isFalse();
    assertThat(features().matches(edited(model, f -> f.add("S=end")), tagSet)).isFalse();
    assertThat(features().matches(edited(model, f -> java.util.Collections.swap(f, 1, 2)), tagSet)).isFalse();
    assertThat(features().matches(edited(model, f -> f.set(0, f.get(0).toUpperCase())), tagSet)).isFalse();
  }

  @Test
  public void missingTagsGiveNoTagFeaturesAsInOpenNlp() {
    String[] words = "Police closed the road".split(" ");
    String[] prior = {"NOUN", null, "DET"};
    assertThat(PosFeatures.features(3, words, prior))
        .containsExactlyElementsIn(generator().getContext(3, words, prior, NO_ADDITIONAL_CONTEXT))
        .inOrder();
  }

  private static PosFeatures features() {
    return new PosFeatures(parameters(), model().getNumOutcomes());
  }

  /** {@code generator} with its features of every token changed by {@code edit}. */
  private static POSContextGenerator edited(POSContextGenerator generator,
      java.util.function.Consumer<List<String>> edit) {
    return (index, tokens, tags, additionalContext) -> {
      List<String> features = new ArrayList<>(List.of(generator.getContext(index, tokens, tags, additionalContext)));
      edit.accept(features);
      return features.toArray(new String[0]);
    };
  }
}
