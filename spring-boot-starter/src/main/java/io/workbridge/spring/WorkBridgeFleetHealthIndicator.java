package io.workbridge.spring;

import io.workbridge.runtime.SyncScheduler;
import io.workbridge.runtime.WorkBridgeFleet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The fleet's health: down while a connection file is refused (its problems in the details) or while a stream of a
 * connection failed its last cycle; the details list each connection's streams with their last failure, if any.
 * Never shows a credential: the details hold connection ids, stream names, file names and problems, which name
 * keys, not values.
 */
public final class WorkBridgeFleetHealthIndicator extends AbstractHealthIndicator {
  private final WorkBridgeFleet fleet;

  /**
   * Creates the indicator.
   *
   * @param fleet the fleet
   */
  public WorkBridgeFleetHealthIndicator(WorkBridgeFleet fleet) {
    super("WorkBridge fleet health check failed");
    this.fleet = fleet;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Map<String, List<String>> refused = fleet.refused();
    boolean failing = false;
    Map<String, Object> connections = new TreeMap<>();
    for (Map.Entry<String, Map<String, SyncScheduler.StreamStatus>> connection : fleet.status().entrySet()) {
      Map<String, Object> streams = new TreeMap<>();
      for (SyncScheduler.StreamStatus stream : connection.getValue().values()) {
        streams.put(stream.name(), stream.lastFailure().map(failure -> "failing: " + failure).orElse("ok"));
        failing |= stream.lastFailure().isPresent();
      }
      connections.put(connection.getKey(), streams);
    }
    builder.withDetail("connections", connections);
    if (!refused.isEmpty()) {
      builder.withDetail("refused", refused);
    }
    if (refused.isEmpty() && !failing) {
      builder.up();
    } else {
      builder.down();
    }
  }
}
