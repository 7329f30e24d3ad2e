package io.claimcheck.model;

import static io.claimcheck.model.CoderIo.readString;
import static io.claimcheck.model.CoderIo.writeRequiredString;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/** Coder of {@link Rejection}. */
public final class RejectionCoder extends ModelCoder<Rejection> {
  private static final RejectionCoder INSTANCE = new RejectionCoder();

  private RejectionCoder() {}

  public static RejectionCoder of() {
    return INSTANCE;
  }

  /** How {@code @DefaultCoder} on {@link Rejection} finds this coder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(Rejection.class), INSTANCE);
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
