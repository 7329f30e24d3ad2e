package io.claimcheck.story;

import io.claimcheck.model.CoderIo;
import io.claimcheck.model.ModelCoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderException;
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
    long[] signature = s.signatureUnsafe();
    CoderIo.writeInt(signature.length, out);
    byte[] bytes = new byte[8 * signature.length];
    for (int i = 0; i < signature.length; i++) {
      long v = signature[i];
      for (int b = 0; b < 8; b++) {
        bytes[8 * i + b] = (byte) (v >>> (56 - 8 * b));
      }
    }
    out.write(bytes);
  }

  @Override
  public FindCopies.Signed decode(InputStream in) throws IOException {
    String docId = CoderIo.readString(in);
    int n = CoderIo.readInt(in);
    if (n < 0 || n > Integer.MAX_VALUE / 8) {
      throw new CoderException("bad signature length " + n);
    }
    byte[] bytes = CoderIo.readBytes(in, 8 * n);
    long[] signature = new long[n];
    for (int i = 0; i < n; i++) {
      long v = 0;
      for (int b = 0; b < 8; b++) {
        v = v << 8 | (bytes[8 * i + b] & 0xff);
      }
      signature[i] = v;
    }
    return new FindCopies.Signed(docId, signature);
  }
}
