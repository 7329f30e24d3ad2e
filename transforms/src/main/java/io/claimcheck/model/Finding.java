package io.claimcheck.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * A contradiction or an omission among the documents of one story: one row of {@code report.csv}.
 * Lists are in report order (see {@code ReportFormat}).
 *
 * @param findingId stable id: the same input gives the same id
 * @param storyId the story
 * @param type CONTRADICTION or OMISSION
 * @param topicKey readable canonical key of the fact, with reconciled qualifiers
 * @param fact the fact in plain words
 * @param consensusValue the value most sources state, or empty when there is no majority
 * @param flaggedSources documents that contradict the consensus or omit the fact
 * @param supportingSources documents that state the consensus value
 * @param values every distinct normalized value with its documents
 * @param supportCount documents stating the fact
 * @param storySize documents in the story
 * @param confidence 0..1
 * @param evidence one quoted sentence per involved document
 */
@DefaultCoder(FindingCoder.class)
public record Finding(
    String findingId,
    String storyId,
    FindingType type,
    String topicKey,
    String fact,
    String consensusValue,
    List<String> flaggedSources,
    List<String> supportingSources,
    List<ValueSupport> values,
    int supportCount,
    int storySize,
    double confidence,
    List<Evidence> evidence)
    implements Serializable {

  public Finding {
    Objects.requireNonNull(findingId, "findingId");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(topicKey, "topicKey");
    fact = Objects.requireNonNullElse(fact, "");
    consensusValue = Objects.requireNonNullElse(consensusValue, "");
    flaggedSources = List.copyOf(flaggedSources);
    supportingSources = List.copyOf(supportingSources);
    values = List.copyOf(values);
    evidence = List.copyOf(evidence);
  }

  /** The kinds of finding. */
  public enum FindingType {
    CONTRADICTION,
    OMISSION
  }

  /** A normalized value and the documents that state it. */
  @DefaultCoder(FindingCoder.ValueSupportCoder.class)
  public record ValueSupport(String value, List<String> docIds) implements Serializable {
    public ValueSupport {
      Objects.requireNonNull(value, "value");
      docIds = List.copyOf(docIds);
    }
  }

  /** The sentence a document states the fact in. */
  @DefaultCoder(FindingCoder.EvidenceCoder.class)
  public record Evidence(String docId, String sentence) implements Serializable {
    public Evidence {
      Objects.requireNonNull(docId, "docId");
      Objects.requireNonNull(sentence, "sentence");
    }
  }
}
