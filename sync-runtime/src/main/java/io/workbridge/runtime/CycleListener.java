package io.workbridge.runtime;

/**
 * Told about every cycle a {@link WorkBridge} runs, once it ended — for metrics, alerts or an embedding
 * service's own bookkeeping, instead of polling {@link WorkBridge#status()}. Set with {@link
 * WorkBridge.Builder#listener}; {@link io.workbridge.runtime.metrics.WorkBridgeMetrics} is the Micrometer
 * implementation. Called on the cycle's thread; must be fast and thread-safe and must not throw (an exception is
 * logged and ignored).
 */
@FunctionalInterface
public interface CycleListener {
  /** A listener that does nothing (the default). */
  CycleListener NONE = cycle -> {};

  /**
   * One cycle ended.
   *
   * @param cycle what ran and how it ended
   */
  void cycleEnded(CycleEvent cycle);
}
