package io.claimcheck.read;

import io.claimcheck.model.Article;
import io.claimcheck.model.ArticleCoder;
import io.claimcheck.model.Rejection;
import io.claimcheck.model.RejectionCoder;
import io.claimcheck.util.GroupIntoBuckets;
import io.claimcheck.util.KeyBuckets;
import io.claimcheck.util.ProgressCounter;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileIO.ReadableFile;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.ReadableFileCoder;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads the articles of a glob or a directory ({@link InputFiles} says which files): a {@code .txt}
 * or {@code .txt.gz} file is one article, a {@code .jsonl} or {@code .jsonl.gz} file one article per
 * line. Every file and JSONL line ends up exactly once in {@link #ARTICLES} or, with the reason,
 * in {@link #REJECTED}: unreadable, empty, binary, undecodable or too large files, bad JSONL lines
 * and duplicate ids never stop the run.
 *
 * <p>Document ids follow the output contract: the file name without {@code .txt}/{@code .txt.gz},
 * or the path relative to the input root when several files share that name (found with one
 * GroupByKey over buckets of names). Should inputs still share an id (JSONL lines),
 * {@link DuplicateIds} keeps the first by path and line and rejects the others. Both groupings use
 * {@link #withBuckets} keys ({@link KeyBuckets}), not a key per name or id.
 *
 * <p>Documents longer than {@link #withMaxDocumentChars} characters are rejected
 * ({@link DocumentLimits}).
 *
 * <p>Counters: {@code files_matched}; {@code inputs} (each text file, each JSONL file that cannot
 * be read as a whole, each non-blank JSONL line); {@code documents_read} and
 * {@code inputs_rejected}, which add up to {@code inputs}; {@code duplicate_ids} (part of the
 * rejected).
 */
public final class ReadArticles extends PTransform<PBegin, PCollectionTuple> {

  // Names of the counters the run summary and progress lines read (namespace: this class).
  public static final String FILES_MATCHED_COUNTER = "files_matched";
  public static final String INPUTS_COUNTER = "inputs";

  /** The articles read. */
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};

  /** Files and JSONL lines that could not be read (dead letters). */
  public static final TupleTag<Rejection> REJECTED = new TupleTag<>() {};

  // Inside: articles before duplicate ids are resolved, and the rejections of reading.
  private static final TupleTag<Article> DECODED = new TupleTag<>() {};
  private static final TupleTag<Rejection> UNUSABLE = new TupleTag<>() {};

  private final String input;
  private final int maxDocumentChars;
  private final int buckets;

  private ReadArticles(String input, int maxDocumentChars, int buckets) {
    this.input = input;
    this.maxDocumentChars = maxDocumentChars;
    this.buckets = KeyBuckets.requireValid(buckets);
  }

  /** Reads the files {@code input} (a glob or a directory, on any Beam file system) stands for. */
  public static ReadArticles from(String input) {
    return new ReadArticles(input, DocumentLimits.DEFAULT_MAX_DOCUMENT_CHARS, KeyBuckets.DEFAULT_BUCKETS);
  }

  /** The same reading, rejecting documents longer than {@code maxChars} characters (must be positive). */
  public ReadArticles withMaxDocumentChars(int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxDocumentChars must be positive, got " + maxChars);
    }
    return new ReadArticles(input, maxChars, buckets);
  }

  /**
   * The same reading, grouping files by name and articles by id under {@code newBuckets} keys
   * ({@link KeyBuckets}); must be positive.
   */
  public ReadArticles withBuckets(int newBuckets) {
    return new ReadArticles(input, maxDocumentChars, newBuckets);
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    // Matched files are named by absolute path or URI, so the root must be too.
    String root = FileSystems.matchNewResource(InputFiles.root(input), true).toString();
    PCollectionTuple read =
        begin
            .apply("InputPatterns", Create.of(InputFiles.patterns(input)).withCoder(StringUtf8Coder.of()))
            // Matching patterns in one step, without the per-file reshuffle of FileIO.match(),
            // is ten times cheaper per file; the grouping by name bucket below spreads the reading instead.
            .apply("MatchFiles",
                FileIO.matchAll()
                    .withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW)
                    .withOutputParallelization(false))
            .apply("OpenMatches", FileIO.readMatches())
            // Files are grouped by a bucket of their name, not by name: every key of a GroupByKey
            // is a bundle of its own on the Direct Runner (KeyBuckets). The grouping also spreads
            // the reading over the workers, so no Reshuffle is needed after it.
            .apply("KeyByNameBucket", ParDo.of(new KeyByNameBucketFn(input, buckets)))
            .setCoder(KvCoder.of(VarIntCoder.of(), ReadableFileCoder.of()))
            .apply("GroupByNameBucket", GroupByKey.create())
            .apply("AssignDocIds", ParDo.of(new AssignDocIdsFn(root)))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), ReadableFileCoder.of()))
            .apply("ReadDocuments",
                ParDo.of(new ReadDocumentFn(maxDocumentChars)).withOutputTags(DECODED, TupleTagList.of(UNUSABLE)));
    read.get(DECODED).setCoder(ArticleCoder.of());
    read.get(UNUSABLE).setCoder(RejectionCoder.of());

    PCollectionTuple unique =
        read.get(DECODED)
            .apply("GroupByDocIdBucket", GroupIntoBuckets.by(Article::docId, buckets))
            .apply("DropDuplicateIds",
                ParDo.of(new DropDuplicateIdsFn()).withOutputTags(ARTICLES, TupleTagList.of(REJECTED)));
    PCollection<Article> articles = unique.get(ARTICLES).setCoder(ArticleCoder.of());
    unique.get(REJECTED).setCoder(RejectionCoder.of());
    PCollection<Rejection> rejected =
        PCollectionList.of(read.get(UNUSABLE)).and(unique.get(REJECTED))
            .apply("FlattenReadRejections", Flatten.pCollections());
    return PCollectionTuple.of(ARTICLES, articles).and(REJECTED, rejected);
  }

  private static String path(ReadableFile file) {
    return file.getMetadata().resourceId().toString();
  }

  /**
   * Keys each input file by the bucket of the id it gets when its name is unique; drops the other
   * files a directory's pattern matches ({@link InputFiles#isInput}).
   */
  static final class KeyByNameBucketFn extends DoFn<ReadableFile, KV<Integer, ReadableFile>> {
    private final String input;
    private final int buckets;

    KeyByNameBucketFn(String input, int buckets) {
      this.input = input;
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(@Element ReadableFile file, OutputReceiver<KV<Integer, ReadableFile>> out) {
      String path = path(file);
      if (InputFiles.isInput(input, path)) {
        out.output(KV.of(KeyBuckets.of(InputFiles.baseId(path), buckets), file));
      }
    }
  }

  /**
   * Gives each file of a bucket its document id; files that share a name (always in one bucket)
   * get relative-path ids.
   */
  static final class AssignDocIdsFn extends DoFn<KV<Integer, Iterable<ReadableFile>>, KV<String, ReadableFile>> {
    private final Counter filesMatched = Metrics.counter(ReadArticles.class, FILES_MATCHED_COUNTER);
    private final String root;

    AssignDocIdsFn(String root) {
      this.root = root;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<ReadableFile>> bucket, OutputReceiver<KV<String, ReadableFile>> out) {
      // name -> path -> file, each path once.
      Map<String, Map<String, ReadableFile>> byName = new TreeMap<>();
      for (ReadableFile file : bucket.getValue()) {
        String path = path(file);
        byName.computeIfAbsent(InputFiles.baseId(path), k -> new TreeMap<>()).putIfAbsent(path, file);
      }
      for (Map<String, ReadableFile> byPath : byName.values()) {
        Map<String, String> ids = InputFiles.assignIds(root, byPath.keySet());
        byPath.forEach((path, file) -> {
          filesMatched.inc();
          out.output(KV.of(ids.get(path), file));
        });
      }
    }
  }

  /** Reads and decodes one file into its article(s) or rejections. */
  static final class ReadDocumentFn extends DoFn<KV<String, ReadableFile>, Article> {
    private final ProgressCounter inputs = ProgressCounter.of(ReadArticles.class, INPUTS_COUNTER);
    private final Counter inputsRejected = Metrics.counter(ReadArticles.class, "inputs_rejected");
    private final int maxChars;

    ReadDocumentFn(int maxChars) {
      this.maxChars = maxChars;
    }

    @ProcessElement
    public void process(@Element KV<String, ReadableFile> idAndFile, MultiOutputReceiver out) {
      String docId = idAndFile.getKey();
      String path = path(idAndFile.getValue());
      List<Article> articles = new ArrayList<>();
      List<Rejection> rejections = new ArrayList<>();
      boolean jsonl = InputFiles.isJsonl(path);
      byte[] bytes;
      try {
        // A JSONL file holds many documents: it is read whole. A text file is read only up to the
        // most bytes an acceptable document can have, so a huge or gzip-bomb file cannot exhaust memory.
        bytes = jsonl
            ? idAndFile.getValue().readFullyAsBytes()
            : readAtMost(idAndFile.getValue(), DocumentLimits.maxFileBytes(maxChars));
      } catch (IOException | RuntimeException e) {
        // Includes corrupt or truncated gzip data: the file is reported, the run goes on.
        rejections.add(new Rejection(path, "unreadable: " + oneLine(e)));
        bytes = null;
      }
      if (bytes != null && bytes.length > DocumentLimits.maxFileBytes(maxChars)) {
        rejections.add(new Rejection(path, DocumentLimits.tooManyBytes(maxChars)));
      } else if (bytes != null) {
        Decoded decoded = ArticleDecoder.decode(bytes);
        if (decoded instanceof Decoded.Unusable unusable) {
          rejections.add(new Rejection(path, unusable.reason()));
        } else if (decoded instanceof Decoded.Text text) {
          List<Article> parsed = new ArrayList<>();
          if (jsonl) {
            JsonlArticles.parse(path, text.text(), text.encoding(), parsed::add, rejections::add);
          } else {
            parsed.add(new Article(docId, path, text.text(), "", "", "", "", text.encoding(), ""));
          }
          for (Article article : parsed) {
            String tooLarge = DocumentLimits.tooLarge(article.text().length(), maxChars);
            if (tooLarge == null) {
              articles.add(article);
            } else {
              rejections.add(new Rejection(article.input(), tooLarge));
            }
          }
        }
      }
      inputs.inc(articles.size() + rejections.size());
      inputsRejected.inc(rejections.size());
      articles.forEach(out.get(DECODED)::output);
      rejections.forEach(out.get(UNUSABLE)::output);
    }

    /** Up to {@code limit + 1} bytes of {@code file}, decompressed: one more tells that it is too large. */
    private static byte[] readAtMost(ReadableFile file, int limit) throws IOException {
      try (InputStream in = Channels.newInputStream(file.open())) {
        return in.readNBytes(limit + 1);
      }
    }

    private static String oneLine(Exception e) {
      if (e instanceof EOFException && e.getMessage() == null) {
        return "unexpected end of data (truncated file)"; // what a cut gzip stream gives
      }
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return message.replaceAll("\\s+", " ").strip();
    }
  }

  /**
   * Keeps the first input of each document id of a bucket ({@link DuplicateIds}); rejects the
   * others. Holds the bucket's articles in memory: about 1/buckets of the input.
   */
  static final class DropDuplicateIdsFn extends DoFn<KV<Integer, Iterable<Article>>, Article> {
    private final Counter documentsRead = Metrics.counter(ReadArticles.class, "documents_read");
    private final Counter inputsRejected = Metrics.counter(ReadArticles.class, "inputs_rejected");
    private final Counter duplicateIds = Metrics.counter(ReadArticles.class, "duplicate_ids");

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<Article>> bucket, MultiOutputReceiver out) {
      Map<String, List<Article>> byId = new TreeMap<>();
      for (Article article : bucket.getValue()) {
        byId.computeIfAbsent(article.docId(), k -> new ArrayList<>()).add(article);
      }
      byId.forEach((docId, sameId) -> resolve(docId, sameId, out));
    }

    private void resolve(String docId, List<Article> sameId, MultiOutputReceiver out) {
      DuplicateIds.resolve(docId, sameId,
          article -> {
            documentsRead.inc();
            out.get(ARTICLES).output(article);
          },
          rejection -> {
            duplicateIds.inc();
            inputsRejected.inc();
            out.get(REJECTED).output(rejection);
          });
    }
  }
}
