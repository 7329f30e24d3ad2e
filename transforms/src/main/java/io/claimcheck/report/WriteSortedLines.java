package io.claimcheck.report;

import io.claimcheck.util.GroupIntoBuckets;
import io.claimcheck.util.KeyBuckets;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes lines into ONE file, sorted, so that the same lines give the same bytes on any runner and
 * at any parallelism. Input elements are {@code KV(sortKey, line)}; lines are ordered by sort key,
 * then by the line itself. An optional header comes first. The file is written even when there are
 * no lines (then it holds the header only), through Beam {@link FileSystems}, so {@code gs://} and
 * other Beam file systems work; it is written under a temporary name and renamed, so a reader never
 * sees half a file.
 *
 * <p>The lines are spread over {@link #withShards shards} by sort key; each shard is sorted in its
 * worker and written as a sorted run next to the output ({@code .NAME.shard-N.tmp}); one worker
 * then merges the runs as it writes the file, holding one line per run in memory. So no worker
 * needs room for a whole file (a 1M-document {@code claims.jsonl} is about 3.5 GB).
 */
public final class WriteSortedLines extends PTransform<PCollection<KV<String, String>>, PDone> {

  private final String outputDir;
  private final String fileName;
  private final String header;
  private final int shards;

  private WriteSortedLines(String outputDir, String fileName, String header, int shards) {
    this.outputDir = Objects.requireNonNull(outputDir, "outputDir");
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.header = header;
    this.shards = KeyBuckets.requireValid(shards);
  }

  /** Writes {@code outputDir/fileName} (a Beam file system path), with no header. */
  public static WriteSortedLines to(String outputDir, String fileName) {
    return new WriteSortedLines(outputDir, fileName, null, KeyBuckets.DEFAULT_BUCKETS);
  }

  /** The same, with {@code header} (without line end) as the first line. */
  public WriteSortedLines withHeader(String newHeader) {
    return new WriteSortedLines(outputDir, fileName, newHeader, shards);
  }

  /** The same, sorting in {@code newShards} runs before the merge. The file does not depend on it. */
  public WriteSortedLines withShards(int newShards) {
    return new WriteSortedLines(outputDir, fileName, header, newShards);
  }

  @Override
  public PDone expand(PCollection<KV<String, String>> lines) {
    KvCoder<String, String> lineCoder = KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());
    KvCoder<String, String> runCoder = KvCoder.of(StringUtf8Coder.of(), NullableCoder.of(StringUtf8Coder.of()));
    PCollection<KV<String, String>> runs = lines
        .apply("GroupByShard", GroupIntoBuckets.by(KV::getKey, shards))
        .apply("SortShard", ParDo.of(new SortShardFn(outputDir, fileName)))
        .setCoder(runCoder);
    // One marker element (a null run) keyed by the file name, flattened with the runs, yields exactly
    // one group even when there are no lines: the file (and its header) is always written. A
    // GroupByKey iterated once: Flink's batch GroupByKey result is not re-iterable.
    PCollection<KV<String, String>> marker = lines.getPipeline()
        .apply("FileToWrite", Create.of(KV.of(fileName, (String) null)).withCoder(runCoder));
    PCollectionList.of(marker).and(runs)
        .apply("WithFileMarker", Flatten.pCollections())
        .apply("GatherRuns", GroupByKey.create())
        .apply("MergeAndWrite", ParDo.of(new MergeAndWriteFn(outputDir, header)));
    return PDone.in(lines.getPipeline());
  }

  /** Sorts one shard's lines and writes them as a run; emits (file name, run path). */
  static final class SortShardFn extends DoFn<KV<Integer, Iterable<KV<String, String>>>, KV<String, String>> {
    private final String outputDir;
    private final String fileName;

    SortShardFn(String outputDir, String fileName) {
      this.outputDir = outputDir;
      this.fileName = fileName;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, String>>> shard,
        OutputReceiver<KV<String, String>> out) throws IOException {
      List<KV<String, String>> lines = new ArrayList<>();
      shard.getValue().forEach(lines::add);
      lines.sort(SortedShards.ORDER);
      // Named by shard, so a retried bundle overwrites its own run.
      ResourceId run = FileSystems.matchNewResource(outputDir, true)
          .resolve("." + fileName + ".shard-" + shard.getKey() + ".tmp", StandardResolveOptions.RESOLVE_FILE);
      try (OutputStream stream = new BufferedOutputStream(
          Channels.newOutputStream(FileSystems.create(run, MimeTypes.BINARY)), 1 << 16)) {
        SortedShards.writeRun(lines, stream);
      }
      out.output(KV.of(fileName, run.toString()));
    }
  }

  /** Merges the sorted runs of one file into the file, then deletes them. */
  static final class MergeAndWriteFn extends DoFn<KV<String, Iterable<String>>, Void> {
    private final String outputDir;
    private final String header;

    MergeAndWriteFn(String outputDir, String header) {
      this.outputDir = outputDir;
      this.header = header;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<String>> file) throws IOException {
      List<ResourceId> runFiles = new ArrayList<>();
      for (String path : file.getValue()) {
        if (path != null) { // null: the file marker
          runFiles.add(FileSystems.matchNewResource(path, false));
        }
      }
      runFiles.sort((a, b) -> a.toString().compareTo(b.toString()));
      ResourceId dir = FileSystems.matchNewResource(outputDir, true);
      ResourceId target = dir.resolve(file.getKey(), StandardResolveOptions.RESOLVE_FILE);
      ResourceId temp = dir.resolve("." + file.getKey() + ".tmp", StandardResolveOptions.RESOLVE_FILE);
      List<InputStream> inputs = new ArrayList<>();
      try (Writer out = new BufferedWriter(new OutputStreamWriter(
          Channels.newOutputStream(FileSystems.create(temp, MimeTypes.TEXT)), StandardCharsets.UTF_8), 1 << 16)) {
        if (header != null) {
          out.write(header);
          out.write(Csv.LINE_END);
        }
        List<Iterator<KV<String, String>>> runs = new ArrayList<>();
        for (ResourceId runFile : runFiles) {
          InputStream in = new BufferedInputStream(Channels.newInputStream(FileSystems.open(runFile)), 1 << 16);
          inputs.add(in);
          runs.add(SortedShards.readRun(in));
        }
        SortedShards.merge(runs, line -> {
          try {
            out.write(line.getValue());
            out.write(Csv.LINE_END);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } finally {
        for (InputStream in : inputs) {
          in.close();
        }
      }
      FileSystems.rename(List.of(temp), List.of(target), StandardMoveOptions.IGNORE_MISSING_FILES);
      FileSystems.delete(runFiles, StandardMoveOptions.IGNORE_MISSING_FILES);
    }
  }
}
