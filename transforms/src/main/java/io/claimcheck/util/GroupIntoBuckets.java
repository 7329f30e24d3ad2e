package io.claimcheck.util;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * A {@code GroupByKey} for a few bucket keys ({@link KeyBuckets}) whose values travel packed: each
 * bundle's values of one key are encoded into one byte array (up to {@value #PACK_BYTES} bytes),
 * the arrays are grouped, and the values are decoded lazily when the group is iterated.
 *
 * <p>Why: the Direct Runner's GroupByKey copies (encodes and decodes) a key's buffered values each
 * time another bundle adds to that key, so a bucket fed by b bundles costs about b/2 copies of each
 * of its values; packed, a copy is one array copy per bundle instead of a decode and an encode per
 * value. On every runner a few big records shuffle more cheaply than many small ones.
 *
 * <p>Global window only (a batch job's), since packs are emitted when a bundle finishes.
 */
public final class GroupIntoBuckets<V>
    extends PTransform<PCollection<KV<Integer, V>>, PCollection<KV<Integer, Iterable<V>>>> {

  /** A pack is emitted once it holds this many bytes, so a bundle's buffers stay small. */
  static final int PACK_BYTES = 1 << 20;

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
        .apply("PackPerBundle", ParDo.of(new PackFn<>(valueCoder)))
        .setCoder(KvCoder.of(VarIntCoder.of(), ByteArrayCoder.of()))
        .apply("GroupPacks", GroupByKey.create())
        .apply("Unpack", ParDo.of(new UnpackFn<>(valueCoder)))
        .setCoder(KvCoder.of(VarIntCoder.of(), IterableCoder.of(valueCoder)));
  }

  static final class PackFn<V> extends DoFn<KV<Integer, V>, KV<Integer, byte[]>> {
    private final Coder<V> coder;
    private transient Map<Integer, ByteArrayOutputStream> packs;

    PackFn(Coder<V> coder) {
      this.coder = coder;
    }

    @StartBundle
    public void startBundle() {
      packs = new TreeMap<>();
    }

    @ProcessElement
    public void process(@Element KV<Integer, V> element, OutputReceiver<KV<Integer, byte[]>> out)
        throws IOException {
      ByteArrayOutputStream pack = packs.computeIfAbsent(element.getKey(), k -> new ByteArrayOutputStream());
      coder.encode(element.getValue(), pack);
      if (pack.size() >= PACK_BYTES) {
        out.output(KV.of(element.getKey(), pack.toByteArray()));
        pack.reset();
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      packs.forEach((key, pack) -> {
        if (pack.size() > 0) {
          context.output(KV.of(key, pack.toByteArray()), BoundedWindow.TIMESTAMP_MIN_VALUE, GlobalWindow.INSTANCE);
        }
      });
      packs = null;
    }
  }

  static final class UnpackFn<V> extends DoFn<KV<Integer, Iterable<byte[]>>, KV<Integer, Iterable<V>>> {
    private final Coder<V> coder;

    UnpackFn(Coder<V> coder) {
      this.coder = coder;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<byte[]>> group, OutputReceiver<KV<Integer, Iterable<V>>> out) {
      out.output(KV.of(group.getKey(), new Unpacked<>(coder, group.getValue())));
    }
  }

  /** The values of packs, decoded on each iteration (so it can be iterated again). */
  static final class Unpacked<V> implements Iterable<V> {
    private final Coder<V> coder;
    private final Iterable<byte[]> packs;

    Unpacked(Coder<V> coder, Iterable<byte[]> packs) {
      this.coder = coder;
      this.packs = packs;
    }

    @Override
    public Iterator<V> iterator() {
      Iterator<byte[]> next = packs.iterator();
      return new Iterator<>() {
        private ByteArrayInputStream current = new ByteArrayInputStream(new byte[0]);

        @Override
        public boolean hasNext() {
          while (current.available() == 0) {
            if (!next.hasNext()) {
              return false;
            }
            current = new ByteArrayInputStream(next.next());
          }
          return true;
        }

        @Override
        public V next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          try {
            return coder.decode(current);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot decode a packed value", e);
          }
        }
      };
    }

    @Override
    public String toString() {
      List<V> values = new ArrayList<>();
      forEach(values::add);
      return values.toString();
    }
  }
}
