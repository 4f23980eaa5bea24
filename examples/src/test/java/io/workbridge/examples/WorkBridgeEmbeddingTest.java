package io.workbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.runtime.SyncScheduler.StreamStatus;
import io.workbridge.runtime.WorkBridge;
import io.workbridge.sync.jdbc.JdbcSyncStore;
import io.workbridge.sync.store.Link;
import io.workbridge.sync.store.LinkKind;
import io.workbridge.sync.store.LinkStore;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.store.SyncStoreSettings;
import io.workbridge.sync.workflow.EffectType;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.leads.LeadsVendorSimulator;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkBridgeEmbeddingTest {
  @TempDir Path data;

  @Test
  void embedding_booksWorkOrdersAndTheAlert_thenTheScheduledCyclePushesTheAcceptedStatus() {
    try (ServiceChannelSimulator serviceChannel = new ServiceChannelSimulator().start();
        ServiceTitanSimulator serviceTitan = ServiceTitanSimulator.builder().build().start();
        LeadsVendorSimulator vendor = new LeadsVendorSimulator(MutableClock.at(Instant.now())).start()) {
      List<Long> workOrders = ServiceChannelQuickstart.seed(serviceChannel, 3);
      String alert = vendor.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, "Water Detected", "Critical");

      Map<String, StreamStatus> status = WorkBridgeEmbedding.run(serviceChannel, serviceTitan, vendor, data);

      // Every stream ran twice: once in runOnce, once when the scheduler started; the second pushed the statuses.
      assertThat(status).containsKeys(WorkBridge.WORK_ORDERS, WorkBridge.LEADS);
      assertThat(status.values()).allSatisfy(stream -> {
        assertThat(stream.runs()).as(stream.name()).isEqualTo(2);
        assertThat(stream.lastFailure()).as(stream.name()).isEmpty();
      });
      assertThat(status.values().stream()
              .mapToInt(stream -> stream.lastReport().orElseThrow().performed(EffectType.CHANGE_STATUS))
              .sum())
          .isEqualTo(workOrders.size());
      workOrders.forEach(id -> assertThat(serviceChannel.statusOf(id)).isEqualTo("IN PROGRESS/DISPATCH CONFIRMED"));

      // The H2 database kept what was done: a booking per work order and per actionable alert, no more.
      try (SyncStore store = JdbcSyncStore.embedded(data, SyncStoreSettings.defaults())) {
        LinkStore links = store.connection(WorkBridgeEmbedding.CONNECTION).links();
        assertThat(links.list(LinkKind.WORK_ORDER_BOOKING)).extracting(Link::sourceId)
            .containsExactlyInAnyOrderElementsOf(workOrders.stream().map(String::valueOf).toList());
        String alertBooking = links.target(LinkKind.ALERT_BOOKING, alert).orElseThrow();
        assertThat(serviceTitan.booking(Long.parseLong(alertBooking)).orElseThrow().get("externalId")).isEqualTo(alert);
        assertThat(serviceTitan.count("bookings"))
            .isEqualTo(workOrders.size() + links.list(LinkKind.ALERT_BOOKING).size());
      }
      serviceChannel.verify();
      serviceTitan.verify();
    }
  }
}
