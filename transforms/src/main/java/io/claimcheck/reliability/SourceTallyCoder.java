package io.claimcheck.reliability;

import io.claimcheck.model.CoderIo;
import io.claimcheck.model.ModelCoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/** Coder of {@link SourceTally}: four longs. */
public final class SourceTallyCoder extends ModelCoder<SourceTally> {
  private static final SourceTallyCoder INSTANCE = new SourceTallyCoder();

  private SourceTallyCoder() {}

  public static SourceTallyCoder of() {
    return INSTANCE;
  }

  /** How {@code @DefaultCoder} on {@link SourceTally} finds this coder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(SourceTally.class), INSTANCE);
  }

  @Override
  public void encode(SourceTally t, OutputStream out) throws IOException {
    CoderIo.writeLong(t.documents(), out);
    CoderIo.writeLong(t.stories(), out);
    CoderIo.writeLong(t.compared(), out);
    CoderIo.writeLong(t.agreed(), out);
  }

  @Override
  public SourceTally decode(InputStream in) throws IOException {
    return new SourceTally(CoderIo.readLong(in), CoderIo.readLong(in), CoderIo.readLong(in), CoderIo.readLong(in));
  }
}
