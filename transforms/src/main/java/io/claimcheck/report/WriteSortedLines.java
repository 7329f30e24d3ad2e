package io.claimcheck.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * Writes lines into ONE file, sorted, so that the same lines give the same bytes on any runner and
 * at any parallelism. Input elements are {@code KV(sortKey, line)}; lines are ordered by sort key,
 * then by the line itself. An optional header comes first. The file is written even when there are
 * no lines (then it holds the header only), through Beam {@link FileSystems}, so {@code gs://} and
 * other Beam file systems work; it is written under a temporary name and renamed, so a reader never
 * sees half a file.
 *
 * <p>All lines meet in one worker to be sorted: the files are reports, meant to be read whole.
 */
public final class WriteSortedLines extends PTransform<PCollection<KV<String, String>>, PDone> {

  private final String outputDir;
  private final String fileName;
  private final String header;

  private WriteSortedLines(String outputDir, String fileName, String header) {
    this.outputDir = Objects.requireNonNull(outputDir, "outputDir");
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.header = header;
  }

  /** Writes {@code outputDir/fileName} (a Beam file system path), with no header. */
  public static WriteSortedLines to(String outputDir, String fileName) {
    return new WriteSortedLines(outputDir, fileName, null);
  }

  /** The same, with {@code header} (without line end) as the first line. */
  public WriteSortedLines withHeader(String newHeader) {
    return new WriteSortedLines(outputDir, fileName, newHeader);
  }

  @Override
  public PDone expand(PCollection<KV<String, String>> lines) {
    // One marker element keyed by the file name, flattened with the lines, yields exactly one
    // group even when there are no lines: the file (and its header) is always written. A plain
    // GroupByKey iterated once, not CoGroupByKey: CoGbkResult iterates a group of more than 10,000
    // elements twice, which Flink's batch GroupByKey refuses ("GBK result is not re-iterable").
    KvCoder<String, KV<String, String>> coder =
        KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), NullableCoder.of(StringUtf8Coder.of())));
    PCollection<KV<String, KV<String, String>>> marker =
        lines.getPipeline().apply("FileToWrite",
            Create.of(KV.of(fileName, KV.of(fileName, (String) null))).withCoder(coder));
    PCollection<KV<String, KV<String, String>>> keyedLines =
        lines.apply("KeyByFile", WithKeys.of(fileName)).setCoder(coder);
    PCollectionList.of(marker).and(keyedLines)
        .apply("WithFileMarker", Flatten.pCollections())
        .apply("GatherLines", GroupByKey.create())
        .apply("SortAndWrite", ParDo.of(new SortAndWriteFn(outputDir, header)));
    return PDone.in(lines.getPipeline());
  }

  /** Sorts the lines of one file and writes them. */
  static final class SortAndWriteFn extends DoFn<KV<String, Iterable<KV<String, String>>>, Void> {
    private static final Comparator<KV<String, String>> ORDER =
        Comparator.comparing((KV<String, String> kv) -> kv.getKey()).thenComparing(KV::getValue);

    private final String outputDir;
    private final String header;

    SortAndWriteFn(String outputDir, String header) {
      this.outputDir = outputDir;
      this.header = header;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<KV<String, String>>> file) throws IOException {
      List<KV<String, String>> lines = new ArrayList<>();
      for (KV<String, String> line : file.getValue()) {
        if (line.getValue() != null) { // null: the file marker
          lines.add(line);
        }
      }
      lines.sort(ORDER);

      ResourceId dir = FileSystems.matchNewResource(outputDir, true);
      ResourceId target = dir.resolve(file.getKey(), StandardResolveOptions.RESOLVE_FILE);
      ResourceId temp = dir.resolve("." + file.getKey() + ".tmp", StandardResolveOptions.RESOLVE_FILE);
      try (Writer out = new BufferedWriter(new OutputStreamWriter(
          Channels.newOutputStream(FileSystems.create(temp, MimeTypes.TEXT)), StandardCharsets.UTF_8))) {
        if (header != null) {
          out.write(header);
          out.write(Csv.LINE_END);
        }
        for (KV<String, String> line : lines) {
          out.write(line.getValue());
          out.write(Csv.LINE_END);
        }
      }
      FileSystems.rename(List.of(temp), List.of(target), StandardMoveOptions.IGNORE_MISSING_FILES);
    }
  }
}
