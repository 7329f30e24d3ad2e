package io.claimcheck.pipeline;

import io.claimcheck.clean.CleanArticles;
import io.claimcheck.detect.DetectFindings;
import io.claimcheck.extract.ExtractClaims;
import io.claimcheck.read.ReadArticles;
import io.claimcheck.story.AssignStories;
import io.claimcheck.util.ProgressCounter;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ToLongBiFunction;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricResults;

/**
 * Waits for a started job to end, printing a line on its progress every period: how long it has run,
 * inputs read, documents cleaned, shards whose words were counted, documents signed for stories,
 * shards compared, documents placed in stories and analyzed, claims and findings so far, from the
 * job's attempted counters (the values of work not yet committed too, so they move during a bundle)
 * or, where the job runs in this JVM and the runner reports a step's counters only when it ends
 * (embedded Flink), from this JVM's tally of the same counters ({@link ProgressCounter}). A runner whose {@code run()} returns only when the job is
 * done (Flink in attached mode) ends the wait at once, so it prints nothing; the Direct Runner and
 * embedded Flink are started without blocking for this (see {@link ClaimCheck#parse}).
 *
 * @param inputs inputs read (text files, JSONL lines)
 * @param cleaned documents with text after cleaning
 * @param shardsCounted shards whose features have been counted to find the common words (of at most
 *     {@code --buckets}): the step between {@code cleaned} and {@code signed}, minutes on a million
 *     documents
 * @param signed documents signed for story matching (the long stretch between {@code cleaned} and
 *     {@code placed} on a large corpus: signing, then comparing candidate pairs shard by shard)
 * @param shardsCompared shards whose candidate pairs have been compared (of at most {@code --buckets}:
 *     a shard that no band key falls in has nothing to compare)
 * @param placed documents placed in their story
 * @param documents documents through extraction
 * @param claims claims extracted
 * @param findings contradictions and omissions found
 */
record RunProgress(long inputs, long cleaned, long shardsCounted, long signed, long shardsCompared, long placed,
    long documents, long claims, long findings) {

  private static final RunProgress NOTHING = new RunProgress(0, 0, 0, 0, 0, 0, 0, 0, 0);

  /**
   * The job's state once it has ended, having printed a progress line every {@code periodSeconds};
   * {@code shards} is the job's {@code --buckets}.
   */
  static PipelineResult.State waitForEnd(PipelineResult result, int periodSeconds, PrintStream err, long startedNanos,
      int shards) {
    return periodSeconds <= 0
        ? result.waitUntilFinish()
        : waitPrintingEvery(result, TimeUnit.SECONDS.toMillis(periodSeconds), err, startedNanos, shards);
  }

  /**
   * Waits for the job on a thread of its own, with the runner's untimed wait: runners differ in what
   * their timed wait returns and some log a warning each time it runs out (Dataflow, detached Flink).
   * Whatever the wait throws (a failed job) is thrown here.
   */
  static PipelineResult.State waitPrintingEvery(PipelineResult result, long periodMillis, PrintStream err,
      long startedNanos, int shards) {
    ExecutorService waiter = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "claimcheck-wait");
      thread.setDaemon(true);
      // The wait's own failures reach the launcher through its future. A heap that runs out can also
      // hit the pool's code around it: the job's failure is told by the launcher, not twice here.
      thread.setUncaughtExceptionHandler((t, e) -> {
        if (!(e instanceof OutOfMemoryError)) {
          t.getThreadGroup().uncaughtException(t, e); // as without this handler
        }
      });
      return thread;
    });
    try {
      Future<PipelineResult.State> end = waiter.submit(() -> result.waitUntilFinish());
      while (true) {
        try {
          return end.get(periodMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          err.println(lineFor(result, System.nanoTime() - startedNanos, shards));
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException runtime) {
            throw runtime;
          }
          if (cause instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for the job", e);
        }
      }
    } finally {
      waiter.shutdownNow();
    }
  }

  private static String lineFor(PipelineResult result, long elapsedNanos, int shards) {
    RunProgress progress;
    try {
      progress = of(result);
    } catch (RuntimeException e) { // a runner that cannot report its counters now
      progress = ofThisJvm();
      if (progress.equals(NOTHING)) { // nor has this JVM counted anything: a cluster's job
        return String.format(Locale.ROOT, "claimcheck: running, %.0f s", elapsedNanos / 1e9);
      }
    }
    return progress.line(elapsedNanos, shards);
  }

  /**
   * Each counter as the larger of the runner's attempted figure and this JVM's tally of it ({@link
   * ProgressCounter}): the tally is ahead on a runner in this JVM that reports a step's counters only
   * when it ends (embedded Flink), the runner's figure on a cluster, whose workers count elsewhere.
   */
  static RunProgress of(PipelineResult result) {
    MetricResults metrics = result.metrics(); // read once: a line's figures are of one moment
    return counted((namespace, name) ->
        Math.max(RunSummary.attempted(metrics, namespace, name), ProgressCounter.countedHere(namespace, name)));
  }

  /** This JVM's tally alone. */
  static RunProgress ofThisJvm() {
    return counted(ProgressCounter::countedHere);
  }

  private static RunProgress counted(ToLongBiFunction<Class<?>, String> count) {
    return new RunProgress(
        count.applyAsLong(ReadArticles.class, ReadArticles.INPUTS_COUNTER),
        count.applyAsLong(CleanArticles.class, CleanArticles.DOCUMENTS_CLEANED_COUNTER),
        count.applyAsLong(AssignStories.class, AssignStories.FEATURE_SHARDS_COUNTED_COUNTER),
        count.applyAsLong(AssignStories.class, AssignStories.DOCUMENTS_SIGNED_COUNTER),
        count.applyAsLong(AssignStories.class, AssignStories.SHARDS_COMPARED_COUNTER),
        count.applyAsLong(AssignStories.class, AssignStories.DOCUMENTS_PLACED_COUNTER),
        count.applyAsLong(ExtractClaims.class, ExtractClaims.DOCUMENTS_EXTRACTED_COUNTER),
        count.applyAsLong(ExtractClaims.class, ExtractClaims.CLAIMS_COUNTER),
        count.applyAsLong(DetectFindings.class, DetectFindings.CONTRADICTIONS_COUNTER)
            + count.applyAsLong(DetectFindings.class, DetectFindings.OMISSIONS_COUNTER));
  }

  /** The line for a job of {@code shards} shards ({@code --buckets}) that has run {@code elapsedNanos}. */
  String line(long elapsedNanos, int shards) {
    return String.format(Locale.ROOT,
        "claimcheck: running, %.0f s: %d inputs read, %d cleaned; stories: words counted in %d of at most %d shards, "
            + "%d signed, %d of at most %d shards compared, %d placed; %d documents analyzed, %d claims, %d findings so far",
        elapsedNanos / 1e9, inputs, cleaned, shardsCounted, shards, signed, shardsCompared, shards, placed, documents,
        claims, findings);
  }
}
