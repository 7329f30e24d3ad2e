package io.claimcheck.normalize;

import io.claimcheck.model.CoderIo;
import io.claimcheck.model.ModelCoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Coder of {@link NameAliases}: its name → canonical name map, in name order. */
public final class NameAliasesCoder extends ModelCoder<NameAliases> {
  private static final NameAliasesCoder INSTANCE = new NameAliasesCoder();

  private NameAliasesCoder() {}

  public static NameAliasesCoder of() {
    return INSTANCE;
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
