package io.claimcheck.pipeline;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.Assert.assertThrows;

import io.claimcheck.extract.ExtractClaims;
import io.claimcheck.read.ReadArticles;
import io.claimcheck.util.ProgressCounter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.beam.runners.core.metrics.MetricsContainerStepMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricName;
import org.apache.beam.sdk.metrics.MetricResults;
import org.joda.time.Duration;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * {@link EmbeddedFlink} without Flink: which runs it applies to, and the followed job's state,
 * waiting and counters over plain futures. {@code RunnerEquivalenceTest} runs it on Flink.
 */
@RunWith(JUnit4.class)
public class EmbeddedFlinkTest {

  @Before
  public void countNothingHereYet() {
    ProgressCounter.resetAll(); // RunProgress also reads this JVM's tally, which other tests' runs fill
  }

  @Test
  public void directRunnerRunsAreLeftAsTheyAre() {
    ClaimCheckOptions options = ClaimCheck.parse(new String[] {"--input=x", "--runner=DirectRunner"});
    assertThat(EmbeddedFlink.isEmbedded(options)).isFalse();
    assertThat(EmbeddedFlink.detachForProgress(options, false)).isFalse();
    FakeState result = new FakeState(PipelineResult.State.RUNNING);
    assertThat(EmbeddedFlink.follow(result, options)).isSameInstanceAs(result);
  }

  @Test
  public void canFollowExactlyWhenTheFlinkRunnerIsThere() {
    // The default build has no Flink: the answer is no, not a failure. Under -Pflink-runner a no
    // means the runner's internals changed and embedded runs lost their progress lines.
    assertThat(EmbeddedFlink.canFollow()).isEqualTo(classPresent("org.apache.beam.runners.flink.FlinkRunner"));
  }

  @Test
  public void whileRunningTheStateIsTheRunnersAndTheCountersTheRunningJobs() {
    CompletableFuture<Map<String, Object>> outcome = new CompletableFuture<>();
    EmbeddedFlink.FollowedJob job = new EmbeddedFlink.FollowedJob(
        new FakeState(PipelineResult.State.RUNNING), outcome, () -> accumulators(20, 5));

    assertThat(job.getState()).isEqualTo(PipelineResult.State.RUNNING);
    RunProgress progress = RunProgress.of(job);
    assertThat(progress.inputs()).isEqualTo(20);
    assertThat(progress.documents()).isEqualTo(5);
    assertThat(job.waitUntilFinish(Duration.millis(1))).isNull();
  }

  @Test
  public void runningCountersThatCannotBeReadAreAnErrorNotZeros() {
    EmbeddedFlink.FollowedJob job = new EmbeddedFlink.FollowedJob(
        new FakeState(PipelineResult.State.RUNNING), new CompletableFuture<>(), () -> {
          throw new IllegalStateException("MiniCluster is not yet running or has already been shut down.");
        });
    // RunProgress then prints a line with the elapsed time only.
    assertThrows(IllegalStateException.class, job::metrics);
  }

  @Test
  public void aCancelledJobEndsCancelled() {
    CompletableFuture<Map<String, Object>> outcome = new CompletableFuture<>();
    EmbeddedFlink.FollowedJob job = new EmbeddedFlink.FollowedJob(
        new FakeState(PipelineResult.State.RUNNING), outcome, Map::of);
    outcome.completeExceptionally(new JobCancellationException(new IllegalStateException("cancelled by the user")));

    assertThat(job.waitUntilFinish()).isEqualTo(PipelineResult.State.CANCELLED);
    assertThat(job.getState()).isEqualTo(PipelineResult.State.CANCELLED);
  }

  @Test
  public void aWaitBelowAMillisecondHasNoLimit() {
    CompletableFuture<Map<String, Object>> outcome = new CompletableFuture<>();
    EmbeddedFlink.FollowedJob job = new EmbeddedFlink.FollowedJob(
        new FakeState(PipelineResult.State.RUNNING), outcome, Map::of);
    CompletableFuture.delayedExecutor(50, java.util.concurrent.TimeUnit.MILLISECONDS)
        .execute(() -> outcome.complete(accumulators(1, 1)));
    assertThat(job.waitUntilFinish(Duration.ZERO)).isEqualTo(PipelineResult.State.DONE);
  }

  @Test
  public void afterTheEndStateAndCountersComeFromTheOutcomeNotTheShutDownCluster() {
    CompletableFuture<Map<String, Object>> outcome = new CompletableFuture<>();
    AtomicInteger runningReads = new AtomicInteger();
    FakeState runner = new FakeState(PipelineResult.State.RUNNING);
    EmbeddedFlink.FollowedJob job = new EmbeddedFlink.FollowedJob(runner, outcome, () -> {
      runningReads.incrementAndGet();
      throw new IllegalStateException("shut down");
    });

    outcome.complete(accumulators(120, 100));
    runner.failWith = new IllegalStateException("Fail to get flink job state");

    assertThat(job.waitUntilFinish()).isEqualTo(PipelineResult.State.DONE);
    assertThat(job.getState()).isEqualTo(PipelineResult.State.DONE);
    assertThat(RunProgress.of(job)).isEqualTo(new RunProgress(120, 0, 0, 0, 0, 0, 100, 0, 0));
    assertThat(runningReads.get()).isEqualTo(0);
  }

  @Test
  public void aFailedJobIsThrownByTheWait() {
    CompletableFuture<Map<String, Object>> outcome = new CompletableFuture<>();
    EmbeddedFlink.FollowedJob job = new EmbeddedFlink.FollowedJob(
        new FakeState(PipelineResult.State.RUNNING), outcome, Map::of);
    RuntimeException failure = new RuntimeException("a task failed: disk full");
    outcome.completeExceptionally(failure);

    IllegalStateException thrown = assertThrows(IllegalStateException.class, job::waitUntilFinish);
    assertThat(thrown).hasCauseThat().isSameInstanceAs(failure);
    assertThat(job.getState()).isEqualTo(PipelineResult.State.FAILED);
  }

  @Test
  public void theEndWaitsForTheClusterToShutDown() {
    FakeJobClient client = new FakeJobClient();

    CompletableFuture<?> closed = EmbeddedFlink.clusterClosed(client);

    assertThat(client.miniCluster.closeCalls).isEqualTo(1);
    assertThat(closed.isDone()).isFalse();
    client.miniCluster.terminated.completeExceptionally(new IllegalStateException("a slow task manager"));
    assertThat(closed.isDone()).isTrue(); // a shutdown that fails ends the wait too
    assertThat(closed.isCompletedExceptionally()).isFalse();
  }

  @Test
  public void aJobClientWithoutAClusterIsNotWaitedFor() {
    assertThat(EmbeddedFlink.clusterClosed(new Object()).isDone()).isTrue();
  }

  /** Shaped as Flink's {@code MiniClusterJobClient}: its cluster in a private field. */
  private static final class FakeJobClient {
    private final FakeMiniCluster miniCluster = new FakeMiniCluster();
  }

  /** Shaped as Flink's {@code MiniCluster}: {@code closeAsync()} starts or joins the shutdown. */
  public static final class FakeMiniCluster {
    final CompletableFuture<Void> terminated = new CompletableFuture<>();
    int closeCalls;

    public CompletableFuture<Void> closeAsync() {
      closeCalls++;
      return terminated;
    }
  }

  @Test
  public void theOutcomeComesAfterTheShutdownWhateverItIs() {
    for (Throwable failure : new Throwable[] {null, new IllegalStateException("a task failed: disk full"),
        new JobCancellationException(new IllegalStateException("cancelled by the user"))}) {
      CompletableFuture<Map<String, Object>> outcome = new CompletableFuture<>();
      CompletableFuture<Void> shutdown = new CompletableFuture<>();
      EmbeddedFlink.FollowedJob job = new EmbeddedFlink.FollowedJob(new FakeState(PipelineResult.State.RUNNING),
          EmbeddedFlink.afterShutdown(outcome, () -> shutdown), Map::of);
      if (failure == null) {
        outcome.complete(accumulators(3, 2));
      } else {
        outcome.completeExceptionally(failure);
      }

      assertThat(job.waitUntilFinish(Duration.millis(20))).isNull(); // the cluster is still shutting down
      shutdown.complete(null);
      if (failure == null) {
        assertThat(job.waitUntilFinish()).isEqualTo(PipelineResult.State.DONE);
        assertThat(RunProgress.of(job).documents()).isEqualTo(2);
      } else if (failure instanceof JobCancellationException) {
        assertThat(job.waitUntilFinish()).isEqualTo(PipelineResult.State.CANCELLED);
      } else {
        assertThat(assertThrows(IllegalStateException.class, job::waitUntilFinish)).hasCauseThat()
            .isSameInstanceAs(failure);
        assertThat(job.getState()).isEqualTo(PipelineResult.State.FAILED);
      }
    }
  }

  /** The Flink runner's accumulators: Beam's metrics under their accumulator's name. */
  private static Map<String, Object> accumulators(long inputs, long documents) {
    MetricsContainerStepMap metrics = new MetricsContainerStepMap();
    metrics.getContainer("ReadArticles/KeyByNameBucket")
        .getCounter(MetricName.named(ReadArticles.class, ReadArticles.INPUTS_COUNTER)).inc(inputs);
    metrics.getContainer("ExtractClaims/Extract")
        .getCounter(MetricName.named(ExtractClaims.class, ExtractClaims.DOCUMENTS_EXTRACTED_COUNTER)).inc(documents);
    return Map.of(EmbeddedFlink.METRICS_ACCUMULATOR, metrics);
  }

  private static boolean classPresent(String name) {
    try {
      Class.forName(name);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Named as Flink's, which is how the followed job knows a cancelled job (by name: no Flink here). */
  private static final class JobCancellationException extends RuntimeException {
    JobCancellationException(Throwable cause) {
      super(cause);
    }
  }

  /** A runner's result that only has a state (or fails to give one, like a shut-down cluster). */
  private static final class FakeState implements PipelineResult {
    private final State state;
    private volatile RuntimeException failWith;

    FakeState(State state) {
      this.state = state;
    }

    @Override
    public State getState() {
      if (failWith != null) {
        throw failWith;
      }
      return state;
    }

    @Override
    public State cancel() {
      return State.CANCELLED;
    }

    @Override
    public State waitUntilFinish(Duration duration) {
      throw new UnsupportedOperationException("the followed job waits on its outcome");
    }

    @Override
    public State waitUntilFinish() {
      throw new UnsupportedOperationException("the followed job waits on its outcome");
    }

    @Override
    public MetricResults metrics() {
      throw new UnsupportedOperationException("the followed job reads its accumulators");
    }
  }
}
