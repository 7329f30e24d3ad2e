package io.claimcheck.extract;

import io.claimcheck.model.Claim;
import io.claimcheck.model.ClaimKind;
import io.claimcheck.model.ClaimValue;
import io.claimcheck.model.Polarity;
import io.claimcheck.nlp.Sentence;
import io.claimcheck.normalize.TopicKeys;
import io.claimcheck.normalize.ValueSignatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects the claims of one document, filling in what every claim of it shares. */
final class ClaimSink {

  private final String docId;
  private final String storyId;
  private final String published;
  private final Map<Integer, String> attributionBySentenceStart;
  private final List<Claim> claims = new ArrayList<>();
  private final java.util.Set<Long> mentioned = new java.util.HashSet<>();

  /**
   * @param published the article's publication date ({@code yyyy-MM-dd}) or empty
   * @param attributionBySentenceStart who a sentence attributes its statement to, by sentence start
   */
  ClaimSink(String docId, String storyId, String published, Map<Integer, String> attributionBySentenceStart) {
    this.docId = docId;
    this.storyId = storyId;
    this.published = published;
    this.attributionBySentenceStart = attributionBySentenceStart;
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
    String attribution = attributionBySentenceStart.getOrDefault(sentence.start(), "");
    if (!attribution.isEmpty() && !attribution.equals(q.get("holder")) && !attribution.equals(q.get("actor"))) {
      q.put("according_to", attribution);
    }
    if (!published.isEmpty()) {
      q.put("published", published);
    }
    claims.add(new Claim(docId, storyId, kind, TopicKeys.key(prefix, q), subject, attribute, q, value,
        polarity, sentence.text(), s, e, certainty));
  }

  List<Claim> claims() {
    return claims;
  }

  /**
   * Notes a value the document writes, whether or not a claim was read from it
   * ({@link ValueSignatures}): an omission is not flagged on a document that mentions the fact's value.
   */
  void mentioned(ClaimValue value) {
    for (long signature : ValueSignatures.of(value)) {
      mentioned.add(signature);
    }
  }

  /** Notes a number as written, {@code nextWord} being the word after it (a small count's noun). */
  void mentioned(ClaimValue value, String nextWord) {
    for (long signature : ValueSignatures.ofMention(value, nextWord)) {
      mentioned.add(signature);
    }
  }

  /** The signatures of every value noted with {@link #mentioned}, sorted. */
  long[] mentionedValues() {
    return mentioned.stream().mapToLong(Long::longValue).sorted().toArray();
  }
}
