package io.claimcheck.model;

import static io.claimcheck.model.CoderIo.readString;
import static io.claimcheck.model.CoderIo.writeRequiredString;
import static io.claimcheck.model.CoderIo.writeString;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.SortedMap;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/** Coder of {@link Claim}: its components in order, the value with {@link ClaimValueCoder}. */
public final class ClaimCoder extends ModelCoder<Claim> {
  private static final ClaimCoder INSTANCE = new ClaimCoder();
  private static final ClaimKind[] KINDS = ClaimKind.values();
  private static final Polarity[] POLARITIES = Polarity.values();

  private ClaimCoder() {}

  public static ClaimCoder of() {
    return INSTANCE;
  }

  /** How {@code @DefaultCoder} on {@link Claim} finds this coder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(Claim.class), INSTANCE);
  }

  @Override
  public void encode(Claim c, OutputStream out) throws IOException {
    writeRequiredString(c.docId(), out);
    writeString(c.storyId(), out);
    CoderIo.writeEnum(c.kind(), out);
    writeRequiredString(c.topicKey(), out);
    writeString(c.subject(), out);
    writeString(c.attribute(), out);
    CoderIo.writeStringMap(c.qualifiers(), out);
    ClaimValueCoder.of().encode(c.value(), out);
    CoderIo.writeEnum(c.polarity(), out);
    writeString(c.sentence(), out);
    CoderIo.writeInt(c.start(), out);
    CoderIo.writeInt(c.end(), out);
    CoderIo.writeDouble(c.certainty(), out);
    writeString(c.encoding(), out);
  }

  @Override
  public Claim decode(InputStream in) throws IOException {
    String docId = readString(in);
    String storyId = readString(in);
    ClaimKind kind = CoderIo.readEnum(KINDS, in);
    String topicKey = readString(in);
    String subject = readString(in);
    String attribute = readString(in);
    SortedMap<String, String> qualifiers = CoderIo.readStringMap(in);
    ClaimValue value = ClaimValueCoder.of().decode(in);
    Polarity polarity = CoderIo.readEnum(POLARITIES, in);
    String sentence = readString(in);
    int start = CoderIo.readInt(in);
    int end = CoderIo.readInt(in);
    double certainty = CoderIo.readDouble(in);
    String encoding = readString(in);
    return new Claim(docId, storyId, kind, topicKey, subject, attribute, qualifiers, value, polarity, sentence,
        start, end, certainty, encoding);
  }
}
