package io.claimcheck.detect;

import io.claimcheck.model.Finding;
import io.claimcheck.model.TopicGroup;
import java.util.List;

/** Finds contradictions and omissions among the claims of one topic group. */
public final class FindingDetector {

  private final DetectionSettings settings;

  public FindingDetector(DetectionSettings settings) {
    this.settings = settings;
  }

  /** Findings of {@code group}, whose story has the documents {@code storyDocIds}. */
  public List<Finding> detect(TopicGroup group, List<String> storyDocIds) {
    return List.of(); // TEMPORARY: replaced by the real detector in the next commits.
  }
}
