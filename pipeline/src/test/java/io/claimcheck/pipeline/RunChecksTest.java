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

    assertThat(RunChecks.failure(wrapped, "4g", true)).isEqualTo("No space left on device");
  }

  @Test
  public void aHeapThatRanOutSaysHowBigItWasAndWhatToDo() {
    RuntimeException wrapped = new RuntimeException("a worker failed", new OutOfMemoryError("Java heap space"));

    String line = RunChecks.failure(wrapped, "1536m", true);
    assertThat(line).startsWith(
        "out of memory (Java heap space) with a heap of 1536m: give the JVM more (JAVA_OPTS=-Xmx");
    assertThat(line).contains("the Direct Runner took");
    assertThat(line).endsWith("or run on Flink for more documents");
    assertThat(line).doesNotContain("\n");
    OutOfMemoryError gcOverhead = new OutOfMemoryError("GC overhead limit exceeded");
    assertThat(RunChecks.failure(gcOverhead, "6.0 GiB (chosen by the JVM)", false))
        .isEqualTo("out of memory (GC overhead limit exceeded) with a heap of 6.0 GiB (chosen by the JVM): give the "
            + "JVM more (JAVA_OPTS=-Xmx8g; embedded Flink took 6 GiB for 1,000,000 documents), or run on a Flink "
            + "cluster");
    // A cluster's worker: its heap is not this JVM's.
    assertThat(RunChecks.failure(wrapped, null, false)).isEqualTo(
        "out of memory (Java heap space) on a worker: give the runner's workers more memory, or more workers");
  }

  @Test
  public void theHeapIsTheLastMaximumGivenElseTheJvmsOwn() {
    assertThat(RunChecks.heap(List.of("-XX:+UseParallelGC", "-Xmx4g", "-Xmx256m"), 245L << 20)).isEqualTo("256m");
    assertThat(RunChecks.heap(List.of("-Xmx4g", "-XX:MaxHeapSize=2g"), 2L << 30)).isEqualTo("2g");
    assertThat(RunChecks.heap(List.of("-XX:MaxRAMPercentage=50"), 6L << 30)).isEqualTo("6.0 GiB (chosen by the JVM)");
  }
}
