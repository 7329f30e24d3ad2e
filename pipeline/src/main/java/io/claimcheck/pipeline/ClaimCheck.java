package io.claimcheck.pipeline;

import io.claimcheck.clean.CleanArticles;
import io.claimcheck.detect.DetectFindings;
import io.claimcheck.detect.EstimateSourceReliability;
import io.claimcheck.detect.GroupClaimsByTopic;
import io.claimcheck.extract.ExtractClaims;
import io.claimcheck.model.Article;
import io.claimcheck.model.Claim;
import io.claimcheck.model.ClaimCoder;
import io.claimcheck.model.Copy;
import io.claimcheck.model.Finding;
import io.claimcheck.model.Rejection;
import io.claimcheck.model.Story;
import io.claimcheck.model.TopicGroup;
import io.claimcheck.read.ReadArticles;
import io.claimcheck.report.WriteReport;
import io.claimcheck.story.AssignStories;
import io.claimcheck.story.DescribeStories;
import io.claimcheck.story.FindCopies;
import io.claimcheck.util.ProgressCounter;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The claimcheck batch job: reads news articles, extracts normalized claims, groups them by topic
 * and writes the contradictions and omissions between sources (see {@code README.md} and the output
 * contract).
 *
 * <p>Exit status: 0 when the run finished (even with rejected inputs); 2 with one line on stderr
 * when an option is invalid, no file matches the input or the output cannot be written; 1 when the
 * run itself failed.
 */
public final class ClaimCheck {

  /** The run finished. */
  public static final int EXIT_OK = 0;
  /** The run failed. */
  public static final int EXIT_FAILED = 1;
  /** Bad options, no input or an unwritable output: nothing was run. */
  public static final int EXIT_USAGE = 2;

  /**
   * Memory held while a job runs and let go of before a failure is told: when the heap has run out,
   * the runner's threads may still hold it full, and the launcher needs a little room to say why.
   */
  private static volatile byte[] reportReserve;

  private ClaimCheck() {}

  public static void main(String[] args) {
    RunChecks.configureLogging(args);
    ClaimCheckOptions options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) { // unknown or ill-formed option
      System.exit(RunChecks.usageError(System.err, "invalid option: " + RunChecks.oneLine(e),
          e, RunChecks.verboseRequested(args)));
      return;
    }
    System.exit(run(options));
  }

  /**
   * Parses the command line. On the Direct Runner, its per-element checks (mutation and coder round
   * trips) are turned off unless the command line gives them: they are for tests ({@code TestPipeline}
   * keeps them on) and made a 20,000-document run about 5 times slower (BENCHMARKS.md). And unless
   * {@code --blockOnRun} is given, its {@code run()} returns at once when progress lines are asked
   * for, so that {@link RunProgress} can print them while the job runs. For the same reason a run on
   * an embedded Flink cluster is started detached unless {@code --attachedMode} is given ({@link
   * EmbeddedFlink}).
   */
  static ClaimCheckOptions parse(String[] args) {
    ClaimCheckOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(ClaimCheckOptions.class);
    if (DirectRunner.class.equals(options.getRunner())) {
      DirectOptions direct = options.as(DirectOptions.class);
      if (!given(args, "enforceImmutability")) {
        direct.setEnforceImmutability(false);
      }
      if (!given(args, "enforceEncodability")) {
        direct.setEnforceEncodability(false);
      }
      if (!given(args, "blockOnRun") && options.getProgressSeconds() > 0) {
        direct.setBlockOnRun(false);
      }
    }
    EmbeddedFlink.detachForProgress(options, given(args, "attachedMode"));
    return options;
  }

  private static boolean given(String[] args, String option) {
    String flag = "--" + option;
    return Arrays.stream(args).anyMatch(a -> a.equals(flag) || a.startsWith(flag + "="));
  }

  /** Checks the input and output, runs the job, prints a summary; returns the exit status. */
  public static int run(ClaimCheckOptions options) {
    return run(options, System.out, System.err);
  }

  static int run(ClaimCheckOptions options, PrintStream out, PrintStream err) {
    long started = System.nanoTime();
    try {
      RunChecks.checkOptionValues(options);
      RunChecks.checkInputMatches(options);
      RunChecks.checkOutputWritable(options);
    } catch (RunChecks.UsageException e) {
      return RunChecks.usageError(err, e.getMessage(), e, options.getVerbose());
    }
    PipelineResult result;
    HeapWatch heap = HeapWatch.start();
    reportReserve = new byte[4 << 20];
    boolean direct = DirectRunner.class.equals(options.getRunner());
    // The heap the job's work had: this JVM's where the job runs in it, else a cluster's workers'.
    String heapSize = direct || EmbeddedFlink.isEmbedded(options) ? RunChecks.heap() : null;
    try {
      Pipeline pipeline = Pipeline.create(options);
      build(pipeline, options);
      ProgressCounter.resetAll(); // progress lines count this run only
      result = EmbeddedFlink.follow(pipeline.run(), options);
      PipelineResult.State state = RunProgress.waitForEnd(result, options.getProgressSeconds(), err, started,
          options.getBuckets());
      if (state != PipelineResult.State.DONE) {
        reportReserve = null;
        // A wait that ends before the job did: the Direct Runner's, at times, when the heap ran out.
        boolean cutShort = state == null || !state.isTerminal();
        err.println(cutShort && heapSize != null && heap.ranFull()
            ? "claimcheck: run failed: "
                + RunChecks.failure(new OutOfMemoryError("the heap was full"), heapSize, direct)
                + " (the runner's wait ended in state " + state + ")"
            : "claimcheck: run ended in state " + state
                + (options.getVerbose() ? "" : " (--verbose shows the runner's log)"));
        return EXIT_FAILED;
      }
    } catch (RuntimeException | OutOfMemoryError e) {
      reportReserve = null;
      err.println("claimcheck: run failed: " + RunChecks.failure(e, heapSize, direct));
      if (options.getVerbose()) {
        e.printStackTrace(err);
      }
      return EXIT_FAILED;
    }
    reportReserve = null;
    RunSummary.of(result, System.nanoTime() - started, options.getOutput()).print(out);
    return EXIT_OK;
  }

  /** Builds the job into {@code pipeline}. */
  public static Pipeline build(Pipeline pipeline, ClaimCheckOptions options) {
    int buckets = options.getBuckets();
    PCollectionTuple read = pipeline.apply("ReadArticles",
        ReadArticles.from(options.getInput())
            .withMaxDocumentChars(options.getMaxDocumentChars())
            .withBuckets(buckets));
    PCollectionTuple cleaned = read.get(ReadArticles.ARTICLES).apply("CleanArticles", CleanArticles.create());
    PCollection<Article> articles =
        cleaned.get(CleanArticles.CLEANED).apply("AssignStories", AssignStories.byContent().withShards(buckets));
    PCollectionTuple extracted = articles.apply("ExtractClaims",
        ExtractClaims.create().withMaxSentenceChars(options.getMaxSentenceChars()));
    PCollection<TopicGroup> groups = extracted.get(ExtractClaims.CLAIMS)
        .apply("GroupClaimsByTopic", GroupClaimsByTopic.create().withBuckets(buckets));
    PCollection<Copy> copies = articles.apply("FindCopies", FindCopies.create().withBuckets(buckets));
    PCollectionTuple reliability = groups.apply("EstimateSourceReliability",
        EstimateSourceReliability.withArticles(articles).withCopies(copies).withBuckets(buckets));
    PCollection<Finding> findings =
        groups.apply("DetectFindings", DetectFindings.withArticles(articles).withCopies(copies)
            .withBuckets(buckets)
            .withDocumentWeights(reliability.get(EstimateSourceReliability.DOCUMENT_WEIGHTS))
            .withDocumentValues(extracted.get(ExtractClaims.VALUES)));
    // claims.jsonl holds the claims as grouped: person names made canonical, so their topic keys
    // are the keys the report uses.
    PCollection<Claim> claims =
        groups.apply("ListGroupedClaims", ParDo.of(new ListClaimsFn()))
            .setCoder(ClaimCoder.of());
    PCollection<Story> stories = articles.apply("DescribeStories", DescribeStories.create().withBuckets(buckets));
    PCollection<Rejection> rejections =
        PCollectionList.of(List.of(
                read.get(ReadArticles.REJECTED),
                cleaned.get(CleanArticles.REJECTED),
                extracted.get(ExtractClaims.REJECTED)))
            .apply("FlattenRejections", Flatten.pCollections());

    PCollectionTuple.of(WriteReport.FINDINGS, findings)
        .and(WriteReport.CLAIMS, claims)
        .and(WriteReport.REJECTIONS, rejections)
        .and(WriteReport.STORIES, stories)
        .and(WriteReport.COPIES, copies)
        .and(WriteReport.SOURCES, reliability.get(EstimateSourceReliability.SOURCES))
        .apply("WriteReport", WriteReport.to(options.getOutput()).withBuckets(buckets));
    return pipeline;
  }

  /** The claims of a topic group. */
  static final class ListClaimsFn extends DoFn<TopicGroup, Claim> {
    @ProcessElement
    public void process(@Element TopicGroup group, OutputReceiver<Claim> out) {
      group.claims().forEach(out::output);
    }
  }
}
