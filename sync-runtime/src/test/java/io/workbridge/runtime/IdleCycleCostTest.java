package io.workbridge.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.store.InMemorySyncStore;
import io.workbridge.sync.workflow.EffectType;
import io.workbridge.sync.workflow.SyncReport;
import io.workbridge.testkit.journal.JournalEntry;
import io.workbridge.testkit.journal.RequestJournal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An idle cycle — nothing changed anywhere — costs a constant few calls however many work orders are
 * tracked: the feeds are read once per stream, nothing is polled per work order, and the ServiceTitan notes
 * and invoices feeds are read only when their own interval has passed.
 */
class IdleCycleCostTest {

  /** Calls of one idle cycle per system, token requests left out (they follow the token lifetime). */
  private record Calls(int serviceChannel, int serviceTitan) {}

  @Test
  void idleCycle_costsTheSameCallsWithTwoOrFortyTrackedWorkOrders_notesAndInvoicesOnlyWhenDue() throws Exception {
    try (SimulatedSystems systems = new SimulatedSystems();
        InMemorySyncStore store = InMemorySyncStore.create(systems.clock);
        WorkBridge bridge = systems.bridge(store, false).build()) {
      track(systems, bridge, 2);
      Calls fewAllDue = idleCycle(systems, bridge, Duration.ofMinutes(6));
      Calls fewNotesDue = idleCycle(systems, bridge, Duration.ofSeconds(30));
      Calls fewNothingDue = idleCycle(systems, bridge, Duration.ofSeconds(10));

      track(systems, bridge, 38);
      Calls manyAllDue = idleCycle(systems, bridge, Duration.ofMinutes(6));
      Calls manyNotesDue = idleCycle(systems, bridge, Duration.ofSeconds(30));
      Calls manyNothingDue = idleCycle(systems, bridge, Duration.ofSeconds(10));

      assertThat(manyAllDue).isEqualTo(fewAllDue);
      assertThat(manyNotesDue).isEqualTo(fewNotesDue);
      assertThat(manyNothingDue).isEqualTo(fewNothingDue);
      // ServiceTitan: bookings, jobs and appointments exports every time; job notes every 30 s, invoices and
      // timesheets (no appointment changed) every 5 minutes. ServiceChannel: one work-order list.
      assertThat(fewAllDue.serviceTitan()).isEqualTo(6);
      assertThat(fewNotesDue.serviceTitan()).isEqualTo(4);
      assertThat(fewNothingDue.serviceTitan()).isEqualTo(3);
      assertThat(fewAllDue.serviceChannel()).isEqualTo(1);
      assertThat(fewNothingDue.serviceChannel()).isEqualTo(1);
    }
  }

  /** Issues {@code count} work orders and syncs until they are bookings and the feeds are quiet again. */
  private static void track(SimulatedSystems systems, WorkBridge bridge, int count) {
    for (int i = 0; i < count; i++) {
      systems.workOrder();
    }
    Map<String, SyncReport> reports = bridge.runOnce();
    assertThat(reports.get(WorkBridge.WORK_ORDERS).performed(EffectType.CREATE_BOOKING)).isEqualTo(count);
    systems.clock.advance(Duration.ofMinutes(6));
    bridge.runOnce();
  }

  private static Calls idleCycle(SimulatedSystems systems, WorkBridge bridge, Duration after) {
    systems.clock.advance(after);
    int serviceChannel = apiCalls(systems.serviceChannel.journal());
    int serviceTitan = apiCalls(systems.serviceTitan.journal());
    Map<String, SyncReport> reports = bridge.runOnce();
    assertThat(reports.values()).allSatisfy(report -> assertThat(report.totalPerformed()).isZero());
    return new Calls(
        apiCalls(systems.serviceChannel.journal()) - serviceChannel,
        apiCalls(systems.serviceTitan.journal()) - serviceTitan);
  }

  private static int apiCalls(RequestJournal journal) {
    return journal.filter(entry -> !isTokenRequest(entry)).size();
  }

  private static boolean isTokenRequest(JournalEntry entry) {
    return entry.path().endsWith("/token");
  }
}
