package io.workbridge.runtime;

import java.time.Duration;

/**
 * Who runs the cycles of a {@link WorkBridgeFleet}'s connections: each bridge's own scheduler ({@link #local}),
 * or a scheduler the fleet's processes share ({@link ClusterCycles}).
 */
interface FleetCycles {

  /** The cycles of a started connection are run from now on. */
  void connectionStarted(String connectionId, WorkBridge bridge);

  /** The connection stops (its file changed or was removed, or the fleet closes): waits up to {@code grace} for its cycles. */
  void connectionStopping(String connectionId, WorkBridge bridge, Duration grace, boolean removed);

  /** The fleet read its directory again (its started connections are the ones it runs now). */
  default void reloaded() {}

  /** Starts running cycles (after the first reading of the directory). */
  default void start() {}

  /** Stops running cycles, waiting up to the fleet's grace for those in flight; true if all finished. */
  boolean stop();

  /** Each bridge runs its own cycles on its own scheduler. */
  static FleetCycles local() {
    return new FleetCycles() {
      @Override
      public void connectionStarted(String connectionId, WorkBridge bridge) {
        bridge.start();
      }

      @Override
      public void connectionStopping(String connectionId, WorkBridge bridge, Duration grace, boolean removed) {
        bridge.stop(grace);
      }

      @Override
      public boolean stop() {
        return true; // each bridge stops with its connection
      }
    };
  }
}
