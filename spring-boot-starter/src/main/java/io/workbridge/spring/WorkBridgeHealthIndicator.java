package io.workbridge.spring;

import io.workbridge.runtime.WorkBridge;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Actuator health of the bridge ({@code /actuator/health/workBridge}): UP while every stream completes its cycles,
 * DOWN when a stream's last {@value StreamHealth#UNHEALTHY_AFTER} cycles all failed or stopped early, with the
 * reason. Details per stream: its last outcome, when it ended, cycles run, and the last problem; never a secret
 * (reasons name records and systems, not credentials).
 */
public final class WorkBridgeHealthIndicator extends AbstractHealthIndicator {
  private final WorkBridge bridge;
  private final StreamHealth health;

  /**
   * Creates the indicator.
   *
   * @param bridge the bridge, for its schedule
   * @param health what its streams' cycles did
   */
  public WorkBridgeHealthIndicator(WorkBridge bridge, StreamHealth health) {
    super("WorkBridge health check failed");
    this.bridge = bridge;
    this.health = health;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Map<String, StreamHealth.Stream> streams = health.streams();
    boolean up = streams.values().stream().allMatch(StreamHealth.Stream::healthy);
    builder.status(up ? "UP" : "DOWN");
    bridge.status().forEach((name, status) -> {
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("every", status.every().toString());
      detail.put("runs", status.runs());
      StreamHealth.Stream stream = streams.get(name);
      if (stream != null) {
        detail.put("lastOutcome", stream.lastOutcome());
        detail.put("lastEnded", stream.lastEnded().toString());
        detail.put("notCompletedInARow", stream.notCompletedInARow());
        stream.lastProblem().ifPresent(problem -> detail.put("lastProblem", problem));
      }
      builder.withDetail(name, detail);
    });
  }
}
