package io.claimcheck.extract;

import io.claimcheck.model.Article;
import io.claimcheck.model.Claim;
import java.util.List;

/** Extracts normalized claims from one cleaned article. Not thread-safe: one per DoFn instance. */
public final class ClaimExtractor {

  public ClaimExtractor() {}

  /** The claims of {@code article}, in text order. */
  public List<Claim> extract(Article article) {
    return List.of(); // TEMPORARY: replaced by the real extractor in the next commits.
  }
}
