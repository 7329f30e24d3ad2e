package io.claimcheck.model;

import static io.claimcheck.model.CoderIo.readString;
import static io.claimcheck.model.CoderIo.writeRequiredString;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Coder of {@link Copy}. */
public final class CopyCoder extends ModelCoder<Copy> {
  private static final CopyCoder INSTANCE = new CopyCoder();

  private CopyCoder() {}

  public static CopyCoder of() {
    return INSTANCE;
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
