package io.claimcheck.story;

import java.io.Serializable;

/**
 * When two candidate documents are linked, as the number of features they must share: the Jaccard
 * similarity of their feature sets reaches a threshold, or (optionally) the smaller set lies mostly
 * in the larger one; and (optionally) never on fewer than a minimum number of shared features.
 *
 * <p>Jaccard alone misjudges a short report: a brief or late update that names a story's people and
 * places shares most of its few features with a full article of the story, yet the article's many
 * other features keep their Jaccard low (8 of 10 shared with an article of 50: 0.15); and two briefs
 * of different events that happen to share a first name and a surname (4 features: each name as a
 * word and as an entity) reach 0.36–0.57 when each has 5 to 8 features.
 * Containment links the first, the minimum keeps the second apart. Both are a count of shared
 * features ({@link #commonNeeded}), so the exact bound of {@link FeatureSketch} and the early exit of
 * {@link MinHash#commonAtLeast} apply unchanged. Immutable.
 */
public final class LinkRule implements Serializable {

  private static final long serialVersionUID = 1L;

  private final double jaccard;
  private final double containment;
  private final int minCommon;

  private LinkRule(double jaccard, double containment, int minCommon) {
    if (!(jaccard > 0 && jaccard <= 1)) {
      throw new IllegalArgumentException("Jaccard threshold must be in (0, 1]: " + jaccard);
    }
    if (!(containment == 0 || (containment > 0 && containment <= 1))) {
      throw new IllegalArgumentException("containment must be 0 (off) or in (0, 1]: " + containment);
    }
    if (minCommon < 0) {
      throw new IllegalArgumentException("minCommon must not be negative: " + minCommon);
    }
    this.jaccard = jaccard;
    this.containment = containment == 0 ? 0 : containment; // -0.0 as 0, for equals and hashCode
    this.minCommon = minCommon;
  }

  /** Linked when the Jaccard similarity of the feature sets is at least {@code threshold}. */
  public static LinkRule jaccard(double threshold) {
    return new LinkRule(threshold, 0, 0);
  }

  /**
   * Also linked when at least {@code share} of the smaller set's features are in the other set
   * (containment, the overlap coefficient); 0 turns it off.
   */
  public LinkRule withContainment(double share) {
    return new LinkRule(jaccard, share, minCommon);
  }

  /** Never linked on fewer than {@code count} shared features, whatever the ratios say. */
  public LinkRule withMinCommon(int count) {
    return new LinkRule(jaccard, containment, count);
  }

  public double jaccard() {
    return jaccard;
  }

  public double containment() {
    return containment;
  }

  public int minCommon() {
    return minCommon;
  }

  /**
   * The fewest shared features that link sets of {@code la} and {@code lb} features, or
   * {@code min(la, lb) + 1} when no count does (a set without features is never linked).
   */
  public int commonNeeded(int la, int lb) {
    int max = Math.min(la, lb);
    if (la + lb == 0) {
      return max + 1;
    }
    int need = MinHash.commonNeeded(la, lb, jaccard);
    if (containment > 0) {
      need = Math.min(need, containedNeeded(max));
    }
    // At least one shared feature always: a document without features is contained in any other.
    return Math.min(max + 1, Math.max(need, Math.max(1, minCommon)));
  }

  /** Whether sets of {@code la} and {@code lb} features that share {@code common} are linked. */
  public boolean links(int common, int la, int lb) {
    return common >= commonNeeded(la, lb);
  }

  /** The fewest c with {@code c >= containment * smaller}, computed as that double comparison. */
  private int containedNeeded(int smaller) {
    int c = (int) Math.ceil(containment * smaller);
    while (c > 0 && c - 1 >= containment * smaller) {
      c--;
    }
    while (c < containment * smaller) {
      c++;
    }
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LinkRule r && r.jaccard == jaccard && r.containment == containment && r.minCommon == minCommon;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(jaccard) * 31 * 31 + Double.hashCode(containment) * 31 + minCommon;
  }

  @Override
  public String toString() {
    return "LinkRule{jaccard>=" + jaccard + (containment > 0 ? ", or containment>=" + containment : "")
        + (minCommon > 0 ? ", at least " + minCommon + " shared" : "") + "}";
  }
}
