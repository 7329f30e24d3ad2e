package io.claimcheck.story;

import io.claimcheck.model.CoderIo;
import io.claimcheck.model.ModelCoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Coder of {@link FindCopies.Signed}: the document id, then the signature's length and its
 * hashes as fixed 8-byte longs (MinHash values use all 64 bits, so a VarLong would only grow them).
 */
public final class SignedCoder extends ModelCoder<FindCopies.Signed> {
  private static final SignedCoder INSTANCE = new SignedCoder();

  private SignedCoder() {}

  public static SignedCoder of() {
    return INSTANCE;
  }

  /** How {@code @DefaultCoder} on {@link FindCopies.Signed} finds this coder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(FindCopies.Signed.class), INSTANCE);
  }

  @Override
  public void encode(FindCopies.Signed s, OutputStream out) throws IOException {
    CoderIo.writeRequiredString(s.docId(), out);
    CoderIo.writeLongArray(s.signatureUnsafe(), out);
  }

  @Override
  public FindCopies.Signed decode(InputStream in) throws IOException {
    String docId = CoderIo.readString(in);
    return new FindCopies.Signed(docId, CoderIo.readLongArray(in));
  }
}
