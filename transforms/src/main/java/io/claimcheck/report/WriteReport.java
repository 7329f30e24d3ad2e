package io.claimcheck.report;

import io.claimcheck.model.Claim;
import io.claimcheck.model.Copy;
import io.claimcheck.model.Finding;
import io.claimcheck.model.Rejection;
import io.claimcheck.model.Story;
import io.claimcheck.reliability.SourceReliability;
import io.claimcheck.util.GroupIntoBuckets;
import io.claimcheck.util.KeyBuckets;
import java.util.HashSet;
import java.util.Set;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Writes the output files of the contract into one directory, each as one sorted file with
 * its header even when empty:
 *
 * <ul>
 *   <li>{@value #REPORT_FILE} from {@link #FINDINGS}, rows in {@link ReportFormat#ORDER};
 *   <li>{@value #CLAIMS_FILE} from {@link #CLAIMS}, by doc_id, start, end, topic_key;
 *   <li>{@value #REJECTED_FILE} from {@link #REJECTIONS}, by input, reason;
 *   <li>{@value #STORIES_FILE} from {@link #STORIES}, by story id;
 *   <li>{@value #COPIES_FILE} from {@link #COPIES}, by document;
 *   <li>{@value #SOURCES_FILE} from {@link #SOURCES}, by source.
 * </ul>
 *
 * It also counts the stories that have at least one finding ({@code stories_with_findings}).
 *
 * A tag missing from the input tuple counts as empty.
 */
public final class WriteReport extends PTransform<PCollectionTuple, PDone> {

  // Names of the counters the run summary and progress lines read (namespace: this class).
  public static final String REJECTIONS_WRITTEN_COUNTER = "rejections_written";
  public static final String CLAIMS_WRITTEN_COUNTER = "claims_written";
  public static final String STORIES_WRITTEN_COUNTER = "stories_written";
  public static final String STORIES_WITH_FINDINGS_COUNTER = "stories_with_findings";
  public static final String SOURCES_WRITTEN_COUNTER = "sources_written";

  /** The findings, one report row each. */
  public static final TupleTag<Finding> FINDINGS = new TupleTag<>() {};

  /** The claims, one JSON line each. */
  public static final TupleTag<Claim> CLAIMS = new TupleTag<>() {};

  /** The rejected inputs of every stage. */
  public static final TupleTag<Rejection> REJECTIONS = new TupleTag<>() {};

  /** The stories, one {@code stories.csv} row each. */
  public static final TupleTag<Story> STORIES = new TupleTag<>() {};

  /** The syndicated copies, one {@code copies.csv} row each. */
  public static final TupleTag<Copy> COPIES = new TupleTag<>() {};

  /** The sources and their reliability, one {@code sources.csv} row each. */
  public static final TupleTag<SourceReliability> SOURCES = new TupleTag<>() {};

  public static final String REPORT_FILE = "report.csv";
  public static final String CLAIMS_FILE = "claims.jsonl";
  public static final String REJECTED_FILE = "rejected.csv";
  public static final String STORIES_FILE = "stories.csv";
  public static final String COPIES_FILE = "copies.csv";
  public static final String SOURCES_FILE = "sources.csv";

  private static final Coder<KV<String, String>> LINE_CODER =
      KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());

  private final String outputDir;
  private final int buckets;

  private WriteReport(String outputDir, int buckets) {
    this.outputDir = outputDir;
    this.buckets = KeyBuckets.requireValid(buckets);
  }

  /** Writes into {@code outputDir} (a Beam file system path; created if missing). */
  public static WriteReport to(String outputDir) {
    return new WriteReport(outputDir, KeyBuckets.DEFAULT_BUCKETS);
  }

  /**
   * The same, counting the stories with findings under {@code newBuckets} keys ({@link KeyBuckets})
   * rather than one key per story, and sorting each file in {@code newBuckets} shards
   * ({@link WriteSortedLines#withShards}). The files do not depend on it.
   */
  public WriteReport withBuckets(int newBuckets) {
    return new WriteReport(outputDir, newBuckets);
  }

  @Override
  public PDone expand(PCollectionTuple input) {
    PCollection<Finding> findings = orEmpty(input, FINDINGS, Finding.class);
    findings
        .apply("StoryOfFinding", ParDo.of(new StoryOfFindingFn(buckets)))
        .setCoder(KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of()))
        .apply("GroupByStoryBucket", GroupIntoBuckets.create())
        .apply("CountStoriesWithFindings", ParDo.of(new CountStoriesFn()));
    findings
        .apply("FormatFindings", ParDo.of(new FormatFindingFn()))
        .setCoder(LINE_CODER)
        .apply("WriteReportCsv", writeSorted(REPORT_FILE).withHeader(ReportFormat.HEADER));
    orEmpty(input, CLAIMS, Claim.class)
        .apply("FormatClaims", ParDo.of(new FormatClaimFn()))
        .setCoder(LINE_CODER)
        .apply("WriteClaimsJsonl", writeSorted(CLAIMS_FILE));
    orEmpty(input, REJECTIONS, Rejection.class)
        .apply("FormatRejections", ParDo.of(new FormatRejectionFn()))
        .setCoder(LINE_CODER)
        .apply("WriteRejectedCsv", writeSorted(REJECTED_FILE).withHeader(RejectionFormat.HEADER));
    orEmpty(input, STORIES, Story.class)
        .apply("FormatStories", ParDo.of(new FormatStoryFn()))
        .setCoder(LINE_CODER)
        .apply("WriteStoriesCsv", writeSorted(STORIES_FILE).withHeader(StoryFormat.HEADER));
    orEmpty(input, COPIES, Copy.class)
        .apply("FormatCopies", ParDo.of(new FormatCopyFn()))
        .setCoder(LINE_CODER)
        .apply("WriteCopiesCsv", writeSorted(COPIES_FILE).withHeader(CopyFormat.HEADER));
    orEmpty(input, SOURCES, SourceReliability.class)
        .apply("FormatSources", ParDo.of(new FormatSourceFn()))
        .setCoder(LINE_CODER)
        .apply("WriteSourcesCsv", writeSorted(SOURCES_FILE).withHeader(SourceFormat.HEADER));
    return PDone.in(input.getPipeline());
  }

  /** {@code fileName} in the output directory, sorted in {@code buckets} shards. */
  private WriteSortedLines writeSorted(String fileName) {
    return WriteSortedLines.to(outputDir, fileName).withShards(buckets);
  }

  private static <T extends java.io.Serializable> PCollection<T> orEmpty(
      PCollectionTuple input, TupleTag<T> tag, Class<T> type) {
    if (input.has(tag)) {
      return input.get(tag);
    }
    return input.getPipeline().apply("No" + type.getSimpleName(), Create.empty(TypeDescriptor.of(type)));
  }

  static final class FormatFindingFn extends DoFn<Finding, KV<String, String>> {
    private final Counter rows = Metrics.counter(WriteReport.class, "findings_written");

    @ProcessElement
    public void process(@Element Finding finding, OutputReceiver<KV<String, String>> out) {
      rows.inc();
      out.output(KV.of(ReportFormat.sortKey(finding), ReportFormat.row(finding)));
    }
  }

  static final class FormatClaimFn extends DoFn<Claim, KV<String, String>> {
    private final Counter rows = Metrics.counter(WriteReport.class, CLAIMS_WRITTEN_COUNTER);

    @ProcessElement
    public void process(@Element Claim claim, OutputReceiver<KV<String, String>> out) {
      rows.inc();
      out.output(KV.of(ClaimJson.sortKey(claim), ClaimJson.line(claim)));
    }
  }

  static final class FormatRejectionFn extends DoFn<Rejection, KV<String, String>> {
    private final Counter rows = Metrics.counter(WriteReport.class, REJECTIONS_WRITTEN_COUNTER);

    @ProcessElement
    public void process(@Element Rejection rejection, OutputReceiver<KV<String, String>> out) {
      rows.inc();
      out.output(KV.of(RejectionFormat.sortKey(rejection), RejectionFormat.row(rejection)));
    }
  }

  static final class FormatStoryFn extends DoFn<Story, KV<String, String>> {
    private final Counter rows = Metrics.counter(WriteReport.class, STORIES_WRITTEN_COUNTER);

    @ProcessElement
    public void process(@Element Story story, OutputReceiver<KV<String, String>> out) {
      rows.inc();
      out.output(KV.of(StoryFormat.sortKey(story), StoryFormat.row(story)));
    }
  }

  static final class FormatCopyFn extends DoFn<Copy, KV<String, String>> {
    private final Counter rows = Metrics.counter(WriteReport.class, "copies_written");

    @ProcessElement
    public void process(@Element Copy copy, OutputReceiver<KV<String, String>> out) {
      rows.inc();
      out.output(KV.of(CopyFormat.sortKey(copy), CopyFormat.row(copy)));
    }
  }

  static final class FormatSourceFn extends DoFn<SourceReliability, KV<String, String>> {
    private final Counter rows = Metrics.counter(WriteReport.class, SOURCES_WRITTEN_COUNTER);

    @ProcessElement
    public void process(@Element SourceReliability source, OutputReceiver<KV<String, String>> out) {
      rows.inc();
      out.output(KV.of(SourceFormat.sortKey(source), SourceFormat.row(source)));
    }
  }

  static final class StoryOfFindingFn extends DoFn<Finding, KV<Integer, String>> {
    private final int buckets;

    StoryOfFindingFn(int buckets) {
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(@Element Finding finding, OutputReceiver<KV<Integer, String>> out) {
      out.output(KV.of(KeyBuckets.of(finding.storyId(), buckets), finding.storyId()));
    }
  }

  /** Counts the distinct stories of a bucket (a story's findings all fall into one bucket). */
  static final class CountStoriesFn extends DoFn<KV<Integer, Iterable<String>>, Void> {
    private final Counter stories = Metrics.counter(WriteReport.class, STORIES_WITH_FINDINGS_COUNTER);

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<String>> bucket) {
      Set<String> distinct = new HashSet<>();
      bucket.getValue().forEach(distinct::add);
      stories.inc(distinct.size());
    }
  }
}
