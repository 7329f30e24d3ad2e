package io.claimcheck.pipeline;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.beam.runners.core.metrics.MetricsContainerStepMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricResults;
import org.apache.beam.sdk.options.PipelineOptions;
import org.joda.time.Duration;

/**
 * Progress lines on Flink's embedded cluster. In its default attached mode the Flink runner's
 * {@code run()} returns only when the job is done, so a run of a million documents (20 minutes here)
 * printed nothing until its summary. Started detached instead, {@code run()} returns once the job is
 * submitted and the job's counters can be read while it runs; but on an embedded cluster Beam's
 * detached result cannot follow the job to its end: the cluster shuts down with the job, after which
 * the result's state and counters fail. {@link #follow} wraps that result in one that waits on the
 * job's own outcome and reads the final counters from it.
 *
 * <p>Everything Flink is reached by name: this class is in the default jar, which has no Flink. The
 * job's client is read from a private field of Beam's detached result (Beam 2.70 gives no accessor);
 * when the runner's classes are not what this class expects (another Beam version, see {@link
 * #canFollow}), the job stays attached: no progress lines, the same results.
 */
final class EmbeddedFlink {

  private static final String RUNNER = "org.apache.beam.runners.flink.FlinkRunner";
  private static final String OPTIONS = "org.apache.beam.runners.flink.FlinkPipelineOptions";
  private static final String DETACHED_RESULT = "org.apache.beam.runners.flink.FlinkDetachedRunnerResult";
  private static final String JOB_CLIENT = "org.apache.flink.core.execution.JobClient";
  private static final String JOB_EXECUTION_RESULT = "org.apache.flink.api.common.JobExecutionResult";
  private static final String EXECUTION_ENVIRONMENT = "org.apache.flink.api.java.ExecutionEnvironment";
  /** The accumulator the Flink runner keeps Beam's metrics in ({@code FlinkMetricContainer}). */
  static final String METRICS_ACCUMULATOR = "__metricscontainers";
  /** How long the end of a detached run waits for its embedded cluster to shut down. */
  static final long CLUSTER_SHUTDOWN_WAIT_SECONDS = 30;

  private EmbeddedFlink() {}

  /**
   * Whether {@code options} run the job on an embedded Flink cluster: the Flink runner with
   * {@code --flinkMaster} unset, {@code [auto]} outside a Flink cluster's client, or {@code [local]}.
   */
  static boolean isEmbedded(PipelineOptions options) {
    if (!RUNNER.equals(options.getRunner().getName())) {
      return false;
    }
    try {
      Class<? extends PipelineOptions> flinkOptions = Class.forName(OPTIONS).asSubclass(PipelineOptions.class);
      String master = (String) flinkOptions.getMethod("getFlinkMaster").invoke(options.as(flinkOptions));
      if ("[local]".equals(master)) {
        return true;
      }
      // [auto] is the cluster of `flink run` when launched by it, else an embedded one.
      return "[auto]".equals(master)
          && (Boolean) Class.forName(EXECUTION_ENVIRONMENT).getMethod("areExplicitEnvironmentsAllowed").invoke(null);
    } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
      return false;
    }
  }

  /**
   * Starts an embedded Flink run detached, so that its progress can be printed, unless the command
   * line chose a mode, progress lines are off, or the runner's classes are not the ones {@link
   * #follow} knows. Returns whether it did.
   */
  static boolean detachForProgress(ClaimCheckOptions options, boolean attachedModeGiven) {
    if (attachedModeGiven || options.getProgressSeconds() <= 0 || !isEmbedded(options) || !canFollow()) {
      return false;
    }
    try {
      Class<? extends PipelineOptions> flinkOptions = Class.forName(OPTIONS).asSubclass(PipelineOptions.class);
      flinkOptions.getMethod("setAttachedMode", boolean.class).invoke(options.as(flinkOptions), false);
      return true;
    } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
      return false;
    }
  }

  /** Whether the Flink runner's detached result and Flink's job client are as {@link #follow} expects. */
  static boolean canFollow() {
    try {
      Field jobClient = Class.forName(DETACHED_RESULT).getDeclaredField("jobClient");
      Class<?> client = Class.forName(JOB_CLIENT);
      return jobClient.getType().equals(client)
          && CompletableFuture.class.equals(client.getMethod("getJobExecutionResult").getReturnType())
          && CompletableFuture.class.equals(client.getMethod("getAccumulators").getReturnType())
          && Map.class.equals(Class.forName(JOB_EXECUTION_RESULT).getMethod("getAllAccumulatorResults").getReturnType());
    } catch (ReflectiveOperationException | LinkageError e) {
      return false;
    }
  }

  /**
   * {@code result}, or, when it is the Flink runner's detached result of a job on an embedded cluster,
   * a result that follows the job to its end and keeps its final counters.
   */
  static PipelineResult follow(PipelineResult result, PipelineOptions options) {
    if (!DETACHED_RESULT.equals(result.getClass().getName()) || !isEmbedded(options)) {
      return result;
    }
    try {
      Field field = result.getClass().getDeclaredField("jobClient");
      field.setAccessible(true);
      Object jobClient = field.get(result);
      // The job's outcome stays readable after the cluster has shut down; its state does not.
      CompletableFuture<?> outcome = (CompletableFuture<?>) call(jobClient, JOB_CLIENT, "getJobExecutionResult");
      CompletableFuture<?> accumulators =
          outcome.thenApply(jobResult -> callUnchecked(jobResult, JOB_EXECUTION_RESULT, "getAllAccumulatorResults"));
      return new FollowedJob(result, afterShutdown(accumulators, () -> clusterClosed(jobClient)),
          () -> ((CompletableFuture<?>) call(jobClient, JOB_CLIENT, "getAccumulators")).get(5, TimeUnit.SECONDS));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return result; // Beam's own result, as before (canFollow() rules this out for runs detached here)
    }
  }

  /** {@code outcome}, whatever it is, handed on once {@code shutdown} has completed. */
  static <T> CompletableFuture<T> afterShutdown(CompletableFuture<T> outcome,
      Supplier<CompletableFuture<?>> shutdown) {
    return outcome
        .handle((value, failure) -> null)
        .thenCompose(ignored -> shutdown.get())
        .thenCompose(ignored -> outcome);
  }

  /**
   * Completes when the embedded cluster of {@code jobClient}'s job has shut down, or after {@link
   * #CLUSTER_SHUTDOWN_WAIT_SECONDS}. Why: the cluster shuts down on its own when a detached job ends,
   * but nothing waits for it, and the JVM exits right after the summary; cut short, it leaves its
   * temporary files behind (a 22 MB RPC jar and a working directory in the temporary directory, at
   * every run). Attached runs wait for it already. Flink's job client holds the cluster in a private
   * field; where it does not (another Flink version), this completes at once, as before.
   */
  static CompletableFuture<?> clusterClosed(Object jobClient) {
    try {
      Field field = jobClient.getClass().getDeclaredField("miniCluster");
      field.setAccessible(true);
      Object cluster = field.get(jobClient);
      // closeAsync() is idempotent: the shutdown under way, or a new one, and its completion.
      CompletableFuture<?> closed = (CompletableFuture<?>) cluster.getClass().getMethod("closeAsync").invoke(cluster);
      return closed.handle((value, failure) -> null)
          .completeOnTimeout(null, CLUSTER_SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return CompletableFuture.completedFuture(null);
    }
  }

  private static Object call(Object target, String type, String method) throws ReflectiveOperationException {
    try {
      return Class.forName(type).getMethod(method).invoke(target);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  private static Object callUnchecked(Object target, String type, String method) {
    try {
      return call(target, type, method);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A job followed to its end through its outcome: the accumulators of the finished job, or the
   * failure. While it runs, its state is the detached result's, and its counters are read from the
   * running job (on Flink, those its finished tasks have reported).
   */
  static final class FollowedJob implements PipelineResult {
    private final PipelineResult detached;
    private final CompletableFuture<?> finalAccumulators;
    private final Callable<?> runningAccumulators;

    /**
     * @param detached the runner's result, for the state while running and for cancelling
     * @param finalAccumulators completes with the finished job's accumulators, or fails with the job,
     *     once the job's embedded cluster has shut down ({@link #afterShutdown})
     * @param runningAccumulators the running job's accumulators so far
     */
    FollowedJob(PipelineResult detached, CompletableFuture<?> finalAccumulators, Callable<?> runningAccumulators) {
      this.detached = detached;
      this.finalAccumulators = finalAccumulators;
      this.runningAccumulators = runningAccumulators;
    }

    @Override
    public State getState() {
      if (!finalAccumulators.isDone()) {
        try {
          return detached.getState();
        } catch (RuntimeException e) { // the cluster shutting down as the job ends
          if (!finalAccumulators.isDone()) {
            return State.UNKNOWN;
          }
        }
      }
      return endState();
    }

    private State endState() {
      try {
        finalAccumulators.join();
        return State.DONE;
      } catch (CompletionException | CancellationException e) {
        return isCancellation(e) ? State.CANCELLED : State.FAILED;
      }
    }

    @Override
    public State cancel() throws IOException {
      try {
        detached.cancel();
      } catch (RuntimeException e) { // its state afterwards, read from a cluster that has shut down
        if (!finalAccumulators.isDone()) {
          throw e;
        }
      }
      return getState();
    }

    @Override
    public State waitUntilFinish() {
      return waitUntilFinish(null);
    }

    /**
     * The end state, or {@code null} when {@code duration} runs out first (below a millisecond: no
     * limit, as for Beam's runners); a failed job is thrown.
     */
    @Override
    public State waitUntilFinish(Duration duration) {
      try {
        if (duration == null || duration.getMillis() < 1) {
          finalAccumulators.get();
        } else {
          finalAccumulators.get(duration.getMillis(), TimeUnit.MILLISECONDS);
        }
        return State.DONE;
      } catch (TimeoutException e) {
        return null;
      } catch (ExecutionException e) {
        if (isCancellation(e)) {
          return State.CANCELLED;
        }
        throw new IllegalStateException("the Flink job failed", e.getCause());
      } catch (CancellationException e) {
        return State.CANCELLED;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the Flink job", e);
      }
    }

    /** Whether {@code failure} is Flink's report of a cancelled job. */
    private static boolean isCancellation(Throwable failure) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof CancellationException || t.getClass().getSimpleName().equals("JobCancellationException")) {
          return true;
        }
      }
      return false;
    }

    /**
     * The finished job's counters; while it runs, those reported so far. Running counters that cannot
     * be read (not reported yet, the cluster ending with the job) throw, so that a progress line says
     * so instead of showing zeros.
     */
    @Override
    public MetricResults metrics() {
      Object accumulators;
      if (finalAccumulators.isDone() && !finalAccumulators.isCompletedExceptionally()) {
        accumulators = finalAccumulators.join();
      } else {
        try {
          accumulators = runningAccumulators.call();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while reading the job's counters", e);
        } catch (Exception e) {
          throw new IllegalStateException("the job's counters cannot be read now", e);
        }
      }
      Object metrics = accumulators instanceof Map<?, ?> map ? map.get(METRICS_ACCUMULATOR) : null;
      return MetricsContainerStepMap.asAttemptedOnlyMetricResults(
          metrics instanceof MetricsContainerStepMap stepMap ? stepMap : new MetricsContainerStepMap());
    }
  }
}
