package io.claimcheck.util;

import java.io.Serializable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * A Beam counter that also counts in this JVM, for the progress lines printed while a job runs.
 *
 * <p>Why: runners hand a step's counters to the launcher at different times. The Direct Runner does
 * so after each bundle; Flink's batch runner only when a task ends (it registers its metrics
 * accumulator when the task closes), so a million documents on embedded Flink showed "0 documents
 * analyzed" for most of the run. A runner that runs the job in the launcher's JVM (Direct, embedded
 * Flink) runs these counters there too, where this tally can be read at any moment. On a cluster the
 * tally stays in the workers' JVMs and the launcher has only the runner's metrics. The job's summary
 * and tests read the Beam counter, never this tally.
 */
public final class ProgressCounter implements Serializable {
  private static final long serialVersionUID = 1L;

  /** This JVM's counts by counter name, since the last {@link #resetAll()}. */
  private static final ConcurrentHashMap<String, LongAdder> TALLY = new ConcurrentHashMap<>();

  private final Counter counter;
  private final String key;
  private transient LongAdder local;

  private ProgressCounter(Class<?> namespace, String name) {
    this.counter = Metrics.counter(namespace, name);
    this.key = key(namespace, name);
  }

  /** A counter named as {@link Metrics#counter(Class, String)} names it. */
  public static ProgressCounter of(Class<?> namespace, String name) {
    return new ProgressCounter(namespace, name);
  }

  /** Counts one. */
  public void inc() {
    inc(1);
  }

  /** Counts {@code n}, in the runner's counter and in this JVM's tally. */
  public void inc(long n) {
    counter.inc(n);
    if (local == null) {
      local = TALLY.computeIfAbsent(key, k -> new LongAdder());
    }
    local.add(n);
  }

  /** What counters of this name have counted in this JVM since the last {@link #resetAll()}. */
  public static long countedHere(Class<?> namespace, String name) {
    LongAdder adder = TALLY.get(key(namespace, name));
    return adder == null ? 0 : adder.sum();
  }

  /** Sets every tally of this JVM to zero: called before a job starts, so its lines count only it. */
  public static void resetAll() {
    TALLY.values().forEach(LongAdder::reset);
  }

  private static String key(Class<?> namespace, String name) {
    return namespace.getName() + '/' + name;
  }
}
