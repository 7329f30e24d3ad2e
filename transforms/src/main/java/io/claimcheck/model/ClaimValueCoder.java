package io.claimcheck.model;

import static io.claimcheck.model.CoderIo.readNullableDouble;
import static io.claimcheck.model.CoderIo.readString;
import static io.claimcheck.model.CoderIo.writeNullableDouble;
import static io.claimcheck.model.CoderIo.writeString;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/** Coder of {@link ClaimValue}; {@code low} and {@code high} may be null (unbounded). */
public final class ClaimValueCoder extends ModelCoder<ClaimValue> {
  private static final ClaimValueCoder INSTANCE = new ClaimValueCoder();
  private static final ValueKind[] KINDS = ValueKind.values();

  private ClaimValueCoder() {}

  public static ClaimValueCoder of() {
    return INSTANCE;
  }

  /** How {@code @DefaultCoder} on {@link ClaimValue} finds this coder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(ClaimValue.class), INSTANCE);
  }

  @Override
  public void encode(ClaimValue v, OutputStream out) throws IOException {
    CoderIo.writeEnum(v.kind(), out);
    writeString(v.text(), out);
    writeNullableDouble(v.low(), out);
    writeNullableDouble(v.high(), out);
    writeString(v.unit(), out);
    writeString(v.originalUnit(), out);
  }

  @Override
  public ClaimValue decode(InputStream in) throws IOException {
    return new ClaimValue(CoderIo.readEnum(KINDS, in), readString(in), readNullableDouble(in),
        readNullableDouble(in), readString(in), readString(in));
  }
}
