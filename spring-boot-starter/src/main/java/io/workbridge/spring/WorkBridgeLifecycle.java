package io.workbridge.spring;

import io.workbridge.runtime.WorkBridge;
import java.time.Duration;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the bridge's schedule when the application context has started and stops it, letting cycles in flight
 * finish (their effects are confirmed in the store), when the context closes. Stops before the beans it uses
 * (store, clients) are destroyed.
 */
public final class WorkBridgeLifecycle implements SmartLifecycle {
  private final WorkBridge bridge;
  private final boolean autoStart;
  private final Duration stopGrace;
  private volatile boolean running;

  /**
   * Creates the lifecycle.
   *
   * @param bridge the bridge
   * @param autoStart whether to start with the context ({@code workbridge.spring.autoStart}, default true)
   * @param stopGrace how long cycles in flight may take to finish on shutdown
   */
  public WorkBridgeLifecycle(WorkBridge bridge, boolean autoStart, Duration stopGrace) {
    this.bridge = bridge;
    this.autoStart = autoStart;
    this.stopGrace = stopGrace;
  }

  @Override
  public void start() {
    bridge.start();
    running = true;
  }

  @Override
  public void stop() {
    if (running) {
      bridge.stop(stopGrace);
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
