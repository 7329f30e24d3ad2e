package io.claimcheck.reliability;

import io.claimcheck.model.CoderIo;
import io.claimcheck.model.ModelCoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/** Coder of {@link SourceReliability}: one row of {@code sources.csv}. */
public final class SourceReliabilityCoder extends ModelCoder<SourceReliability> {
  private static final SourceReliabilityCoder INSTANCE = new SourceReliabilityCoder();

  private SourceReliabilityCoder() {}

  public static SourceReliabilityCoder of() {
    return INSTANCE;
  }

  /** How {@code @DefaultCoder} on {@link SourceReliability} finds this coder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(SourceReliability.class), INSTANCE);
  }

  @Override
  public void encode(SourceReliability r, OutputStream out) throws IOException {
    CoderIo.writeRequiredString(r.source(), out);
    CoderIo.writeLong(r.documents(), out);
    CoderIo.writeLong(r.compared(), out);
    CoderIo.writeLong(r.agreed(), out);
    CoderIo.writeDouble(r.weight(), out);
  }

  @Override
  public SourceReliability decode(InputStream in) throws IOException {
    return new SourceReliability(CoderIo.readString(in), CoderIo.readLong(in), CoderIo.readLong(in),
        CoderIo.readLong(in), CoderIo.readDouble(in));
  }
}
