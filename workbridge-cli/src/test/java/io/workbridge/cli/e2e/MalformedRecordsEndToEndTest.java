package io.workbridge.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.store.QuarantinedRecord;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.workflow.SyncReport;
import io.workbridge.sync.workflow.WorkOrderSync;
import io.workbridge.testkit.SimResponse;
import io.workbridge.testkit.fault.Fault;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 4 of the exactly-once work end to end: one record of a ServiceChannel list page or of a ServiceTitan export
 * page that does not fit the model (a wrong-typed id, an NTE of {@code "lots"}) is quarantined with its raw JSON
 * and the reason, while the rest of its page is handled and the stream goes on.
 */
class MalformedRecordsEndToEndTest {
  @TempDir Path data;

  /** Processes the request normally, then rewrites the JSON body it answers with. */
  private static Fault rewriting(UnaryOperator<String> body) {
    return (request, context) -> {
      SimResponse normal = context.proceed();
      if (normal.statusCode() != 200) {
        return normal;
      }
      return SimResponse.text(200, "application/json; charset=utf-8", body.apply(normal.bodyString()));
    };
  }

  @Test
  void aWorkOrderWithAStringIdAndOneWithAnNteOfLots_areQuarantined_whileTheOtherIsBooked() {
    try (SimulatedWorld world = SimulatedWorld.start();
        TestStore store = TestStore.h2(data);
        RemoteView remote = new RemoteView(world)) {
      long wrongId = world.workOrder(SimulatedWorld.SANDBOX, SimulatedWorld.ALBANY);
      long lots = world.workOrder(SimulatedWorld.SANDBOX, SimulatedWorld.ALBANY,
          order -> order.nte(new java.math.BigDecimal("987.65")));
      long fine = world.workOrder(SimulatedWorld.SANDBOX, SimulatedWorld.ALBANY);
      Pattern id = Pattern.compile("\"Id\"\\s*:\\s*" + wrongId + "\\b");
      Pattern nte = Pattern.compile("\"Nte\"\\s*:\\s*\"?987\\.65\"?");
      world.serviceChannel().simulator().faults().on("GET", ".*/odata/workorders").always()
          .then(rewriting(body -> nte.matcher(id.matcher(body).replaceAll("\"Id\":\"WO-" + wrongId + "\""))
              .replaceAll("\"Nte\":\"lots\"")));
      BridgeWiring wiring = BridgeWiring.over(world, store);

      Cycles cycles = Cycles.untilQuiet(wiring, world);

      assertThat(remote.bookingsFor(Long.toString(fine))).hasSize(1);
      assertThat(remote.bookingsFor(Long.toString(wrongId))).isEmpty();
      assertThat(remote.bookingsFor(Long.toString(lots))).isEmpty();
      assertThat(cycles.quarantined()).extracting(SyncReport.Quarantined::recordKey)
          .contains(WorkOrderSync.WORK_ORDER_STREAM + ":WO-" + wrongId, WorkOrderSync.WORK_ORDER_STREAM + ":" + lots);
      try (SyncStore state = store.open(world.clock())) {
        List<QuarantinedRecord> held =
            state.connection(BridgeWiring.CONNECTION).quarantine().list(WorkOrderSync.WORK_ORDER_STREAM);
        assertThat(held).filteredOn(r -> r.recordKey().equals("WO-" + wrongId)).singleElement().satisfies(r -> {
          assertThat(r.reason()).contains(".Id").contains("Expected a long");
          assertThat(r.payload()).contains("\"Id\":\"WO-" + wrongId + "\"");
        });
        assertThat(held).filteredOn(r -> r.recordKey().equals(Long.toString(lots))).singleElement().satisfies(r -> {
          assertThat(r.reason()).contains(".Nte").contains("lots");
          assertThat(r.payload()).contains("\"Nte\":\"lots\"");
        });
      }
      world.serviceChannel().simulator().faults().clear();
    }
  }

  @Test
  void aServiceTitanBookingExportRecordWithAStringId_isQuarantined_whileTheStreamGoesOn() {
    try (SimulatedWorld world = SimulatedWorld.start();
        TestStore store = TestStore.h2(data);
        RemoteView remote = new RemoteView(world)) {
      long first = world.workOrder(SimulatedWorld.SANDBOX, SimulatedWorld.ALBANY);
      BridgeWiring wiring = BridgeWiring.over(world, store);
      Cycles.untilQuiet(wiring, world);
      String bad = "{\"id\":\"B-77\",\"name\":\"Store 77\",\"modifiedOn\":\"2026-01-01T00:00:00Z\"}";
      // Every bookings export page from now on carries one booking whose id is a string, before the real ones.
      world.serviceTitan().faults().on("GET", ".*/export/bookings").always()
          .then(rewriting(body -> body.replaceFirst("\"data\"\\s*:\\s*\\[\\s*(?=\\{)", "\"data\":[" + bad.replace("$", "\\$") + ",")
              .replaceFirst("\"data\"\\s*:\\s*\\[\\s*\\]", "\"data\":[" + bad + "]")));
      long second = world.workOrder(SimulatedWorld.SANDBOX, SimulatedWorld.ALBANY);

      Cycles cycles = Cycles.untilQuiet(wiring, world);

      assertThat(remote.bookingsFor(Long.toString(first))).hasSize(1);
      assertThat(remote.bookingsFor(Long.toString(second))).hasSize(1);
      assertThat(cycles.quarantined()).extracting(SyncReport.Quarantined::recordKey)
          .contains(WorkOrderSync.FIELD_EVENT_STREAM + ":booking:B-77");
      try (SyncStore state = store.open(world.clock())) {
        List<QuarantinedRecord> held =
            state.connection(BridgeWiring.CONNECTION).quarantine().list(WorkOrderSync.FIELD_EVENT_STREAM);
        assertThat(held).filteredOn(r -> r.recordKey().equals("booking:B-77")).singleElement()
            .satisfies(r -> {
              assertThat(r.reason()).isEqualTo("$.data[0].id: Expected a long but was B-77");
              assertThat(r.payload()).isEqualTo(bad);
            });
      }
      world.serviceTitan().faults().clear();
    }
  }
}
