package io.claimcheck.util;

import java.util.concurrent.ThreadLocalRandom;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Regroups a collection that arrives in very many small bundles (one per key of an upstream
 * fine-grained GroupByKey) into about {@code buckets} big ones, for the Direct Runner. Elements
 * are unchanged; only how they are bundled changes.
 *
 * <p>Why not a plain {@code Reshuffle} into {@code buckets} keys: the Direct Runner's GroupByKey
 * copies (encodes and decodes) a key's buffered values each time another bundle adds to that key,
 * so n elements arriving one bundle each at b keys cost about n²/2b copies. Two levels keep that
 * near-linear: first many keys ({@value #SPREAD_KEYS}), each getting few elements, then
 * {@code buckets} keys fed by only {@value #SPREAD_KEYS} bundles, each bundle's elements under one
 * key. Values travel as encoded bytes, so each copy is an array copy rather than a Java
 * deserialization.
 */
public final class Rebundle<T> extends PTransform<PCollection<T>, PCollection<T>> {

  static final int SPREAD_KEYS = 1024;
  // Elements given one key in a row at the second level: one key per bundle on the Direct Runner,
  // while a runner with huge bundles still spreads them.
  private static final int RUN_LENGTH = 1000;

  private final int buckets;

  private Rebundle(int buckets) {
    this.buckets = KeyBuckets.requireValid(buckets);
  }

  /** Regroups into about {@code buckets} bundles. */
  public static <T> Rebundle<T> into(int buckets) {
    return new Rebundle<>(buckets);
  }

  @Override
  public PCollection<T> expand(PCollection<T> input) {
    Coder<T> coder = input.getCoder();
    KvCoder<Integer, byte[]> keyed = KvCoder.of(VarIntCoder.of(), ByteArrayCoder.of());
    return input
        .apply("EncodeAndSpread", ParDo.of(new EncodeAndSpreadFn<>(coder)))
        .setCoder(keyed)
        .apply("GroupSpread", GroupByKey.create())
        .apply("KeyByBucket", ParDo.of(new KeyByBucketFn(buckets)))
        .setCoder(keyed)
        .apply("GroupByBucket", GroupByKey.create())
        .apply("Decode", ParDo.of(new DecodeFn<>(coder)))
        .setCoder(coder);
  }

  static final class EncodeAndSpreadFn<T> extends DoFn<T, KV<Integer, byte[]>> {
    private final Coder<T> coder;

    EncodeAndSpreadFn(Coder<T> coder) {
      this.coder = coder;
    }

    @ProcessElement
    public void process(@Element T element, OutputReceiver<KV<Integer, byte[]>> out) throws CoderException {
      out.output(KV.of(ThreadLocalRandom.current().nextInt(SPREAD_KEYS), CoderUtils.encodeToByteArray(coder, element)));
    }
  }

  static final class KeyByBucketFn extends DoFn<KV<Integer, Iterable<byte[]>>, KV<Integer, byte[]>> {
    private final int buckets;
    private transient int key;
    private transient int left;

    KeyByBucketFn(int buckets) {
      this.buckets = buckets;
    }

    @StartBundle
    public void startBundle() {
      left = 0;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<byte[]>> group, OutputReceiver<KV<Integer, byte[]>> out) {
      for (byte[] value : group.getValue()) {
        if (left == 0) {
          key = ThreadLocalRandom.current().nextInt(buckets);
          left = RUN_LENGTH;
        }
        left--;
        out.output(KV.of(key, value));
      }
    }
  }

  static final class DecodeFn<T> extends DoFn<KV<Integer, Iterable<byte[]>>, T> {
    private final Coder<T> coder;

    DecodeFn(Coder<T> coder) {
      this.coder = coder;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<byte[]>> group, OutputReceiver<T> out) throws CoderException {
      for (byte[] value : group.getValue()) {
        out.output(CoderUtils.decodeFromByteArray(coder, value));
      }
    }
  }
}
