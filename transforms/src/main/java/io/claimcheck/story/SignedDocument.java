package io.claimcheck.story;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.function.LongPredicate;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;

/**
 * A document as story clustering sees it: its id, the hash of its outlet ({@link Outlets}; 0 when
 * unknown), the sorted hashes of its distinctive features (what candidate pairs are verified on) and
 * the LSH band keys it is bucketed under. Immutable: the arrays are copied in and never handed out.
 */
public final class SignedDocument {

  /** A compact coder: id, outlet, then the two arrays as counts and raw longs (no Java serialization). */
  public static final AtomicCoder<SignedDocument> CODER = new SignedDocumentCoder();

  private final String docId;
  private final long outlet;
  private final long[] features;
  private final long[] bands;

  /** A document of no known outlet; {@code features} must be sorted and distinct ({@link MinHash#hashes}). */
  public SignedDocument(String docId, long[] features, long[] bands) {
    this(docId, Outlets.NONE, features, bands);
  }

  /** {@code outlet} is {@link Outlets#hash} of the outlet, {@link Outlets#NONE} when unknown. */
  public SignedDocument(String docId, long outlet, long[] features, long[] bands) {
    this.docId = docId;
    this.outlet = outlet;
    this.features = features.clone();
    this.bands = bands.clone();
  }

  public String docId() {
    return docId;
  }

  /** The hash of the document's outlet, {@link Outlets#NONE} when unknown. */
  public long outlet() {
    return outlet;
  }

  public int featureCount() {
    return features.length;
  }

  public int bandCount() {
    return bands.length;
  }

  public long band(int i) {
    return bands[i];
  }

  public long feature(int i) {
    return features[i];
  }

  /** The MinHash signature of the features. */
  public long[] signature(MinHash minHash) {
    return minHash.signatureOfHashes(features);
  }

  /** The exact Jaccard similarity of the two documents' features. */
  public double similarity(SignedDocument other) {
    return MinHash.jaccard(features, other.features);
  }

  /**
   * Whether the two documents share at least {@code need} features ({@link LinkRule#commonNeeded});
   * cheaper when they clearly do not.
   */
  public boolean sharesAtLeast(SignedDocument other, int need) {
    return MinHash.commonAtLeast(features, other.features, need);
  }

  /** The same document with only the features that {@code keep} accepts. */
  public SignedDocument withFeaturesWhere(LongPredicate keep) {
    return new SignedDocument(docId, outlet, Arrays.stream(features).filter(keep).toArray(), bands);
  }

  /** The same document with these band keys. */
  public SignedDocument withBands(long[] newBands) {
    return new SignedDocument(docId, outlet, features, newBands);
  }

  /** The same document with only the band keys that {@code keep} accepts. */
  public SignedDocument withBandsWhere(LongPredicate keep) {
    return new SignedDocument(docId, outlet, features, Arrays.stream(bands).filter(keep).toArray());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignedDocument s && s.docId.equals(docId) && s.outlet == outlet
        && Arrays.equals(s.features, features)
        && Arrays.equals(s.bands, bands);
  }

  @Override
  public int hashCode() {
    return ((docId.hashCode() * 31 + Long.hashCode(outlet)) * 31 + Arrays.hashCode(features)) * 31
        + Arrays.hashCode(bands);
  }

  @Override
  public String toString() {
    return docId + " (" + features.length + " features, " + bands.length + " bands)";
  }

  private static final class SignedDocumentCoder extends AtomicCoder<SignedDocument> {
    @Override
    public void encode(SignedDocument value, OutputStream out) throws IOException {
      StringUtf8Coder.of().encode(value.docId, out);
      DataOutputStream data = new DataOutputStream(out);
      data.writeLong(value.outlet);
      writeLongs(value.features, data);
      writeLongs(value.bands, data);
      data.flush();
    }

    @Override
    public SignedDocument decode(InputStream in) throws IOException {
      String docId = StringUtf8Coder.of().decode(in);
      DataInputStream data = new DataInputStream(in);
      long outlet = data.readLong();
      long[] features = readLongs(data);
      return new SignedDocument(docId, outlet, features, readLongs(data));
    }

    @Override
    public void verifyDeterministic() {}

    private static void writeLongs(long[] values, DataOutputStream out) throws IOException {
      out.writeInt(values.length);
      for (long v : values) {
        out.writeLong(v);
      }
    }

    private static long[] readLongs(DataInputStream in) throws IOException {
      int n = in.readInt();
      if (n < 0) {
        throw new IOException("negative array length: " + n);
      }
      long[] values = new long[n];
      for (int i = 0; i < n; i++) {
        values[i] = in.readLong();
      }
      return values;
    }
  }
}
