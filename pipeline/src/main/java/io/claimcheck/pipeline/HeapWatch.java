package io.claimcheck.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Tells whether the heap ran full during a run, so that a run that failed for lack of memory says
 * so. Why: when a worker of the Direct Runner runs out of memory, the error does not always reach
 * the launcher; the runner may instead end its wait in a state that is not terminal, and the run
 * would end with "run ended in state RUNNING". A heap pool's usage after a collection above {@link
 * #FULL_SHARE} of its maximum is the JVM's own record that it did. A heavy run that ends well can
 * come that close too, so this is asked only of a wait that ended before the job did.
 */
final class HeapWatch {
  /** The share of a pool's maximum that, still in use after a collection, counts as full. */
  static final double FULL_SHARE = 0.9;
  /** How long {@link #ranFull()} waits for the JVM's count of full collections to come in. */
  static final long SETTLE_MILLIS = 500;

  private final List<MemoryPoolMXBean> pools;
  private final long[] countsAtStart;

  private HeapWatch(List<MemoryPoolMXBean> pools) {
    this.pools = pools;
    this.countsAtStart = new long[pools.size()];
    for (int i = 0; i < pools.size(); i++) {
      countsAtStart[i] = pools.get(i).getCollectionUsageThresholdCount();
    }
  }

  /** Starts watching the heap pools that have a maximum and record usage after collections. */
  static HeapWatch start() {
    List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
        .filter(pool -> pool.getUsage() != null && pool.getUsage().getMax() > 0)
        .toList();
    for (MemoryPoolMXBean pool : pools) {
      pool.setCollectionUsageThreshold((long) (pool.getUsage().getMax() * FULL_SHARE));
    }
    return new HeapWatch(pools);
  }

  /**
   * Whether a heap pool was still nearly full after a collection since {@link #start()}. The JVM
   * counts such collections on a thread of its own, a moment after them, so this looks again for
   * up to {@link #SETTLE_MILLIS} before it says no. Meant for a run that has failed.
   */
  boolean ranFull() {
    long deadline = System.nanoTime() + SETTLE_MILLIS * 1_000_000L;
    while (true) {
      for (int i = 0; i < pools.size(); i++) {
        MemoryPoolMXBean pool = pools.get(i);
        if (pool.getCollectionUsageThresholdCount() > countsAtStart[i]) {
          return true;
        }
      }
      if (System.nanoTime() >= deadline) {
        return false;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
