package io.claimcheck.util;

import static com.google.common.truth.Truth.assertThat;

import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class ProgressCounterTest {

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  @Before
  public void countNothingHereYet() {
    ProgressCounter.resetAll();
  }

  @Test
  public void aJobInThisJvmCountsInTheTallyAndInTheRunnersMetrics() {
    pipeline.apply(Create.of("a levee breach", "a port strike", "a by-election"))
        .apply(ParDo.of(new CountWordsFn()));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();

    assertThat(ProgressCounter.countedHere(ProgressCounterTest.class, "words")).isEqualTo(8);
    long metric = 0;
    for (MetricResult<Long> counter : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(ProgressCounterTest.class, "words")).build()).getCounters()) {
      metric += counter.getAttempted();
    }
    assertThat(metric).isEqualTo(8);
  }

  @Test
  public void aDeserializedCopyCountsInTheSameTally() {
    // Runners serialize a DoFn with its counters and run copies of it on their threads.
    ProgressCounter counter = ProgressCounter.of(ProgressCounterTest.class, "copies");
    counter.inc(2);
    SerializableUtils.clone(counter).inc(3);
    SerializableUtils.clone(counter).inc();

    assertThat(ProgressCounter.countedHere(ProgressCounterTest.class, "copies")).isEqualTo(6);
    assertThat(ProgressCounter.countedHere(ProgressCounterTest.class, "other")).isEqualTo(0);
    assertThat(ProgressCounter.countedHere(String.class, "copies")).isEqualTo(0);
  }

  @Test
  public void resetStartsEveryTallyAtZero() {
    ProgressCounter counter = ProgressCounter.of(ProgressCounterTest.class, "reset");
    counter.inc(5);
    ProgressCounter.resetAll();
    counter.inc();

    assertThat(ProgressCounter.countedHere(ProgressCounterTest.class, "reset")).isEqualTo(1);
  }

  /** Counts the words of each element. */
  static final class CountWordsFn extends DoFn<String, String> {
    private final ProgressCounter words = ProgressCounter.of(ProgressCounterTest.class, "words");

    @ProcessElement
    public void process(@Element String text) {
      words.inc(text.split(" ").length);
    }
  }
}
