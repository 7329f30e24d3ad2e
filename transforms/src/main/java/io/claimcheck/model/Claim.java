package io.claimcheck.model;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * One normalized statement extracted from one document: one line of {@code claims.jsonl}.
 *
 * <p>{@code topicKey} is the grouping key: claims with the same key in one story are statements
 * about the same fact. It is built by {@code TopicKeys} from the subject, attribute and the
 * <em>hard</em> qualifiers; soft qualifiers (such as the country a tariff targets) stay in
 * {@code qualifiers} and are reconciled per story when findings are detected.
 *
 * @param docId the document the claim comes from
 * @param storyId the story of that document
 * @param kind what sort of statement this is
 * @param topicKey canonical key of the fact, readable ({@code tariff.rate{product=car}})
 * @param subject what or who the claim is about ({@code tariff}, {@code kurt tong})
 * @param attribute what is said of the subject ({@code rate}, {@code role}, {@code attend})
 * @param qualifiers what the fact applies to ({@code product=car}, {@code target=japan}), sorted
 * @param value the normalized value
 * @param polarity whether the statement is affirmed or denied
 * @param sentence the sentence the claim was read from (cleaned text)
 * @param start offset of the claim's evidence in the cleaned document text (inclusive)
 * @param end offset of the end of the evidence in the cleaned document text (exclusive)
 * @param certainty how sure the extractor is of the reading, 0..1
 * @param encoding the character set the document was decoded with ({@code UTF-8}, {@code windows-1252},
 *     {@code UTF-16}), so a reviewer can see which claims come from re-decoded text
 */
@DefaultCoder(ClaimCoder.class)
public record Claim(
    String docId,
    String storyId,
    ClaimKind kind,
    String topicKey,
    String subject,
    String attribute,
    SortedMap<String, String> qualifiers,
    ClaimValue value,
    Polarity polarity,
    String sentence,
    int start,
    int end,
    double certainty,
    String encoding)
    implements Serializable {

  /** A claim from a UTF-8 document; {@link #withEncoding} sets another character set. */
  public Claim(
      String docId,
      String storyId,
      ClaimKind kind,
      String topicKey,
      String subject,
      String attribute,
      SortedMap<String, String> qualifiers,
      ClaimValue value,
      Polarity polarity,
      String sentence,
      int start,
      int end,
      double certainty) {
    this(docId, storyId, kind, topicKey, subject, attribute, qualifiers, value, polarity, sentence, start, end,
        certainty, "UTF-8");
  }

  public Claim {
    Objects.requireNonNull(docId, "docId");
    storyId = Objects.requireNonNullElse(storyId, "");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(topicKey, "topicKey");
    subject = Objects.requireNonNullElse(subject, "");
    attribute = Objects.requireNonNullElse(attribute, "");
    qualifiers = Collections.unmodifiableSortedMap(new TreeMap<>(qualifiers == null ? Map.of() : qualifiers));
    Objects.requireNonNull(value, "value");
    polarity = Objects.requireNonNullElse(polarity, Polarity.POSITIVE);
    sentence = Objects.requireNonNullElse(sentence, "");
    encoding = Objects.requireNonNullElse(encoding, "UTF-8");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad claim offsets " + start + ".." + end);
    }
  }

  public Claim withStoryId(String newStoryId) {
    return new Claim(docId, newStoryId, kind, topicKey, subject, attribute, qualifiers, value,
        polarity, sentence, start, end, certainty, encoding);
  }

  /** A copy with another subject, qualifiers and key (used when names are made canonical). */
  public Claim withKey(String newTopicKey, String newSubject, Map<String, String> newQualifiers) {
    return new Claim(docId, storyId, kind, newTopicKey, newSubject, attribute, new TreeMap<>(newQualifiers),
        value, polarity, sentence, start, end, certainty, encoding);
  }

  /** A copy that records the character set its document was decoded with. */
  public Claim withEncoding(String newEncoding) {
    return new Claim(docId, storyId, kind, topicKey, subject, attribute, qualifiers, value,
        polarity, sentence, start, end, certainty, newEncoding);
  }
}
