package io.workbridge.runtime;

import io.workbridge.client.ApiCall;
import io.workbridge.client.ApiCallListener;

/**
 * Watches a whole deployment: every HTTP attempt of its clients and every cycle of its streams. Give one to
 * {@link WorkBridgeFactory#create(io.workbridge.runtime.config.WorkBridgeConfig, java.time.Clock,
 * io.workbridge.client.Sleeper, java.util.function.Consumer, java.util.function.Consumer, SyncObserver)} and it
 * is set on each client and on the bridge; {@link io.workbridge.runtime.metrics.WorkBridgeMetrics} is the
 * Micrometer one. Both methods do nothing unless overridden; both must be fast, thread-safe and must not throw.
 */
public interface SyncObserver extends ApiCallListener, CycleListener {
  /** An observer that does nothing. */
  SyncObserver NONE = new SyncObserver() {};

  @Override
  default void onCall(ApiCall call) {}

  @Override
  default void cycleEnded(CycleEvent cycle) {}
}
