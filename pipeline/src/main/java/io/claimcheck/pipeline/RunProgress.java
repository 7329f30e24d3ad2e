package io.claimcheck.pipeline;

import io.claimcheck.detect.DetectFindings;
import io.claimcheck.extract.ExtractClaims;
import io.claimcheck.read.ReadArticles;
import java.io.PrintStream;
import java.util.Locale;
import org.apache.beam.sdk.PipelineResult;
import org.joda.time.Duration;

/**
 * Waits for a started job to end, printing a line on its progress every period: how long it has run,
 * inputs read, documents analyzed, claims and findings so far, from the job's attempted counters
 * (the values of work not yet committed too, so they move during a bundle). Runners whose
 * {@code run()} returns only when the job is done (embedded Flink, Spark) end the wait at once, so
 * they print nothing; the Direct Runner is started without blocking for this (see
 * {@link ClaimCheck#parse}).
 *
 * @param inputs inputs read (text files, JSONL lines)
 * @param documents documents through extraction
 * @param claims claims extracted
 * @param findings contradictions and omissions found
 */
record RunProgress(long inputs, long documents, long claims, long findings) {

  /** The job's state once it has ended, having printed a progress line every {@code periodSeconds}. */
  static PipelineResult.State waitForEnd(PipelineResult result, int periodSeconds, PrintStream err, long startedNanos) {
    if (periodSeconds <= 0) {
      return result.waitUntilFinish();
    }
    while (true) {
      PipelineResult.State state = result.waitUntilFinish(Duration.standardSeconds(periodSeconds));
      if (state != null && state.isTerminal()) {
        return state;
      }
      String line;
      try {
        line = of(result).line(System.nanoTime() - startedNanos);
      } catch (RuntimeException e) { // a runner that cannot report metrics while running
        line = String.format(Locale.ROOT, "claimcheck: running, %.0f s", (System.nanoTime() - startedNanos) / 1e9);
      }
      err.println(line);
    }
  }

  static RunProgress of(PipelineResult result) {
    return new RunProgress(
        RunSummary.attempted(result, ReadArticles.class, "inputs"),
        RunSummary.attempted(result, ExtractClaims.class, "documents_extracted"),
        RunSummary.attempted(result, ExtractClaims.class, "claims"),
        RunSummary.attempted(result, DetectFindings.class, "findings_contradiction")
            + RunSummary.attempted(result, DetectFindings.class, "findings_omission"));
  }

  String line(long elapsedNanos) {
    return String.format(Locale.ROOT,
        "claimcheck: running, %.0f s: %d inputs read, %d documents analyzed, %d claims, %d findings so far",
        elapsedNanos / 1e9, inputs, documents, claims, findings);
  }
}
