package io.claimcheck.model;

import static io.claimcheck.model.CoderIo.readString;
import static io.claimcheck.model.CoderIo.writeRequiredString;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Coder of {@link Rejection}. */
public final class RejectionCoder extends ModelCoder<Rejection> {
  private static final RejectionCoder INSTANCE = new RejectionCoder();

  private RejectionCoder() {}

  public static RejectionCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Rejection r, OutputStream out) throws IOException {
    writeRequiredString(r.input(), out);
    writeRequiredString(r.reason(), out);
  }

  @Override
  public Rejection decode(InputStream in) throws IOException {
    return new Rejection(readString(in), readString(in));
  }
}
