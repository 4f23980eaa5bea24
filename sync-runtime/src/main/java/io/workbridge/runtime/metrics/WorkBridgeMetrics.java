package io.workbridge.runtime.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.workbridge.client.ApiCall;
import io.workbridge.runtime.CycleEvent;
import io.workbridge.runtime.SyncObserver;
import io.workbridge.sync.workflow.SyncReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WorkBridge's Micrometer meters. One instance serves every client and every bridge of a process: pass it to
 * each client builder's {@code callListener(...)} and to {@link io.workbridge.runtime.WorkBridge.Builder#listener}
 * (the configuration-file factory and the Spring Boot starter do both).
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>what</th></tr>
 *   <tr><td>{@code workbridge.cycle}</td><td>timer</td><td>connection, stream, outcome</td>
 *       <td>each stream cycle; outcome {@code completed}, {@code stopped} (a transient stop, cursor kept) or
 *       {@code failed}</td></tr>
 *   <tr><td>{@code workbridge.effects}</td><td>counter</td><td>connection, stream, type</td>
 *       <td>remote writes performed, by effect type ({@code CREATE_BOOKING}, {@code CHANGE_STATUS}, …)</td></tr>
 *   <tr><td>{@code workbridge.fallbacks}</td><td>counter</td><td>connection, stream, kind</td>
 *       <td>documented fallbacks taken (a note instead of a status, …)</td></tr>
 *   <tr><td>{@code workbridge.quarantined}</td><td>counter</td><td>connection, stream</td>
 *       <td>records put in quarantine</td></tr>
 *   <tr><td>{@code workbridge.deferred}</td><td>counter</td><td>connection, stream</td>
 *       <td>records deferred for a later attempt after a transient failure</td></tr>
 *   <tr><td>{@code workbridge.stream.lag}</td><td>gauge, seconds</td><td>connection, stream</td>
 *       <td>time since the stream last completed a cycle — how far its cursor may trail the remote system</td></tr>
 *   <tr><td>{@code workbridge.api.calls}</td><td>timer</td><td>system, operation, outcome</td>
 *       <td>every HTTP attempt, retries included; outcome {@code 2xx} … {@code 5xx} or {@code none}</td></tr>
 *   <tr><td>{@code workbridge.api.throttled}</td><td>counter</td><td>system</td>
 *       <td>attempts the remote system answered 429</td></tr>
 * </table>
 *
 * <p>Tags carry no secret: connection ids, stream and system names, operation names, never URLs or bodies.
 * Thread-safe.
 */
public final class WorkBridgeMetrics implements SyncObserver {
  private final MeterRegistry registry;
  private final Clock clock;
  private final Map<Tags, Instant> lastCompleted = new ConcurrentHashMap<>();

  /**
   * Meters registered in {@code registry}, the lag measured with the system clock.
   *
   * @param registry where the meters go
   */
  public WorkBridgeMetrics(MeterRegistry registry) {
    this(registry, Clock.systemUTC());
  }

  /**
   * Meters registered in {@code registry}.
   *
   * @param registry where the meters go
   * @param clock the time source of the lag gauge
   */
  public WorkBridgeMetrics(MeterRegistry registry, Clock clock) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void cycleEnded(CycleEvent cycle) {
    Tags stream = Tags.of("connection", cycle.connection().value(), "stream", cycle.stream());
    Timer.builder("workbridge.cycle")
        .description("One stream cycle of a connection")
        .tags(stream.and("outcome", cycle.outcome()))
        .register(registry)
        .record(cycle.took());
    lag(stream);
    cycle.report().ifPresent(report -> count(stream, report, cycle));
  }

  private void count(Tags stream, SyncReport report, CycleEvent cycle) {
    report.performed().forEach((type, n) -> counter("workbridge.effects", "Remote writes performed", stream.and("type", type.name())).increment(n));
    report.fallbacks().forEach(fallback -> counter("workbridge.fallbacks", "Documented fallbacks taken", stream.and("kind", fallback.kind().name())).increment());
    counter("workbridge.quarantined", "Records put in quarantine", stream).increment(report.quarantined().size());
    counter("workbridge.deferred", "Records deferred for a later attempt", stream).increment(report.deferred().size());
    if (report.completed()) {
      lastCompleted.put(stream, clock.instant());
    }
  }

  /** Registers the stream's lag gauge once; until a cycle completes it is the time since it was registered. */
  private void lag(Tags stream) {
    if (lastCompleted.putIfAbsent(stream, clock.instant()) == null) {
      Gauge.builder("workbridge.stream.lag", () -> secondsSince(stream))
          .description("Seconds since the stream last completed a cycle")
          .baseUnit("seconds")
          .tags(stream)
          .register(registry);
    }
  }

  private double secondsSince(Tags stream) {
    Instant last = lastCompleted.get(stream);
    return last == null ? 0 : Math.max(0, Duration.between(last, clock.instant()).toMillis() / 1000.0);
  }

  @Override
  public void onCall(ApiCall call) {
    Timer.builder("workbridge.api.calls")
        .description("HTTP attempts to a remote system, retries included")
        .tags("system", call.system(), "operation", call.operation(), "outcome", call.outcome())
        .register(registry)
        .record(call.duration());
    if (call.rateLimited()) {
      counter("workbridge.api.throttled", "Attempts answered 429", Tags.of("system", call.system())).increment();
    }
  }

  private Counter counter(String name, String description, Tags tags) {
    return Counter.builder(name).description(description).tags(tags).register(registry);
  }
}
