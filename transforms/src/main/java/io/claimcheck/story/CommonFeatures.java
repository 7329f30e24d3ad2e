package io.claimcheck.story;

/**
 * When a feature is too common to tell stories apart. In a large corpus a word or name that a large
 * share of all documents contain ("people", "government", a head of state, an outlet's name, the
 * vocabulary every election report uses) links unrelated stories; it says no more about the event
 * than a stop word does. Such features are left out of story signatures — a stop list learned from
 * the corpus, as inverse document frequency does. A small input has no such statistics: below
 * {@code minDocuments} documents per feature nothing is dropped, so a few stories run together keep
 * all their words. The same rule, applied to the documents of one outlet, finds the outlet's own
 * words ({@link AssignStories#withOutletFeatures}).
 */
public final class CommonFeatures implements java.io.Serializable {

  private final double maxShare;
  private final long minDocuments;

  private CommonFeatures(double maxShare, long minDocuments) {
    if (!(maxShare > 0 && maxShare <= 1)) {
      throw new IllegalArgumentException("maxShare must be in (0, 1]: " + maxShare);
    }
    if (minDocuments < 1) {
      throw new IllegalArgumentException("minDocuments must be positive: " + minDocuments);
    }
    this.maxShare = maxShare;
    this.minDocuments = minDocuments;
  }

  /**
   * Features in more than {@code maxShare} of the documents, and in more than {@code minDocuments},
   * are common.
   */
  public static CommonFeatures above(double maxShare, long minDocuments) {
    return new CommonFeatures(maxShare, minDocuments);
  }

  /** A common feature is in more than this many documents, however many there are. */
  public long minDocuments() {
    return minDocuments;
  }

  /** The most documents a feature may be in, out of {@code documents}, and still be used. */
  public long maxDocumentFrequency(long documents) {
    return Math.max(minDocuments, (long) Math.ceil(maxShare * documents));
  }

  /**
   * Whether a corpus of {@code documents} documents is large enough for the share to matter: the
   * share of it exceeds {@code minDocuments}, so features can be found common at all.
   */
  public boolean isActive(long documents) {
    return Math.ceil(maxShare * documents) > minDocuments;
  }

  /** Whether any feature of {@code documents} documents can be common: more than the most allowed. */
  public boolean canBeCommon(long documents) {
    return documents > maxDocumentFrequency(documents);
  }

  /** Whether a feature in {@code documentFrequency} of {@code documents} documents is common. */
  public boolean isCommon(long documentFrequency, long documents) {
    return documentFrequency > maxDocumentFrequency(documents);
  }
}
