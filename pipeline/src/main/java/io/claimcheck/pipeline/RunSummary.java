package io.claimcheck.pipeline;

import io.claimcheck.detect.DetectFindings;
import io.claimcheck.extract.ExtractClaims;
import io.claimcheck.read.ReadArticles;
import io.claimcheck.report.WriteReport;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Function;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricResults;
import org.apache.beam.sdk.metrics.MetricsFilter;

/**
 * The few numbers printed after a run, read from the job's counters. {@code inputs} is always
 * {@code documents + rejected}: every input ends up once, in claims.jsonl's documents or in
 * rejected.csv.
 *
 * @param files files matched
 * @param inputs inputs read: text files, JSONL files that could not be read as a whole, JSONL lines
 * @param documents documents analyzed (read, cleaned and through extraction)
 * @param rejected inputs rejected by any stage (rows of rejected.csv)
 * @param claims claims written
 * @param stories stories (rows of stories.csv)
 * @param storiesWithFindings stories with at least one finding
 * @param sources sources (rows of sources.csv)
 * @param contradictions contradiction findings
 * @param omissions omission findings
 * @param wallNanos wall time of the whole run
 * @param output the output directory
 */
record RunSummary(
    long files,
    long inputs,
    long documents, long rejected, long claims, long stories, long storiesWithFindings, long sources,
    long contradictions, long omissions, long wallNanos, String output) {

  static RunSummary of(PipelineResult result, long wallNanos, String output) {
    return new RunSummary(
        counter(result, ReadArticles.class, ReadArticles.FILES_MATCHED_COUNTER),
        counter(result, ReadArticles.class, ReadArticles.INPUTS_COUNTER),
        counter(result, ExtractClaims.class, ExtractClaims.DOCUMENTS_EXTRACTED_COUNTER),
        counter(result, WriteReport.class, WriteReport.REJECTIONS_WRITTEN_COUNTER),
        counter(result, WriteReport.class, WriteReport.CLAIMS_WRITTEN_COUNTER),
        counter(result, WriteReport.class, WriteReport.STORIES_WRITTEN_COUNTER),
        counter(result, WriteReport.class, WriteReport.STORIES_WITH_FINDINGS_COUNTER),
        counter(result, WriteReport.class, WriteReport.SOURCES_WRITTEN_COUNTER),
        counter(result, DetectFindings.class, DetectFindings.CONTRADICTIONS_COUNTER),
        counter(result, DetectFindings.class, DetectFindings.OMISSIONS_COUNTER),
        wallNanos,
        output);
  }

  void print(PrintStream out) {
    out.printf(Locale.ROOT, "claimcheck: %d inputs (%d files): %d documents analyzed, %d inputs rejected; %d claims%n",
        inputs, files, documents, rejected, claims);
    out.printf(Locale.ROOT, "claimcheck: %d findings (%d contradictions, %d omissions) in %d of %d stories; %d sources%n",
        contradictions + omissions, contradictions, omissions, storiesWithFindings, stories, sources);
    out.printf(Locale.ROOT,
        "claimcheck: done in %.1f s; report.csv, claims.jsonl, rejected.csv, stories.csv, copies.csv, sources.csv in %s%n",
        wallNanos / 1e9, output);
  }

  // Committed values where the runner has them (Direct Runner, Dataflow), else attempted ones.
  private static long counter(PipelineResult result, Class<?> namespace, String name) {
    return sum(result, namespace, name, counter -> {
      try {
        return counter.getCommitted();
      } catch (UnsupportedOperationException e) {
        return counter.getAttempted();
      }
    });
  }

  /** Attempted value of a counter in one reading of the metrics, summed over the steps that have it. */
  static long attempted(MetricResults metrics, Class<?> namespace, String name) {
    return sum(metrics, namespace, name, MetricResult::getAttempted);
  }

  private static long sum(PipelineResult result, Class<?> namespace, String name,
      Function<MetricResult<Long>, Long> valueOf) {
    return sum(result.metrics(), namespace, name, valueOf);
  }

  private static long sum(MetricResults results, Class<?> namespace, String name,
      Function<MetricResult<Long>, Long> valueOf) {
    MetricQueryResults metrics = results.queryMetrics(
        MetricsFilter.builder().addNameFilter(MetricNameFilter.named(namespace, name)).build());
    long total = 0;
    for (MetricResult<Long> counter : metrics.getCounters()) {
      Long value = valueOf.apply(counter);
      total += value == null ? 0 : value;
    }
    return total;
  }
}
