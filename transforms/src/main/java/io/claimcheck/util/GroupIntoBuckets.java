package io.claimcheck.util;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * A {@code GroupByKey} for a few bucket keys ({@link KeyBuckets}) whose values travel encoded: each
 * value is encoded to a byte array before the grouping and decoded after it.
 *
 * <p>Why: the Direct Runner's GroupByKey copies (encodes and decodes) a key's buffered values each
 * time another bundle adds to that key, so a bucket fed by b bundles costs about b/2 copies of each
 * of its values; encoded, such a copy is an array copy instead of a decode and an encode of the
 * value's fields.
 *
 * <p>Global window only (a batch job's).
 */
public final class GroupIntoBuckets<V>
    extends PTransform<PCollection<KV<Integer, V>>, PCollection<KV<Integer, Iterable<V>>>> {

  private GroupIntoBuckets() {}

  public static <V> GroupIntoBuckets<V> create() {
    return new GroupIntoBuckets<>();
  }

  @Override
  public PCollection<KV<Integer, Iterable<V>>> expand(PCollection<KV<Integer, V>> input) {
    if (!(input.getWindowingStrategy().getWindowFn() instanceof GlobalWindows)) {
      throw new IllegalArgumentException("GroupIntoBuckets needs the global window, got "
          + input.getWindowingStrategy().getWindowFn());
    }
    if (!(input.getCoder() instanceof KvCoder<Integer, V> kvCoder)) {
      throw new IllegalArgumentException("GroupIntoBuckets needs a KvCoder, got " + input.getCoder());
    }
    Coder<V> valueCoder = kvCoder.getValueCoder();
    return input
        .apply("EncodeValues", ParDo.of(new EncodeFn<>(valueCoder)))
        .setCoder(KvCoder.of(VarIntCoder.of(), ByteArrayCoder.of()))
        .apply("GroupEncoded", GroupByKey.create())
        .apply("Unpack", ParDo.of(new UnpackFn<>(valueCoder)))
        .setCoder(KvCoder.of(VarIntCoder.of(), IterableCoder.of(valueCoder)));
  }

  static final class EncodeFn<V> extends DoFn<KV<Integer, V>, KV<Integer, byte[]>> {
    private final Coder<V> coder;

    EncodeFn(Coder<V> coder) {
      this.coder = coder;
    }

    @ProcessElement
    public void process(@Element KV<Integer, V> element, OutputReceiver<KV<Integer, byte[]>> out)
        throws IOException {
      out.output(KV.of(element.getKey(), CoderUtils.encodeToByteArray(coder, element.getValue())));
    }
  }

  /**
   * Decodes a group's values into a list within the call: the runner's grouped iterable is not
   * kept beyond it (a lazily decoding view of it made the Direct Runner hang now and then).
   */
  static final class UnpackFn<V> extends DoFn<KV<Integer, Iterable<byte[]>>, KV<Integer, Iterable<V>>> {
    private final Coder<V> coder;

    UnpackFn(Coder<V> coder) {
      this.coder = coder;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<byte[]>> group, OutputReceiver<KV<Integer, Iterable<V>>> out)
        throws IOException {
      List<V> values = new ArrayList<>();
      for (byte[] value : group.getValue()) {
        values.add(CoderUtils.decodeFromByteArray(coder, value));
      }
      out.output(KV.of(group.getKey(), Collections.unmodifiableList(values)));
    }
  }
}
