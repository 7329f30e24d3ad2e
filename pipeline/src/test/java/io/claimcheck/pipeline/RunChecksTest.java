package io.claimcheck.pipeline;

import static com.google.common.truth.Truth.assertThat;

import java.io.UncheckedIOException;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class RunChecksTest {

  @Test
  public void aFailedRunIsToldByItsInnermostCause() {
    RuntimeException wrapped = new RuntimeException("PipelineExecutionException",
        new UncheckedIOException(new java.io.IOException("No space left on device\n\tat somewhere")));

    assertThat(RunChecks.failure(wrapped, "4g")).isEqualTo("No space left on device");
  }

  @Test
  public void aHeapThatRanOutSaysHowBigItWasAndWhatToDo() {
    RuntimeException wrapped = new RuntimeException("a worker failed", new OutOfMemoryError("Java heap space"));

    String line = RunChecks.failure(wrapped, "1536m");
    assertThat(line).startsWith("out of memory (Java heap space) with a heap of 1536m: give the JVM more (JAVA_OPTS=-Xmx");
    assertThat(line).contains("Flink");
    assertThat(line).doesNotContain("\n");
    assertThat(RunChecks.failure(new OutOfMemoryError("GC overhead limit exceeded"), "6.0 GiB (the JVM's default)"))
        .startsWith("out of memory (GC overhead limit exceeded) with a heap of 6.0 GiB (the JVM's default): ");
    // A cluster's worker: its heap is not this JVM's.
    assertThat(RunChecks.failure(wrapped, null))
        .isEqualTo("out of memory on a worker (Java heap space): give the runner's workers more memory, or more workers");
  }

  @Test
  public void theHeapIsTheLastXmxGivenElseTheJvmsOwnMaximum() {
    assertThat(RunChecks.heap(List.of("-XX:+UseParallelGC", "-Xmx4g", "-Xmx256m"), 245L << 20)).isEqualTo("256m");
    assertThat(RunChecks.heap(List.of("-Xss1m"), 6L << 30)).isEqualTo("6.0 GiB (the JVM's default)");
  }
}
