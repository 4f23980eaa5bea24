package io.workbridge.spring;

import io.workbridge.runtime.WorkBridge;
import io.workbridge.runtime.WorkBridgeFleet;
import java.time.Duration;
import java.util.function.Consumer;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the bridge's schedule — or every connection of a fleet — when the application context has started and
 * stops it, letting cycles in flight finish (their effects are confirmed in the store), when the context closes.
 * Stops before the beans it uses (store, clients) are destroyed.
 */
public final class WorkBridgeLifecycle implements SmartLifecycle {
  private final Runnable start;
  private final Consumer<Duration> stop;
  private final boolean autoStart;
  private final Duration stopGrace;
  private volatile boolean running;

  /**
   * Creates the lifecycle of one bridge.
   *
   * @param bridge the bridge
   * @param autoStart whether to start with the context ({@code workbridge.spring.autoStart}, default true)
   * @param stopGrace how long cycles in flight may take to finish on shutdown
   */
  public WorkBridgeLifecycle(WorkBridge bridge, boolean autoStart, Duration stopGrace) {
    this(bridge::start, bridge::stop, autoStart, stopGrace);
  }

  /**
   * Creates the lifecycle of a fleet of connections.
   *
   * @param fleet the fleet
   * @param autoStart whether to start with the context ({@code workbridge.spring.autoStart}, default true)
   * @param stopGrace how long each connection's cycles in flight may take to finish on shutdown
   */
  public WorkBridgeLifecycle(WorkBridgeFleet fleet, boolean autoStart, Duration stopGrace) {
    this(fleet::start, fleet::stop, autoStart, stopGrace);
  }

  private WorkBridgeLifecycle(Runnable start, Consumer<Duration> stop, boolean autoStart, Duration stopGrace) {
    this.start = start;
    this.stop = stop;
    this.autoStart = autoStart;
    this.stopGrace = stopGrace;
  }

  @Override
  public void start() {
    start.run();
    running = true;
  }

  @Override
  public void stop() {
    if (running) {
      stop.accept(stopGrace);
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
