package io.claimcheck.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * The values one document writes anywhere, as sorted signatures
 * ({@link io.claimcheck.normalize.ValueSignatures}), whether or not a claim was read from them:
 * omission detection does not flag a document that mentions the fact's value.
 */
@DefaultCoder(DocumentValuesCoder.class)
public final class DocumentValues implements Serializable {
  private final String docId;
  private final long[] signatures;

  /** @param signatures sorted ascending; the array is not copied and must not be changed after */
  public DocumentValues(String docId, long[] signatures) {
    this.docId = Objects.requireNonNull(docId, "docId");
    this.signatures = Objects.requireNonNull(signatures, "signatures");
  }

  /** The document these values are of. */
  public String docId() {
    return docId;
  }

  /** Whether the document writes any of {@code wanted}. */
  public boolean mentionsAny(long[] wanted) {
    for (long w : wanted) {
      if (Arrays.binarySearch(signatures, w) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The sorted signatures, not copied: for the coder only. */
  long[] signaturesUnsafe() {
    return signatures;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentValues d && docId.equals(d.docId) && Arrays.equals(signatures, d.signatures);
  }

  @Override
  public int hashCode() {
    return 31 * docId.hashCode() + Arrays.hashCode(signatures);
  }

  @Override
  public String toString() {
    return "DocumentValues[" + docId + ", " + signatures.length + " values]";
  }
}
