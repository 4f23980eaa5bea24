package io.workbridge.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.sync.fake.FakeServiceChannel;
import io.workbridge.sync.fake.FakeServiceTitan;
import io.workbridge.sync.jdbc.JdbcSyncStore;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.port.FieldServicePlatform;
import io.workbridge.sync.port.WorkOrderPlatform;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.InMemorySyncStore;
import io.workbridge.sync.store.SyncStoreSettings;
import io.workbridge.sync.workflow.EffectType;
import io.workbridge.sync.workflow.SyncReport;
import io.workbridge.sync.workflow.WorkOrderSyncSettings;
import io.workbridge.testkit.MutableClock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkBridgeTest {
  private static final long SUBSCRIBER = SampleWorkOrders.SUBSCRIBER;

  @TempDir Path data;

  private final MutableClock clock = MutableClock.at("2026-03-02T12:00:00Z");
  private final FakeServiceChannel serviceChannel = new FakeServiceChannel(clock);
  private final FakeServiceTitan serviceTitan = new FakeServiceTitan(clock);
  private final WorkOrderSyncSettings settings =
      WorkOrderSyncSettings.builder()
          .companyName("Cool Air HVAC")
          .activatedAt(Instant.parse("2026-03-01T00:00:00Z"))
          .build();

  private WorkOrder issue(long id) {
    WorkOrder workOrder = SampleWorkOrders.open(id, clock.instant());
    serviceChannel.putWorkOrder(workOrder);
    return workOrder;
  }

  private WorkBridge bridge(JdbcSyncStore store) {
    return WorkBridge.builder()
        .connectionId(ConnectionId.of("acme-hvac"))
        .store(store)
        .clock(clock)
        .workOrders(serviceChannel, serviceTitan, settings)
        .every(WorkBridge.WORK_ORDERS, Duration.ofMillis(50))
        .build();
  }

  @Test
  void runOnce_thenRestartOnTheSameEmbeddedStore_createsEachBookingOnce() {
    serviceChannel.addSubscriber(SUBSCRIBER, FakeServiceChannel.defaultCatalogue(), false);
    issue(84_000_001L);
    issue(84_000_002L);

    try (JdbcSyncStore store = JdbcSyncStore.embedded(data, SyncStoreSettings.builder().clock(clock).build());
        WorkBridge bridge = bridge(store)) {
      Map<String, SyncReport> reports = bridge.runOnce();
      assertThat(reports.get(WorkBridge.WORK_ORDERS).performed(EffectType.CREATE_BOOKING)).isEqualTo(2);
    }

    clock.advance(Duration.ofMinutes(1));
    issue(84_000_003L);
    try (JdbcSyncStore reopened = JdbcSyncStore.embedded(data, SyncStoreSettings.builder().clock(clock).build());
        WorkBridge restarted = bridge(reopened)) {
      SyncReport report = restarted.runOnce().get(WorkBridge.WORK_ORDERS);
      assertThat(report.performed(EffectType.CREATE_BOOKING)).isEqualTo(1);
    }

    assertThat(serviceTitan.allBookings()).hasSize(3);
    assertThat(serviceTitan.bookingsWithExternalId("84000001")).hasSize(1);
  }

  @Test
  void everyCycle_leavesItsLastCycleInTheStore_forAnotherProcessToShow() {
    serviceChannel.addSubscriber(SUBSCRIBER, FakeServiceChannel.defaultCatalogue(), false);
    issue(84_000_005L);
    Instant startedAt = clock.instant();

    try (JdbcSyncStore store = JdbcSyncStore.embedded(data, SyncStoreSettings.builder().clock(clock).build());
        WorkBridge bridge = bridge(store)) {
      bridge.runOnce();
    }

    try (JdbcSyncStore reopened = JdbcSyncStore.embedded(data, SyncStoreSettings.builder().existingOnly(true).build())) {
      assertThat(LastCycle.read(reopened.connection(ConnectionId.of("acme-hvac")).cursors()))
          .containsExactly(
              new LastCycle(WorkBridge.SERVICETITAN_CHANGES, startedAt, 0, "completed"),
              new LastCycle(WorkBridge.WORK_ORDERS, startedAt, 1, "completed"));
    }
  }

  @Test
  void start_runsOnScheduleAndStopWaitsForTheCycleInFlight() throws Exception {
    serviceChannel.addSubscriber(SUBSCRIBER, FakeServiceChannel.defaultCatalogue(), false);
    issue(84_000_010L);
    try (JdbcSyncStore store = JdbcSyncStore.open("jdbc:h2:mem:sched;DB_CLOSE_DELAY=-1", "", SyncStoreSettings.builder().clock(clock).build());
        WorkBridge bridge = bridge(store)) {
      bridge.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (bridge.status().get(WorkBridge.WORK_ORDERS).runs() < 3 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(bridge.stop(Duration.ofSeconds(5))).isTrue();

      SyncScheduler.StreamStatus status = bridge.status().get(WorkBridge.WORK_ORDERS);
      assertThat(status.runs()).isGreaterThanOrEqualTo(3);
      assertThat(status.lastFailure()).isEmpty();
      assertThat(serviceTitan.bookingsWithExternalId("84000010")).hasSize(1);
    }
  }

  @Test
  void theTwoWorkOrderStreams_runOnTheirOwnIntervalsButNeverAtTheSameTime() throws Exception {
    serviceChannel.addSubscriber(SUBSCRIBER, FakeServiceChannel.defaultCatalogue(), false);
    issue(84_000_020L);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    try (InMemorySyncStore store = InMemorySyncStore.create(clock);
        WorkBridge bridge =
            WorkBridge.builder()
                .connectionId(ConnectionId.of("acme-hvac"))
                .store(store)
                .clock(clock)
                .workOrders(
                    overlapWatching(WorkOrderPlatform.class, serviceChannel, inside, most),
                    overlapWatching(FieldServicePlatform.class, serviceTitan, inside, most),
                    settings)
                .every(WorkBridge.WORK_ORDERS, Duration.ofMillis(1))
                .every(WorkBridge.SERVICETITAN_CHANGES, Duration.ofMillis(1))
                .build()) {
      bridge.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while ((bridge.status().get(WorkBridge.WORK_ORDERS).runs() < 20
              || bridge.status().get(WorkBridge.SERVICETITAN_CHANGES).runs() < 20)
          && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(bridge.stop(Duration.ofSeconds(5))).isTrue();

      assertThat(bridge.status().get(WorkBridge.WORK_ORDERS).runs()).isGreaterThanOrEqualTo(20);
      assertThat(bridge.status().get(WorkBridge.SERVICETITAN_CHANGES).runs()).isGreaterThanOrEqualTo(20);
      assertThat(bridge.status().values()).allSatisfy(status -> assertThat(status.lastFailure()).isEmpty());
      assertThat(most.get()).as("port calls in flight at once").isEqualTo(1);
      assertThat(serviceTitan.bookingsWithExternalId("84000020")).hasSize(1);
    }
  }

  /** The port, with every call taking a little while and counted while in flight. */
  private static <T> T overlapWatching(Class<T> port, T target, AtomicInteger inside, AtomicInteger most) {
    return port.cast(
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (proxy, method, args) -> {
              most.accumulateAndGet(inside.incrementAndGet(), Math::max);
              try {
                Thread.sleep(1);
                return method.invoke(target, args);
              } catch (InvocationTargetException failure) {
                throw failure.getCause();
              } finally {
                inside.decrementAndGet();
              }
            }));
  }

  @Test
  void builder_namesEverythingMissing() {
    assertThatThrownBy(() -> WorkBridge.builder().build())
        .hasMessageContaining("connectionId")
        .hasMessageContaining("store")
        .hasMessageContaining("workOrders-or-leads");
  }
}
