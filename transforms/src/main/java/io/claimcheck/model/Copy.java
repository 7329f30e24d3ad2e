package io.claimcheck.model;

import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * A syndicated copy: a document whose text is a near-duplicate of another's (the same wire text),
 * so that both are one voice. One row of {@code copies.csv}.
 *
 * @param document the copy
 * @param copyOf the smallest document id of its copy group (the group's representative)
 * @param similarity estimated Jaccard similarity of the two texts' 3-word shingles, 0–1
 */
@DefaultCoder(CopyCoder.class)
public record Copy(String document, String copyOf, double similarity) implements Serializable {
  public Copy {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(copyOf, "copyOf");
  }
}
