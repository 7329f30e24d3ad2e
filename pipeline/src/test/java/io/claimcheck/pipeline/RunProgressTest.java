package io.claimcheck.pipeline;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.Assert.assertThrows;

import io.claimcheck.clean.CleanArticles;
import io.claimcheck.detect.DetectFindings;
import io.claimcheck.extract.ExtractClaims;
import io.claimcheck.read.ReadArticles;
import io.claimcheck.story.AssignStories;
import io.claimcheck.util.ProgressCounter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricKey;
import org.apache.beam.sdk.metrics.MetricName;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricResults;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.joda.time.Duration;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class RunProgressTest {

  private static final String LINE = "claimcheck: running, \\d+ s: 120 inputs read, 118 cleaned; stories: words counted "
      + "in 64 of at most 64 shards, 118 signed, "
      + "64 of at most 64 shards compared, 118 placed; 100 documents analyzed, 800 claims, 7 findings so far";

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

  private List<String> lines() {
    return err.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Before
  public void countNothingHereYet() {
    ProgressCounter.resetAll();
  }

  @Test
  public void printsALinePerPeriodUntilTheJobEnds() {
    // Two steps report documents (as after a runner's fusion break): their values add up.
    FakeResult result = new FakeResult(Map.of(
        ReadArticles.class.getName() + ":inputs", new long[] {120},
        CleanArticles.class.getName() + ":documents_cleaned", new long[] {118},
        AssignStories.class.getName() + ":feature_shards_counted", new long[] {40, 24},
        AssignStories.class.getName() + ":documents_signed", new long[] {118},
        AssignStories.class.getName() + ":shards_compared", new long[] {60, 4},
        AssignStories.class.getName() + ":documents_placed_in_stories", new long[] {100, 18},
        ExtractClaims.class.getName() + ":documents_extracted", new long[] {60, 40},
        ExtractClaims.class.getName() + ":claims", new long[] {800},
        DetectFindings.class.getName() + ":findings_contradiction", new long[] {3},
        DetectFindings.class.getName() + ":findings_omission", new long[] {4}),
        3, PipelineResult.State.DONE);

    assertThat(RunProgress.waitPrintingEvery(result, 10L, errStream, System.nanoTime(), 64))
        .isEqualTo(PipelineResult.State.DONE);

    // The job ends once three lines are out (more may come before the wait sees it end).
    assertThat(lines().size()).isAtLeast(3);
    for (String line : lines()) {
      assertThat(line).matches(LINE);
    }
  }

  @Test
  public void thisJvmsTallyCountsWhereTheRunnerHasNotReportedYet() {
    // Embedded Flink reports a step's counters when its tasks end; the DoFns ran in this JVM.
    FakeResult result = new FakeResult(Map.of(
        ReadArticles.class.getName() + ":inputs", new long[] {120},
        CleanArticles.class.getName() + ":documents_cleaned", new long[] {118}),
        1, PipelineResult.State.DONE);
    ProgressCounter.of(ReadArticles.class, ReadArticles.INPUTS_COUNTER).inc(90); // behind the runner
    ProgressCounter.of(AssignStories.class, AssignStories.DOCUMENTS_PLACED_COUNTER).inc(118);
    ProgressCounter extracted = ProgressCounter.of(ExtractClaims.class, ExtractClaims.DOCUMENTS_EXTRACTED_COUNTER);
    extracted.inc();
    extracted.inc(41);
    ProgressCounter.of(ExtractClaims.class, ExtractClaims.CLAIMS_COUNTER).inc(300);

    assertThat(RunProgress.of(result)).isEqualTo(new RunProgress(120, 118, 0, 0, 0, 118, 42, 300, 0));
  }

  @Test
  public void aFailedJobEndsTheWaitWithItsState() {
    FakeResult result = new FakeResult(Map.of(), 1, PipelineResult.State.FAILED);

    assertThat(RunProgress.waitPrintingEvery(result, 10L, errStream, System.nanoTime(), 64))
        .isEqualTo(PipelineResult.State.FAILED);
    assertThat(lines().get(0))
        .matches("claimcheck: running, \\d+ s: 0 inputs read, 0 cleaned; stories: words counted in 0 of at most 64 "
            + "shards, 0 signed, 0 of at most 64 shards "
            + "compared, 0 placed; 0 documents analyzed, 0 claims, 0 findings so far");
  }

  @Test
  public void whatTheWaitThrowsIsThrown() {
    IllegalStateException failure = new IllegalStateException("a DoFn failed");
    FakeResult result = new FakeResult(Map.of(), 0, null) {
      @Override
      public State waitUntilFinish() {
        throw failure;
      }
    };

    assertThat(assertThrows(IllegalStateException.class,
        () -> RunProgress.waitPrintingEvery(result, 10L, errStream, System.nanoTime(), 64))).isSameInstanceAs(failure);
  }

  @Test
  public void aRunnerWithoutMetricsWhileRunningStillGetsALine() {
    FakeResult result = new FakeResult(null, 1, PipelineResult.State.DONE);

    assertThat(RunProgress.waitPrintingEvery(result, 10L, errStream, System.nanoTime(), 64))
        .isEqualTo(PipelineResult.State.DONE);
    assertThat(lines().get(0)).matches("claimcheck: running, \\d+ s");
  }

  @Test
  public void aRunnerWithoutMetricsWhileRunningGetsThisJvmsTallyWhenThereIsOne() {
    // Embedded Flink's running counters cannot be read while its cluster shuts down.
    ProgressCounter.of(ReadArticles.class, ReadArticles.INPUTS_COUNTER).inc(12);
    ProgressCounter.of(CleanArticles.class, CleanArticles.DOCUMENTS_CLEANED_COUNTER).inc(11);
    FakeResult result = new FakeResult(null, 1, PipelineResult.State.DONE);

    assertThat(RunProgress.waitPrintingEvery(result, 10L, errStream, System.nanoTime(), 64))
        .isEqualTo(PipelineResult.State.DONE);
    assertThat(lines().get(0)).matches("claimcheck: running, \\d+ s: 12 inputs read, 11 cleaned; stories: words counted in 0 "
        + "of at most 64 shards, 0 signed, "
        + "0 of at most 64 shards compared, 0 placed; 0 documents analyzed, 0 claims, 0 findings so far");
  }

  @Test
  public void noPeriodWaitsWithoutPrinting() {
    FakeResult result = new FakeResult(Map.of(), 0, PipelineResult.State.DONE);

    assertThat(RunProgress.waitForEnd(result, 0, errStream, System.nanoTime(), 64))
        .isEqualTo(PipelineResult.State.DONE);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  /**
   * A job that ends, in {@code finalState}, once {@code linesBeforeEnd} progress lines are out; its
   * counters ("namespace:name" → the values of the steps that report it) or, when null, metrics that
   * fail as on a runner that has none while running.
   */
  private class FakeResult implements PipelineResult {
    private final Map<String, long[]> counters;
    private final int linesBeforeEnd;
    private final State finalState;

    FakeResult(Map<String, long[]> counters, int linesBeforeEnd, State finalState) {
      this.counters = counters;
      this.linesBeforeEnd = linesBeforeEnd;
      this.finalState = finalState;
    }

    @Override
    public State getState() {
      return State.RUNNING;
    }

    @Override
    public State cancel() {
      throw new UnsupportedOperationException();
    }

    @Override
    public State waitUntilFinish(Duration duration) {
      throw new AssertionError("the timed wait is not used");
    }

    @Override
    public State waitUntilFinish() {
      while (lines().size() < linesBeforeEnd) {
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      return finalState;
    }

    @Override
    public MetricResults metrics() {
      return new MetricResults() {
        @Override
        public MetricQueryResults queryMetrics(MetricsFilter filter) {
          if (counters == null) {
            throw new UnsupportedOperationException("no metrics while running");
          }
          List<MetricResult<Long>> found = new ArrayList<>();
          for (MetricNameFilter name : filter.names()) {
            long[] values = counters.getOrDefault(name.getNamespace() + ":" + name.getName(), new long[0]);
            for (int step = 0; step < values.length; step++) {
              MetricKey key = MetricKey.create("step" + step, MetricName.named(name.getNamespace(), name.getName()));
              found.add(MetricResult.attempted(key, values[step]));
            }
          }
          return MetricQueryResults.create(found, List.of(), List.of(), List.of(), List.of(), List.of());
        }
      };
    }
  }
}
