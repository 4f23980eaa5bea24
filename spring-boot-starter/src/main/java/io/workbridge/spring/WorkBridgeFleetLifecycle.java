package io.workbridge.spring;

import io.workbridge.runtime.WorkBridgeFleet;
import java.time.Duration;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the fleet's connections when the application context has started and stops them, letting cycles in flight
 * finish, when the context closes.
 */
public final class WorkBridgeFleetLifecycle implements SmartLifecycle {
  private final WorkBridgeFleet fleet;
  private final boolean autoStart;
  private final Duration stopGrace;
  private volatile boolean running;

  /**
   * Creates the lifecycle.
   *
   * @param fleet the fleet
   * @param autoStart whether to start with the context ({@code workbridge.spring.autoStart}, default true)
   * @param stopGrace how long each connection's cycles in flight may take to finish on shutdown
   */
  public WorkBridgeFleetLifecycle(WorkBridgeFleet fleet, boolean autoStart, Duration stopGrace) {
    this.fleet = fleet;
    this.autoStart = autoStart;
    this.stopGrace = stopGrace;
  }

  @Override
  public void start() {
    fleet.start();
    running = true;
  }

  @Override
  public void stop() {
    if (running) {
      fleet.stop(stopGrace);
      running = false;
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public boolean isAutoStartup() {
    return autoStart;
  }
}
