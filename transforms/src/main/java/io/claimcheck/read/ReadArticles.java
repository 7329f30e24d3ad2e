package io.claimcheck.read;

import io.claimcheck.model.Article;
import io.claimcheck.model.Rejection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileIO.ReadableFile;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.ReadableFileCoder;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads the articles of a glob or a directory ({@link InputFiles} says which files): a {@code .txt}
 * or {@code .txt.gz} file is one article, a {@code .jsonl} or {@code .jsonl.gz} file one article per
 * line. Every file and JSONL line ends up in {@link #ARTICLES} or, with the reason, in
 * {@link #REJECTED}: unreadable, empty or binary files and bad JSONL lines never stop the run.
 *
 * <p>Document ids follow the output contract: the file name without {@code .txt}/{@code .txt.gz},
 * or the path relative to the input root when several files share that name (found with one
 * GroupByKey over the names).
 */
public final class ReadArticles extends PTransform<PBegin, PCollectionTuple> {

  /** The articles read. */
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};

  /** Files and JSONL lines that could not be read (dead letters). */
  public static final TupleTag<Rejection> REJECTED = new TupleTag<>() {};

  private final String input;

  private ReadArticles(String input) {
    this.input = input;
  }

  /** Reads the files {@code input} (a glob or a directory, on any Beam file system) stands for. */
  public static ReadArticles from(String input) {
    return new ReadArticles(input);
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    // Matched files are named by absolute path or URI, so the root must be too.
    String root = FileSystems.matchNewResource(InputFiles.root(input), true).toString();
    PCollectionTuple out =
        begin
            .apply("InputPatterns", Create.of(InputFiles.patterns(input)).withCoder(StringUtf8Coder.of()))
            // Matching patterns in one step, without the per-file reshuffle of FileIO.match(),
            // is ten times cheaper per file; the Reshuffle below spreads the reading instead.
            .apply("MatchFiles",
                FileIO.matchAll()
                    .withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW)
                    .withOutputParallelization(false))
            .apply("OpenMatches", FileIO.readMatches())
            .apply("KeyByName", ParDo.of(new KeyByNameFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), ReadableFileCoder.of()))
            .apply("GroupByName", GroupByKey.create())
            .apply("AssignDocIds", ParDo.of(new AssignDocIdsFn(root)))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), ReadableFileCoder.of()))
            .apply("SpreadFiles", Reshuffle.viaRandomKey())
            .apply("ReadDocuments",
                ParDo.of(new ReadDocumentFn()).withOutputTags(ARTICLES, TupleTagList.of(REJECTED)));
    out.get(ARTICLES).setCoder(SerializableCoder.of(Article.class));
    out.get(REJECTED).setCoder(SerializableCoder.of(Rejection.class));
    return out;
  }

  private static String path(ReadableFile file) {
    return file.getMetadata().resourceId().toString();
  }

  /** Keys each file by the id it gets when its name is unique. */
  static final class KeyByNameFn extends DoFn<ReadableFile, KV<String, ReadableFile>> {
    @ProcessElement
    public void process(@Element ReadableFile file, OutputReceiver<KV<String, ReadableFile>> out) {
      out.output(KV.of(InputFiles.baseId(path(file)), file));
    }
  }

  /** Gives each file its document id; files that share a name get relative-path ids. */
  static final class AssignDocIdsFn extends DoFn<KV<String, Iterable<ReadableFile>>, KV<String, ReadableFile>> {
    private final Counter filesMatched = Metrics.counter(ReadArticles.class, "files_matched");
    private final String root;

    AssignDocIdsFn(String root) {
      this.root = root;
    }

    @ProcessElement
    public void process(
        @Element KV<String, Iterable<ReadableFile>> sameName, OutputReceiver<KV<String, ReadableFile>> out) {
      // A file matched by two patterns appears twice; keep one per path.
      Map<String, ReadableFile> byPath = new TreeMap<>();
      for (ReadableFile file : sameName.getValue()) {
        byPath.putIfAbsent(path(file), file);
      }
      Map<String, String> ids = InputFiles.assignIds(root, byPath.keySet());
      byPath.forEach((path, file) -> {
        filesMatched.inc();
        out.output(KV.of(ids.get(path), file));
      });
    }
  }

  /** Reads and decodes one file into its article(s) or rejections. */
  static final class ReadDocumentFn extends DoFn<KV<String, ReadableFile>, Article> {
    private final Counter documentsRead = Metrics.counter(ReadArticles.class, "documents_read");
    private final Counter inputsRejected = Metrics.counter(ReadArticles.class, "inputs_rejected");

    @ProcessElement
    public void process(@Element KV<String, ReadableFile> idAndFile, MultiOutputReceiver out) {
      String docId = idAndFile.getKey();
      String path = path(idAndFile.getValue());
      List<Article> articles = new ArrayList<>();
      List<Rejection> rejections = new ArrayList<>();
      byte[] bytes;
      try {
        bytes = idAndFile.getValue().readFullyAsBytes();
      } catch (IOException | RuntimeException e) {
        // Includes corrupt gzip data: the file is reported, the run goes on.
        rejections.add(new Rejection(path, "unreadable: " + oneLine(e)));
        bytes = null;
      }
      if (bytes != null) {
        Decoded decoded = ArticleDecoder.decode(bytes);
        if (decoded instanceof Decoded.Unusable unusable) {
          rejections.add(new Rejection(path, unusable.reason()));
        } else if (decoded instanceof Decoded.Text text) {
          if (InputFiles.isJsonl(path)) {
            JsonlArticles.parse(path, text.text(), text.encoding(), articles::add, rejections::add);
          } else {
            articles.add(new Article(docId, path, text.text(), "", "", "", "", text.encoding(), ""));
          }
        }
      }
      documentsRead.inc(articles.size());
      inputsRejected.inc(rejections.size());
      articles.forEach(out.get(ARTICLES)::output);
      rejections.forEach(out.get(REJECTED)::output);
    }

    private static String oneLine(Exception e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return message.replaceAll("\\s+", " ").strip();
    }
  }
}
