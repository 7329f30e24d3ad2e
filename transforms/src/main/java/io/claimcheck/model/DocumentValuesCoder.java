package io.claimcheck.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/** Coder of {@link DocumentValues}: the document id, then the signatures as fixed 8-byte longs. */
public final class DocumentValuesCoder extends ModelCoder<DocumentValues> {
  private static final DocumentValuesCoder INSTANCE = new DocumentValuesCoder();

  private DocumentValuesCoder() {}

  public static DocumentValuesCoder of() {
    return INSTANCE;
  }

  /** How {@code @DefaultCoder} on {@link DocumentValues} finds this coder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(DocumentValues.class), INSTANCE);
  }

  @Override
  public void encode(DocumentValues v, OutputStream out) throws IOException {
    CoderIo.writeRequiredString(v.docId(), out);
    CoderIo.writeLongArray(v.signaturesUnsafe(), out);
  }

  @Override
  public DocumentValues decode(InputStream in) throws IOException {
    return new DocumentValues(CoderIo.readString(in), CoderIo.readLongArray(in));
  }
}
