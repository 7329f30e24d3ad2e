package io.claimcheck.reliability;

import java.io.Serializable;

/**
 * How source reliability is estimated and how far it may move a consensus (see {@link SourceWeights}).
 *
 * @param rounds truth-discovery rounds: the first judges sources against the plain (unweighted)
 *     consensus, each further one against the consensus weighted by the previous round's weights;
 *     0 turns weighting off
 * @param priorAgreed pseudo-comparisons that agreed, added to every source's record (smoothing)
 * @param priorDisagreed pseudo-comparisons that disagreed, added likewise
 * @param minStories a source compared in fewer stories keeps the neutral weight 1: within one story
 *     its disagreement is what is being decided, so it says nothing independent about the source
 * @param minWeight the lowest weight a source can get
 * @param maxWeight the highest weight a source can get; {@code maxWeight / minWeight} bounds how many
 *     voices a reliable minority can outweigh
 */
public record ReliabilitySettings(
    int rounds, double priorAgreed, double priorDisagreed, int minStories, double minWeight, double maxWeight)
    implements Serializable {

  public ReliabilitySettings {
    if (rounds < 0 || priorAgreed <= 0 || priorDisagreed <= 0 || minStories < 1
        || minWeight <= 0 || maxWeight < 1 || minWeight > 1) {
      throw new IllegalArgumentException("bad reliability settings: rounds=" + rounds + " prior=" + priorAgreed + "/"
          + priorDisagreed + " minStories=" + minStories + " weights=" + minWeight + ".." + maxWeight);
    }
  }

  /**
   * Three rounds; a prior of 4 agreeing and 1 disagreeing comparisons (trust 0.8); at least 2 stories;
   * weights in [0.8, 1.5], so that a reading stated by at least twice as many voices as another is
   * never outweighed by it ({@code 2 × 0.8 > 1.5}).
   */
  public static ReliabilitySettings defaults() {
    return new ReliabilitySettings(3, 4, 1, 2, 0.8, 1.5);
  }

  /** The same settings with another number of rounds (0: plain majority, no weighting). */
  public ReliabilitySettings withRounds(int newRounds) {
    return new ReliabilitySettings(newRounds, priorAgreed, priorDisagreed, minStories, minWeight, maxWeight);
  }

  /** The same settings with another minimum number of stories. */
  public ReliabilitySettings withMinStories(int newMinStories) {
    return new ReliabilitySettings(rounds, priorAgreed, priorDisagreed, newMinStories, minWeight, maxWeight);
  }
}
