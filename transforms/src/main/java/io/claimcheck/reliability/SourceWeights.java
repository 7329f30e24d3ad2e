package io.claimcheck.reliability;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * The weight of each source's voice when a consensus is chosen; sources not listed weigh 1.
 *
 * <p><b>Rule</b> (TruthFinder's score, smoothed and bounded). A source's trust is its smoothed
 * agreement rate {@code t = (agreed + a) / (compared + a + d)}, with the prior pseudo-counts
 * {@code a}, {@code d} of {@link ReliabilitySettings}; its score is TruthFinder's {@code -ln(1 - t)},
 * which grows fast as {@code t} nears 1. The weight is that score relative to the prior's
 * ({@code t0 = a / (a + d)}), so an unknown source weighs 1, clamped to
 * {@code [minWeight, maxWeight]}. A source compared in fewer than {@code minStories} stories weighs
 * 1: a document id (the source of a plain-text article) is always such a source, so corpora without
 * JSONL {@code source} fields are judged by plain majority.
 *
 * <p><b>Bounds.</b> A reading's strength is the sum of its voices' weights, so a reading stated by
 * {@code k} voices always beats one stated by {@code m} voices when
 * {@code k × minWeight > m × maxWeight}: with the defaults (0.8, 1.5), twice as many voices always
 * win, and weights only decide ties and near-ties such as 3 against 2.
 *
 * @param bySource weight by source name
 */
public record SourceWeights(Map<String, Double> bySource) implements Serializable {

  /** Every source weighs 1: the plain majority. */
  public static final SourceWeights NEUTRAL = new SourceWeights(Map.of());

  public SourceWeights {
    bySource = Map.copyOf(bySource);
  }

  /** The weight of {@code source}; 1 when unknown. */
  public double of(String source) {
    return bySource.getOrDefault(source, 1.0);
  }

  /** The weight of a source with record {@code tally}, per the rule above. */
  public static double weight(SourceTally tally, ReliabilitySettings settings) {
    if (tally.stories() < settings.minStories()) {
      return 1.0;
    }
    double prior = settings.priorAgreed() / (settings.priorAgreed() + settings.priorDisagreed());
    double trust = (tally.agreed() + settings.priorAgreed())
        / (tally.compared() + settings.priorAgreed() + settings.priorDisagreed());
    double weight = Math.log(1 - trust) / Math.log(1 - prior);
    return Math.max(settings.minWeight(), Math.min(settings.maxWeight(), weight));
  }

  /** The weights of the sources with {@code tallies}. */
  public static SourceWeights from(Map<String, SourceTally> tallies, ReliabilitySettings settings) {
    Map<String, Double> weights = new TreeMap<>();
    tallies.forEach((source, tally) -> weights.put(source, weight(tally, settings)));
    return new SourceWeights(weights);
  }

  /** The source of a document: its JSONL {@code source} when given, else its document id. */
  public static String sourceOf(String docId, String source) {
    return source == null || source.isBlank() ? docId : source;
  }
}
