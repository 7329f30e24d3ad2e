package io.claimcheck.model;

import static io.claimcheck.model.CoderIo.readString;
import static io.claimcheck.model.CoderIo.writeRequiredString;
import static io.claimcheck.model.CoderIo.writeString;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/** Coder of {@link Story}. */
public final class StoryCoder extends ModelCoder<Story> {
  private static final StoryCoder INSTANCE = new StoryCoder();

  private StoryCoder() {}

  public static StoryCoder of() {
    return INSTANCE;
  }

  /** How {@code @DefaultCoder} on {@link Story} finds this coder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(Story.class), INSTANCE);
  }

  @Override
  public void encode(Story s, OutputStream out) throws IOException {
    writeRequiredString(s.storyId(), out);
    CoderIo.writeStringList(s.documents(), out);
    writeString(s.label(), out);
    writeString(s.dateSpan(), out);
  }

  @Override
  public Story decode(InputStream in) throws IOException {
    return new Story(readString(in), CoderIo.readStringList(in), readString(in), readString(in));
  }
}
