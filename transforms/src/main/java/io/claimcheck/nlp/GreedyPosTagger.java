package io.claimcheck.nlp;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.SequenceValidator;

/**
 * Part-of-speech tagging with a beam of one, decoded directly: for each token, the outcome the
 * model scores highest (the first of equal ones) that the model's sequence validator accepts, else
 * the best valid one. This is what OpenNLP's {@code BeamSearch} of size 1 returns, with the same
 * context generator and validator as {@code POSTaggerME}; it skips the search's per-token sort of
 * all outcome scores and its sequence objects, which cost about a sixth of tagging time.
 * Outcomes are returned as the model writes them (the UD model needs no tag-format mapping).
 * Not thread-safe: one per extractor, like {@code POSTaggerME}.
 *
 * <p>For a GIS (maxent) model with its uniform prior — what a model file loads as — the scores are
 * the raw sums of the features' parameters: the model's probabilities are {@code exp} of those sums
 * plus one constant, normalized, so the order of outcomes is the same, without the per-token prior
 * array, {@code exp} calls and normalization (a tenth of tagging time). When, in addition, the
 * model's context generator is the one {@link PosFeatures} mirrors (checked on construction), the
 * features' parameters are looked up once per distinct word instead of built as strings and looked
 * up per token (about half of tagging time); the sums are the same, added in the same order.
 */
public final class GreedyPosTagger {

  private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];

  private final MaxentModel model;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> validator;
  private final double[] scores;
  // The model's predicate → parameters map when scores can be raw sums; else null.
  private final Map<String, Context> parameters;
  // Per-word feature parameters when the model's generator is the one they mirror; else null.
  private final PosFeatures features;

  /** A tagger for {@code model}, which must be a maxent (not a perceptron-sequence) model. */
  public GreedyPosTagger(POSModel model) {
    this(model, true);
  }

  /** A tagger that looks features up per word only if {@code wordFeatures} (tests use both). */
  GreedyPosTagger(POSModel model, boolean wordFeatures) {
    POSTaggerFactory factory = model.getFactory();
    this.model = model.getArtifact("pos.model");
    // POSTaggerME sizes the context generator's cache by the beam, which is 1 here.
    this.contexts = factory.getPOSContextGenerator(NlpModels.POS_BEAM_SIZE);
    this.validator = factory.getSequenceValidator();
    this.scores = new double[this.model.getNumOutcomes()];
    this.parameters = rawSumsApply(this.model) ? predicateParameters((GISModel) this.model) : null;
    PosFeatures candidate = wordFeatures && parameters != null
        ? new PosFeatures(parameters, this.model.getNumOutcomes()) : null;
    this.features = candidate != null && candidate.matches(contexts, outcomes(this.model)) ? candidate : null;
  }

  private static String[] outcomes(MaxentModel model) {
    String[] outcomes = new String[model.getNumOutcomes()];
    for (int p = 0; p < outcomes.length; p++) {
      outcomes[p] = model.getOutcome(p);
    }
    return outcomes;
  }

  /** Whether scores are raw parameter sums (for tests). */
  boolean usesRawSums() {
    return parameters != null;
  }

  /** Whether features are looked up per word (for tests). */
  boolean usesWordFeatures() {
    return features != null;
  }

  /** Raw sums order outcomes as the model does for a GIS model read from a file (a uniform prior). */
  private static boolean rawSumsApply(MaxentModel model) {
    return model.getClass() == GISModel.class;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Context> predicateParameters(GISModel model) {
    return (Map<String, Context>) model.getDataStructures()[1];
  }

  /** Scores of every outcome for {@code context}: ordered as the model's probabilities. */
  private double[] score(String[] context) {
    if (parameters == null) {
      return model.eval(context, scores);
    }
    PosFeatures.sum(parameters, context, scores);
    return scores;
  }

  /** The tags of {@code words}, one per word. */
  public String[] tag(String[] words) {
    String[] tags = new String[words.length];
    PosFeatures.Word[] sentence = features == null ? null : features.words(words);
    for (int i = 0; i < words.length; i++) {
      // The context generator reads the tags decided so far; BeamSearch hands it exactly those.
      String[] prior = Arrays.copyOf(tags, i);
      double[] s;
      if (sentence != null) {
        features.score(i, sentence, tags, scores);
        s = scores;
      } else {
        s = score(contexts.getContext(i, words, prior, NO_ADDITIONAL_CONTEXT));
      }
      int best = 0;
      for (int p = 1; p < s.length; p++) {
        if (s[p] > s[best]) {
          best = p;
        }
      }
      String tag = null;
      // Every outcome tied with the best is a candidate; the first valid one wins, as in BeamSearch.
      for (int p = best; p < s.length && tag == null; p++) {
        if (s[p] == s[best] && validator.validSequence(i, words, prior, model.getOutcome(p))) {
          tag = model.getOutcome(p);
        }
      }
      if (tag == null) {
        tag = bestValid(i, words, prior, s);
      }
      tags[i] = tag;
    }
    return tags;
  }

  /** When the best outcome is invalid here: the highest-scoring valid one (BeamSearch's fallback). */
  private String bestValid(int i, String[] words, String[] prior, double[] s) {
    String tag = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int p = 0; p < s.length; p++) {
      String out = model.getOutcome(p);
      if (s[p] > bestScore && validator.validSequence(i, words, prior, out)) {
        tag = out;
        bestScore = s[p];
      }
    }
    if (tag == null) {
      throw new IllegalStateException("no valid part-of-speech tag for token " + i);
    }
    return tag;
  }
}
