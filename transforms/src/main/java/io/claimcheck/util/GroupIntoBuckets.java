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
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.util.CoderUtils;
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
 * <p>{@link #by} keys each value by the bucket of a finer key first (its story, source, document).
 *
 * <p>Global window only (a batch job's).
 */
public final class GroupIntoBuckets<V>
    extends PTransform<PCollection<KV<Integer, V>>, PCollection<KV<Integer, Iterable<V>>>> {

  private GroupIntoBuckets() {}

  /** Groups values already keyed by their bucket. */
  public static <V> GroupIntoBuckets<V> create() {
    return new GroupIntoBuckets<>();
  }

  /**
   * Groups values by the bucket of a finer key ({@code KeyBuckets.of(fineKey(value), buckets)}): all
   * values of one fine key (a story, a source, a document) land in one group, with others.
   */
  public static <V> By<V> by(SerializableFunction<V, String> fineKey, int buckets) {
    return new By<>(fineKey, KeyBuckets.requireValid(buckets));
  }

  /** See {@link #by}. */
  public static final class By<V> extends PTransform<PCollection<V>, PCollection<KV<Integer, Iterable<V>>>> {
    private final SerializableFunction<V, String> fineKey;
    private final int buckets;

    private By(SerializableFunction<V, String> fineKey, int buckets) {
      this.fineKey = fineKey;
      this.buckets = buckets;
    }

    @Override
    public PCollection<KV<Integer, Iterable<V>>> expand(PCollection<V> values) {
      return values
          .apply("KeyByBucket", ParDo.of(new KeyByBucketFn<>(fineKey, buckets)))
          .setCoder(KvCoder.of(VarIntCoder.of(), values.getCoder()))
          .apply("Group", GroupIntoBuckets.create());
    }
  }

  static final class KeyByBucketFn<V> extends DoFn<V, KV<Integer, V>> {
    private final SerializableFunction<V, String> fineKey;
    private final int buckets;

    KeyByBucketFn(SerializableFunction<V, String> fineKey, int buckets) {
      this.fineKey = fineKey;
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(@Element V value, OutputReceiver<KV<Integer, V>> out) {
      out.output(KV.of(KeyBuckets.of(fineKey.apply(value), buckets), value));
    }
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
   * Decodes a group's values into a list within the call, so the runner's grouped iterable is not
   * kept beyond it and the values can be iterated more than once; every consumer works through its
   * bucket in memory anyway.
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
