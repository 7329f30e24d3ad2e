package io.claimcheck.reliability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Weighted consensus and iterative source reliability (truth discovery in the manner of TruthFinder):
 * a reading's strength is the summed weight of the voices that state it; a source's weight comes from
 * how often its statements agree with the consensus across all stories ({@link SourceWeights}); the
 * two are computed alternately for a fixed number of rounds, starting from equal weights.
 *
 * <p>{@link #consensus} is the rule detection uses. {@link #discover} runs the whole iteration in
 * memory over a list of facts; {@code EstimateSourceReliability} unrolls the same rounds in Beam.
 */
public final class TruthDiscovery {

  // Strengths are compared after rounding to this many units per weight, so that float sums in
  // another order can never turn a tie into a win. With weights of 1 they are exact voice counts.
  private static final double RESOLUTION = 1e6;

  private TruthDiscovery() {}

  /**
   * One candidate value of a fact.
   *
   * @param value the value as written
   * @param voices the voices stating it (a copy group is one voice)
   * @param compatibleVoices the voices with a statement compatible with it (itself included)
   */
  public record Reading(String value, Set<String> voices, Set<String> compatibleVoices) {
    public Reading {
      voices = Set.copyOf(voices);
      compatibleVoices = Set.copyOf(compatibleVoices);
    }
  }

  /**
   * The consensus value: the reading whose voices weigh most, ties broken by the weight of the voices
   * compatible with it; still tied (within {@link #RESOLUTION}), none. Returns null without consensus.
   * With every weight 1 this is the plain majority of voices.
   */
  public static String consensus(List<Reading> readings, ToDoubleFunction<String> voiceWeight) {
    return consensus(readings, voiceWeight, (a, b) -> false);
  }

  /**
   * As {@link #consensus(List, ToDoubleFunction)}, but readings still tied that are all compatible
   * with each other ({@code --03-27} and {@code Thursday, --03-27}; {@code >75} and {@code 80}) do
   * not cancel out: they are one reading written two ways, and the first in value order is the
   * consensus (a source of {@code Friday, --03-28} is still flagged against it).
   */
  public static String consensus(List<Reading> readings, ToDoubleFunction<String> voiceWeight,
      BiPredicate<String, String> compatible) {
    if (readings.isEmpty()) {
      return null;
    }
    Map<String, long[]> strength = new TreeMap<>();
    for (Reading r : readings) {
      strength.put(r.value(), new long[] {weigh(r.voices(), voiceWeight), weigh(r.compatibleVoices(), voiceWeight)});
    }
    Comparator<String> stronger = Comparator.comparingLong((String v) -> strength.get(v)[0])
        .thenComparingLong(v -> strength.get(v)[1])
        .reversed();
    List<String> ranked = new ArrayList<>(strength.keySet());
    ranked.sort(stronger);
    List<String> top = new ArrayList<>();
    for (String v : ranked) {
      if (stronger.compare(ranked.get(0), v) == 0) {
        top.add(v);
      }
    }
    if (top.size() == 1) {
      return top.get(0);
    }
    for (int i = 0; i < top.size(); i++) {
      for (int j = i + 1; j < top.size(); j++) {
        if (!compatible.test(top.get(i), top.get(j))) {
          return null;
        }
      }
    }
    // Voices compatible with one are compatible with the others as far as the tie-break saw: the
    // first in value order stands for them all.
    return top.get(0);
  }

  private static long weigh(Set<String> voices, ToDoubleFunction<String> voiceWeight) {
    double sum = 0;
    for (String v : new TreeSet<>(voices)) { // a fixed order: the same sum on every worker
      sum += voiceWeight.applyAsDouble(v);
    }
    return Math.round(sum * RESOLUTION);
  }

  /**
   * The weight of each voice of a fact: the highest weight among its documents there (a copy group
   * is as credible as the best outlet that carried it).
   */
  public static Map<String, Double> voiceWeights(Set<String> docs, Function<String, String> voiceOf,
      ToDoubleFunction<String> docWeight) {
    Map<String, Double> weights = new TreeMap<>();
    for (String doc : docs) {
      weights.merge(voiceOf.apply(doc), docWeight.applyAsDouble(doc), Math::max);
    }
    return weights;
  }

  /**
   * One fact as truth discovery sees it: each document's values, and which voice each document is.
   *
   * @param storyId the story of the fact
   * @param valuesByDoc the values each document states
   * @param copyOf each syndicated copy's representative (documents not listed are their own voice)
   */
  public record FactVotes(String storyId, Map<String, Set<String>> valuesByDoc, Map<String, String> copyOf) {
    public FactVotes {
      valuesByDoc = Map.copyOf(valuesByDoc);
      copyOf = Map.copyOf(copyOf);
    }

    String voice(String doc) {
      return copyOf.getOrDefault(doc, doc);
    }

    /** The candidate readings, values compared with {@code compatible}. */
    List<Reading> readings(BiPredicate<String, String> compatible) {
      Map<String, Set<String>> voices = new TreeMap<>();
      valuesByDoc.forEach((doc, values) -> values.forEach(v -> voices.computeIfAbsent(v, k -> new TreeSet<>()).add(voice(doc))));
      List<Reading> readings = new ArrayList<>();
      voices.forEach((value, stating) -> {
        Set<String> compatibleVoices = new TreeSet<>();
        valuesByDoc.forEach((doc, values) -> {
          if (values.stream().anyMatch(v -> compatible.test(v, value))) {
            compatibleVoices.add(voice(doc));
          }
        });
        readings.add(new Reading(value, stating, compatibleVoices));
      });
      return readings;
    }

    /** The consensus under {@code docWeight}; null when there is none or fewer than 2 documents. */
    public String consensus(BiPredicate<String, String> compatible, ToDoubleFunction<String> docWeight) {
      if (valuesByDoc.size() < 2) {
        return null;
      }
      Map<String, Double> weights = voiceWeights(valuesByDoc.keySet(), this::voice, docWeight);
      return TruthDiscovery.consensus(readings(compatible), weights::get, compatible);
    }

    /** Per document: whether one of its values is compatible with {@code consensus}. */
    public Map<String, Boolean> agreement(String consensus, BiPredicate<String, String> compatible) {
      Map<String, Boolean> agrees = new TreeMap<>();
      valuesByDoc.forEach((doc, values) -> agrees.put(doc, values.stream().anyMatch(v -> compatible.test(v, consensus))));
      return agrees;
    }
  }

  /** The outcome of {@link #discover}: the final weights and the record they were computed from. */
  public record Result(SourceWeights weights, Map<String, SourceTally> tallies) {}

  /**
   * Runs {@code settings.rounds()} rounds over {@code facts}: each round chooses every fact's
   * consensus under the current weights, tallies each source's agreement ({@link #tally}) and derives
   * new weights. Zero rounds: neutral weights and no tallies.
   */
  public static Result discover(List<FactVotes> facts, Function<String, String> sourceOfDoc,
      BiPredicate<String, String> compatible, ReliabilitySettings settings) {
    SourceWeights weights = SourceWeights.NEUTRAL;
    Map<String, SourceTally> tallies = Map.of();
    for (int round = 0; round < settings.rounds(); round++) {
      tallies = tally(facts, sourceOfDoc, compatible, weights);
      weights = SourceWeights.from(tallies, settings);
    }
    return new Result(weights, tallies);
  }

  /**
   * One round's record of each source: every statement of a fact with a consensus (under
   * {@code weights}) is one comparison; stories are counted once per source.
   */
  public static Map<String, SourceTally> tally(List<FactVotes> facts, Function<String, String> sourceOfDoc,
      BiPredicate<String, String> compatible, SourceWeights weights) {
    Map<String, Map<String, SourceTally>> byStory = new TreeMap<>();
    for (FactVotes fact : facts) {
      String consensus = fact.consensus(compatible, doc -> weights.of(sourceOfDoc.apply(doc)));
      if (consensus == null) {
        continue;
      }
      fact.agreement(consensus, compatible).forEach((doc, agrees) -> byStory
          .computeIfAbsent(sourceOfDoc.apply(doc), s -> new TreeMap<>())
          .merge(fact.storyId(), SourceTally.comparison(agrees), SourceTally::plus));
    }
    Map<String, SourceTally> tallies = new TreeMap<>();
    byStory.forEach((source, stories) ->
        tallies.put(source, SourceTally.sum(stories.values().stream().map(SourceTally::inOneStory).toList())));
    return tallies;
  }
}
