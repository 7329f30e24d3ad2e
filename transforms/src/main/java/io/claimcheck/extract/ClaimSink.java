package io.claimcheck.extract;

import io.claimcheck.model.Claim;
import io.claimcheck.model.ClaimKind;
import io.claimcheck.model.ClaimValue;
import io.claimcheck.model.Polarity;
import io.claimcheck.nlp.Sentence;
import io.claimcheck.normalize.TopicKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects the claims of one document, filling in what every claim of it shares. */
final class ClaimSink {

  private final String docId;
  private final String storyId;
  private final List<Claim> claims = new ArrayList<>();

  ClaimSink(String docId, String storyId) {
    this.docId = docId;
    this.storyId = storyId;
  }

  /**
   * Adds a claim whose key is {@code prefix} with the hard {@code qualifiers}; evidence offsets
   * are clamped to the sentence.
   */
  void add(ClaimKind kind, String prefix, String subject, String attribute, Map<String, String> qualifiers,
      ClaimValue value, Polarity polarity, Sentence sentence, int start, int end, double certainty) {
    int s = Math.max(sentence.start(), Math.min(start, sentence.end()));
    int e = Math.max(s, Math.min(end, sentence.end()));
    java.util.SortedMap<String, String> q = new java.util.TreeMap<>();
    qualifiers.forEach((k, v) -> {
      if (v != null && !v.isEmpty()) {
        q.put(k, v);
      }
    });
    claims.add(new Claim(docId, storyId, kind, TopicKeys.key(prefix, q), subject, attribute, q, value,
        polarity, sentence.text(), s, e, certainty));
  }

  List<Claim> claims() {
    return claims;
  }
}
