package io.claimcheck.story;

import io.claimcheck.model.CoderIo;
import io.claimcheck.model.ModelCoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/** Coder of {@link DescribeStories.Member}; its fields may be null (the record does not forbid it). */
public final class MemberCoder extends ModelCoder<DescribeStories.Member> {
  private static final MemberCoder INSTANCE = new MemberCoder();

  private MemberCoder() {}

  public static MemberCoder of() {
    return INSTANCE;
  }

  /** How {@code @DefaultCoder} on {@link DescribeStories.Member} finds this coder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(DescribeStories.Member.class), INSTANCE);
  }

  @Override
  public void encode(DescribeStories.Member m, OutputStream out) throws IOException {
    CoderIo.writeString(m.docId(), out);
    CoderIo.writeString(m.published(), out);
    CoderIo.writeStringList(m.labelWords(), out);
  }

  @Override
  public DescribeStories.Member decode(InputStream in) throws IOException {
    return new DescribeStories.Member(CoderIo.readString(in), CoderIo.readString(in), CoderIo.readStringList(in));
  }
}
