package io.claimcheck.report;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.apache.beam.sdk.values.KV;

/**
 * Sorted runs of {@code (sortKey, line)} pairs in a file, and their k-way merge: how
 * {@link WriteSortedLines} sorts a file's lines without holding them all in one worker.
 * A run is a sequence of records, each the UTF-8 bytes of the key and of the line with their
 * lengths in front.
 */
final class SortedShards {

  /** Lines by sort key, then by the line itself: the order of every output file. */
  static final Comparator<KV<String, String>> ORDER =
      Comparator.comparing((KV<String, String> kv) -> kv.getKey()).thenComparing(KV::getValue);

  private SortedShards() {}

  /** Writes {@code sorted} (already in {@link #ORDER}) as one run; does not close {@code out}. */
  static void writeRun(List<KV<String, String>> sorted, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    for (KV<String, String> line : sorted) {
      writeString(data, line.getKey());
      writeString(data, line.getValue());
    }
    data.flush();
  }

  /** The records of a run, read as they are iterated. */
  static Iterator<KV<String, String>> readRun(InputStream in) {
    DataInputStream data = new DataInputStream(in);
    return new Iterator<>() {
      private KV<String, String> next = read();

      private KV<String, String> read() {
        try {
          String key = readKey(data);
          return key == null ? null : KV.of(key, readString(data, data.readInt()));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read a sorted run", e);
        }
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public KV<String, String> next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        KV<String, String> current = next;
        next = read();
        return current;
      }
    };
  }

  /** Hands the records of all {@code runs} (each in {@link #ORDER}) to {@code sink} in that order. */
  static void merge(List<Iterator<KV<String, String>>> runs, Consumer<KV<String, String>> sink) {
    record Head(KV<String, String> line, int run) {}
    PriorityQueue<Head> heads = new PriorityQueue<>(Math.max(1, runs.size()),
        Comparator.comparing(Head::line, ORDER).thenComparingInt(Head::run));
    for (int i = 0; i < runs.size(); i++) {
      if (runs.get(i).hasNext()) {
        heads.add(new Head(runs.get(i).next(), i));
      }
    }
    while (!heads.isEmpty()) {
      Head head = heads.poll();
      sink.accept(head.line());
      Iterator<KV<String, String>> run = runs.get(head.run());
      if (run.hasNext()) {
        heads.add(new Head(run.next(), head.run()));
      }
    }
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** The key of the next record, or null at the end of the run (only there may the run end). */
  private static String readKey(DataInputStream in) throws IOException {
    int length;
    try {
      length = in.readInt();
    } catch (EOFException end) {
      return null;
    }
    return readString(in, length);
  }

  private static String readString(DataInputStream in, int length) throws IOException {
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
