package io.claimcheck.model;

import static io.claimcheck.model.CoderIo.readString;
import static io.claimcheck.model.CoderIo.writeRequiredString;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Coder of {@link TopicGroup}: its key, then its claims with {@link ClaimCoder}. */
public final class TopicGroupCoder extends ModelCoder<TopicGroup> {
  private static final TopicGroupCoder INSTANCE = new TopicGroupCoder();

  private TopicGroupCoder() {}

  public static TopicGroupCoder of() {
    return INSTANCE;
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
