package io.claimcheck.model;

import static io.claimcheck.model.CoderIo.readString;
import static io.claimcheck.model.CoderIo.writeRequiredString;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/** Coder of {@link Copy}. */
public final class CopyCoder extends ModelCoder<Copy> {
  private static final CopyCoder INSTANCE = new CopyCoder();

  private CopyCoder() {}

  public static CopyCoder of() {
    return INSTANCE;
  }

  /** How {@code @DefaultCoder} on {@link Copy} finds this coder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(Copy.class), INSTANCE);
  }

  @Override
  public void encode(Copy c, OutputStream out) throws IOException {
    writeRequiredString(c.document(), out);
    writeRequiredString(c.copyOf(), out);
    CoderIo.writeDouble(c.similarity(), out);
  }

  @Override
  public Copy decode(InputStream in) throws IOException {
    return new Copy(readString(in), readString(in), CoderIo.readDouble(in));
  }
}
