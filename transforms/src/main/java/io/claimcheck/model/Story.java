package io.claimcheck.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * One story — the documents about one event — as described in {@code stories.csv}.
 *
 * @param storyId the story id used in every output
 * @param documents the ids of its documents, sorted
 * @param label up to three words that name the story (its most frequent entities)
 * @param dateSpan {@code MIN..MAX} of the documents' published dates, or empty when none is known
 */
@DefaultCoder(StoryCoder.class)
public record Story(String storyId, List<String> documents, String label, String dateSpan)
    implements Serializable {

  public Story {
    Objects.requireNonNull(storyId, "storyId");
    documents = List.copyOf(documents);
    label = Objects.requireNonNullElse(label, "");
    dateSpan = Objects.requireNonNullElse(dateSpan, "");
  }

  public int size() {
    return documents.size();
  }
}
