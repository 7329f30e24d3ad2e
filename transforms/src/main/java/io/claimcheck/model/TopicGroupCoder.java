package io.claimcheck.model;

import static io.claimcheck.model.CoderIo.readString;
import static io.claimcheck.model.CoderIo.writeRequiredString;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/** Coder of {@link TopicGroup}: its key, then its claims with {@link ClaimCoder}. */
public final class TopicGroupCoder extends ModelCoder<TopicGroup> {
  private static final TopicGroupCoder INSTANCE = new TopicGroupCoder();

  private TopicGroupCoder() {}

  public static TopicGroupCoder of() {
    return INSTANCE;
  }

  /** How {@code @DefaultCoder} on {@link TopicGroup} finds this coder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(TopicGroup.class), INSTANCE);
  }

  @Override
  public void encode(TopicGroup g, OutputStream out) throws IOException {
    writeRequiredString(g.storyId(), out);
    writeRequiredString(g.topicKey(), out);
    CoderIo.writeList(g.claims(), ClaimCoder.of(), out);
  }

  @Override
  public TopicGroup decode(InputStream in) throws IOException {
    return new TopicGroup(readString(in), readString(in), CoderIo.readList(ClaimCoder.of(), in));
  }
}
