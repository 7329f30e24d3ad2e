package io.claimcheck.model;

import static io.claimcheck.model.CoderIo.readString;
import static io.claimcheck.model.CoderIo.writeRequiredString;
import static io.claimcheck.model.CoderIo.writeString;

import io.claimcheck.model.Finding.Evidence;
import io.claimcheck.model.Finding.FindingType;
import io.claimcheck.model.Finding.ValueSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Coder of {@link Finding}, with {@link ValueSupportCoder} and {@link EvidenceCoder} for its
 * nested records.
 */
public final class FindingCoder extends ModelCoder<Finding> {
  private static final FindingCoder INSTANCE = new FindingCoder();
  private static final FindingType[] TYPES = FindingType.values();

  private FindingCoder() {}

  public static FindingCoder of() {
    return INSTANCE;
  }

  /** How {@code @DefaultCoder} on {@link Finding} finds this coder. */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(Finding.class), INSTANCE);
  }

  @Override
  public void encode(Finding f, OutputStream out) throws IOException {
    writeRequiredString(f.findingId(), out);
    writeRequiredString(f.storyId(), out);
    CoderIo.writeEnum(f.type(), out);
    writeRequiredString(f.topicKey(), out);
    writeString(f.fact(), out);
    writeString(f.consensusValue(), out);
    CoderIo.writeStringList(f.flaggedSources(), out);
    CoderIo.writeStringList(f.supportingSources(), out);
    CoderIo.writeList(f.values(), ValueSupportCoder.of(), out);
    CoderIo.writeInt(f.supportCount(), out);
    CoderIo.writeInt(f.storySize(), out);
    CoderIo.writeDouble(f.confidence(), out);
    CoderIo.writeList(f.evidence(), EvidenceCoder.of(), out);
  }

  @Override
  public Finding decode(InputStream in) throws IOException {
    String findingId = readString(in);
    String storyId = readString(in);
    FindingType type = CoderIo.readEnum(TYPES, in);
    String topicKey = readString(in);
    String fact = readString(in);
    String consensusValue = readString(in);
    List<String> flagged = CoderIo.readStringList(in);
    List<String> supporting = CoderIo.readStringList(in);
    List<ValueSupport> values = CoderIo.readList(ValueSupportCoder.of(), in);
    int supportCount = CoderIo.readInt(in);
    int storySize = CoderIo.readInt(in);
    double confidence = CoderIo.readDouble(in);
    List<Evidence> evidence = CoderIo.readList(EvidenceCoder.of(), in);
    return new Finding(findingId, storyId, type, topicKey, fact, consensusValue, flagged, supporting, values,
        supportCount, storySize, confidence, evidence);
  }

  /** Coder of {@link ValueSupport}. */
  public static final class ValueSupportCoder extends ModelCoder<ValueSupport> {
    private static final ValueSupportCoder INSTANCE = new ValueSupportCoder();

    private ValueSupportCoder() {}

    public static ValueSupportCoder of() {
      return INSTANCE;
    }

    /** How {@code @DefaultCoder} on {@link ValueSupport} finds this coder. */
    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(ValueSupport.class), INSTANCE);
    }

    @Override
    public void encode(ValueSupport v, OutputStream out) throws IOException {
      writeRequiredString(v.value(), out);
      CoderIo.writeStringList(v.docIds(), out);
    }

    @Override
    public ValueSupport decode(InputStream in) throws IOException {
      return new ValueSupport(readString(in), CoderIo.readStringList(in));
    }
  }

  /** Coder of {@link Evidence}. */
  public static final class EvidenceCoder extends ModelCoder<Evidence> {
    private static final EvidenceCoder INSTANCE = new EvidenceCoder();

    private EvidenceCoder() {}

    public static EvidenceCoder of() {
      return INSTANCE;
    }

    /** How {@code @DefaultCoder} on {@link Evidence} finds this coder. */
    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(Evidence.class), INSTANCE);
    }

    @Override
    public void encode(Evidence e, OutputStream out) throws IOException {
      writeRequiredString(e.docId(), out);
      writeRequiredString(e.sentence(), out);
    }

    @Override
    public Evidence decode(InputStream in) throws IOException {
      return new Evidence(readString(in), readString(in));
    }
  }
}
