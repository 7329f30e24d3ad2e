package io.claimcheck.normalize;

import io.claimcheck.model.CoderIo;
import io.claimcheck.model.ModelCoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/** Coder of {@link NameAliases}: its name → canonical name map, in name order. */
public final class NameAliasesCoder extends ModelCoder<NameAliases> {
  private static final NameAliasesCoder INSTANCE = new NameAliasesCoder();

  private NameAliasesCoder() {}

  public static NameAliasesCoder of() {
    return INSTANCE;
  }

  /** How {@code @DefaultCoder} on {@link NameAliases} finds this coder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(NameAliases.class), INSTANCE);
  }

  @Override
  public void encode(NameAliases aliases, OutputStream out) throws IOException {
    CoderIo.writeStringMap(aliases.canonicalMap(), out);
  }

  @Override
  public NameAliases decode(InputStream in) throws IOException {
    return NameAliases.fromCanonical(CoderIo.readStringMap(in));
  }
}
