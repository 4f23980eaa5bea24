package io.workbridge.runtime.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.workbridge.client.ApiCall;
import io.workbridge.runtime.CycleEvent;
import io.workbridge.runtime.SimulatedSystems;
import io.workbridge.runtime.WorkBridge;
import io.workbridge.runtime.WorkBridgeFactory;
import io.workbridge.sync.store.InMemorySyncStore;
import io.workbridge.sync.workflow.WorkOrderSync;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The Micrometer meters and the cycle listener of a bridge over the simulators: cycle timers by outcome,
 * effects by type, the lag gauge, API calls and 429s by system; and the MDC on every log line of a cycle.
 */
class WorkBridgeMetricsTest {

  @Test
  void cycles_effectsAndLag_areMetered() throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (SimulatedSystems systems = new SimulatedSystems();
        InMemorySyncStore store = InMemorySyncStore.create(systems.clock)) {
      WorkBridgeMetrics metrics = new WorkBridgeMetrics(registry, systems.clock);
      List<CycleEvent> events = new CopyOnWriteArrayList<>();
      try (WorkBridge bridge =
          systems.bridge(store, false).listener(event -> { events.add(event); metrics.cycleEnded(event); }).build()) {
        systems.workOrder();
        bridge.runOnce();

        assertThat(events).extracting(CycleEvent::stream).containsExactly(WorkBridge.WORK_ORDERS, WorkBridge.SERVICETITAN_CHANGES);
        assertThat(events).extracting(CycleEvent::outcome).containsOnly("completed");
        assertThat(registry.get("workbridge.cycle").tags("connection", "simulated", "stream", "work-orders", "outcome", "completed").timer().count())
            .isEqualTo(1);
        assertThat(registry.get("workbridge.effects").tags("stream", "work-orders", "type", "CREATE_BOOKING").counter().count())
            .isEqualTo(1.0);
        assertThat(registry.get("workbridge.quarantined").tags("stream", "work-orders").counter().count()).isZero();
        assertThat(registry.get("workbridge.stream.lag").tags("stream", "work-orders").gauge().value()).isLessThan(5.0);

        systems.clock.advance(Duration.ofSeconds(90));
        double lag = registry.get("workbridge.stream.lag").tags("stream", "work-orders").gauge().value();
        assertThat(lag).isGreaterThanOrEqualTo(90.0).isLessThan(100.0);
      }
    }
  }

  @Test
  void factory_setsTheObserverOnEveryClientAndOnTheBridge(@TempDir Path data) throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (SimulatedSystems systems = new SimulatedSystems()) {
      WorkBridgeMetrics metrics = new WorkBridgeMetrics(registry, systems.clock);
      try (WorkBridge bridge =
          WorkBridgeFactory.create(
              systems.config(data, Map.of()), systems.clock, systems.clock::sleep, settings -> {}, settings -> {}, metrics)) {
        systems.workOrder();
        bridge.runOnce();
      }
    }

    for (String system : List.of("servicechannel", "servicetitan", "leads")) {
      assertThat(registry.find("workbridge.api.calls").tags("system", system, "outcome", "2xx").timers())
          .as(system)
          .isNotEmpty();
    }
    assertThat(registry.find("workbridge.cycle").timers())
        .extracting(timer -> timer.getId().getTag("stream"))
        .contains(WorkBridge.WORK_ORDERS, WorkBridge.SERVICETITAN_CHANGES, WorkBridge.LEADS);
  }

  @Test
  void apiCalls_areTimedBySystemOperationAndOutcome_429sCounted() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    WorkBridgeMetrics metrics = new WorkBridgeMetrics(registry);

    metrics.onCall(new ApiCall("servicetitan", "jobs.get", "GET", 200, Duration.ofMillis(20)));
    metrics.onCall(new ApiCall("servicetitan", "jobs.get", "GET", 429, Duration.ofMillis(5)));
    metrics.onCall(new ApiCall("servicechannel", "workOrders.get", "GET", 0, Duration.ofSeconds(30)));

    assertThat(registry.get("workbridge.api.calls").tags("system", "servicetitan", "outcome", "2xx").timer().count()).isEqualTo(1);
    assertThat(registry.get("workbridge.api.calls").tags("system", "servicetitan", "outcome", "4xx").timer().count()).isEqualTo(1);
    assertThat(registry.get("workbridge.api.calls").tags("system", "servicechannel", "outcome", "none").timer().count()).isEqualTo(1);
    assertThat(registry.get("workbridge.api.throttled").tags("system", "servicetitan").counter().count()).isEqualTo(1.0);
    assertThat(registry.find("workbridge.api.throttled").tags("system", "servicechannel").counter()).isNull();
  }

  @Test
  void everyLogLineOfACycle_carriesConnectionAndStreamInItsMdc_aFailingListenerChangesNothing() throws Exception {
    Logger logger = (Logger) LoggerFactory.getLogger(WorkOrderSync.class);
    Logger bridgeLogger = (Logger) LoggerFactory.getLogger(WorkBridge.class);
    Level previous = logger.getLevel();
    ListAppender<ILoggingEvent> appender =
        new ListAppender<>() {
          @Override
          protected void append(ILoggingEvent line) {
            line.prepareForDeferredProcessing(); // takes the MDC as it is while the line is logged
            super.append(line);
          }
        };
    ListAppender<ILoggingEvent> bridgeLines = new ListAppender<>();
    appender.start();
    bridgeLines.start();
    logger.addAppender(appender);
    logger.setLevel(Level.DEBUG);
    logger.setAdditive(false);
    bridgeLogger.addAppender(bridgeLines);
    bridgeLogger.setAdditive(false);
    try (SimulatedSystems systems = new SimulatedSystems();
        InMemorySyncStore store = InMemorySyncStore.create(systems.clock);
        WorkBridge bridge =
            systems.bridge(store, false).listener(event -> { throw new IllegalStateException("listener bug"); }).build()) {
      systems.workOrder();
      assertThat(bridge.runOnce().get(WorkBridge.WORK_ORDERS).performed()).isNotEmpty();
    } finally {
      logger.detachAppender(appender);
      logger.setLevel(previous);
      logger.setAdditive(true);
      bridgeLogger.detachAppender(bridgeLines);
      bridgeLogger.setAdditive(true);
    }

    assertThat(bridgeLines.list).extracting(ILoggingEvent::getFormattedMessage).anyMatch(m -> m.contains("listener bug"));
    assertThat(appender.list).isNotEmpty();
    assertThat(appender.list)
        .allSatisfy(line -> assertThat(line.getMDCPropertyMap()).containsEntry(WorkBridge.MDC_CONNECTION, "simulated")
            .containsKey(WorkBridge.MDC_STREAM));
    assertThat(appender.list.stream().map(line -> line.getMDCPropertyMap().get(WorkBridge.MDC_STREAM)))
        .contains(WorkBridge.WORK_ORDERS, WorkBridge.SERVICETITAN_CHANGES);
  }
}
