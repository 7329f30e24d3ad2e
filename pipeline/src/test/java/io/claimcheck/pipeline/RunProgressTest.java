package io.claimcheck.pipeline;

import static com.google.common.truth.Truth.assertThat;

import io.claimcheck.detect.DetectFindings;
import io.claimcheck.extract.ExtractClaims;
import io.claimcheck.read.ReadArticles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class RunProgressTest {

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

  @Test
  public void printsALinePerPeriodUntilTheJobEnds() {
    // Two steps report documents (as after a runner's fusion break): their values add up.
    FakeResult result = new FakeResult(Map.of(
        ReadArticles.class.getName() + ":inputs", new long[] {120},
        ExtractClaims.class.getName() + ":documents_extracted", new long[] {60, 40},
        ExtractClaims.class.getName() + ":claims", new long[] {800},
        DetectFindings.class.getName() + ":findings_contradiction", new long[] {3},
        DetectFindings.class.getName() + ":findings_omission", new long[] {4}),
        null, PipelineResult.State.RUNNING, PipelineResult.State.DONE);

    PipelineResult.State state = RunProgress.waitForEnd(result, 5, errStream, System.nanoTime());

    assertThat(state).isEqualTo(PipelineResult.State.DONE);
    assertThat(result.waits).containsExactly(Duration.standardSeconds(5), Duration.standardSeconds(5),
        Duration.standardSeconds(5));
    List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(2);
    for (String line : lines) {
      assertThat(line).matches("claimcheck: running, \\d+ s: 120 inputs read, 100 documents analyzed, "
          + "800 claims, 7 findings so far");
    }
  }

  @Test
  public void aFailedJobEndsTheWaitWithItsState() {
    FakeResult result = new FakeResult(Map.of(), PipelineResult.State.RUNNING, PipelineResult.State.FAILED);

    assertThat(RunProgress.waitForEnd(result, 1, errStream, System.nanoTime()))
        .isEqualTo(PipelineResult.State.FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .matches("claimcheck: running, \\d+ s: 0 inputs read, 0 documents analyzed, 0 claims, 0 findings so far\\R");
  }

  @Test
  public void aRunnerWithoutMetricsWhileRunningStillGetsALine() {
    FakeResult result = new FakeResult(null, PipelineResult.State.RUNNING, PipelineResult.State.DONE);

    assertThat(RunProgress.waitForEnd(result, 1, errStream, System.nanoTime()))
        .isEqualTo(PipelineResult.State.DONE);
    assertThat(err.toString(StandardCharsets.UTF_8)).matches("claimcheck: running, \\d+ s\\R");
  }

  @Test
  public void noPeriodWaitsWithoutPrinting() {
    FakeResult result = new FakeResult(Map.of(), PipelineResult.State.RUNNING);

    assertThat(RunProgress.waitForEnd(result, 0, errStream, System.nanoTime()))
        .isEqualTo(PipelineResult.State.DONE);
    assertThat(result.waits).isEmpty();
    assertThat(result.waitedToTheEnd).isTrue();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  /**
   * A job whose timed waits return the given states in turn; its counters ("namespace:name" → the
   * values of the steps that report it) or, when null, metrics that fail as on a runner that has none
   * while running.
   */
  private static final class FakeResult implements PipelineResult {
    private final Map<String, long[]> counters;
    private final Deque<State> states = new ArrayDeque<>();
    final List<Duration> waits = new ArrayList<>();
    boolean waitedToTheEnd;

    FakeResult(Map<String, long[]> counters, State... states) {
      this.counters = counters;
      for (State state : states) {
        // ArrayDeque takes no nulls: a timed wait that returns null (timed out) is stored as UNKNOWN.
        this.states.add(state == null ? State.UNKNOWN : state);
      }
    }

    @Override
    public State getState() {
      return states.isEmpty() ? State.DONE : states.peek();
    }

    @Override
    public State cancel() {
      throw new UnsupportedOperationException();
    }

    @Override
    public State waitUntilFinish(Duration duration) {
      waits.add(duration);
      State state = states.remove();
      return state == State.UNKNOWN ? null : state;
    }

    @Override
    public State waitUntilFinish() {
      waitedToTheEnd = true;
      return State.DONE;
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
