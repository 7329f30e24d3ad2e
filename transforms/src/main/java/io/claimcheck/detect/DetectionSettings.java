package io.claimcheck.detect;

import java.io.Serializable;

/**
 * Thresholds of finding detection.
 *
 * @param omissionMinSources a fact must be stated by at least this many documents to be omitted
 * @param omissionMinShare ... and by at least this share of the story's documents
 */
public record DetectionSettings(int omissionMinSources, double omissionMinShare) implements Serializable {

  /** At least 3 sources and at least half of the story. */
  public static DetectionSettings defaults() {
    return new DetectionSettings(3, 0.5);
  }
}
