package io.workbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.runtime.SimulatedSystems;
import io.workbridge.runtime.WorkBridge;
import io.workbridge.runtime.WorkBridgeFactory;
import io.workbridge.runtime.config.WorkBridgeConfig;
import io.workbridge.sync.store.QuarantinedRecord;
import io.workbridge.sync.workflow.WorkOrderSync;
import io.workbridge.testkit.fault.Fault;
import io.workbridge.testkit.servicechannel.NewWorkOrder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code workbridge quarantine retry} against the simulators: a record refused once by ServiceChannel is
 * processed and leaves the quarantine; a work order that is still invalid stays, with its reason updated.
 */
class QuarantineRetryCommandTest {
  @TempDir Path directory;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs the command as a fresh process would (a new ServiceChannel sign-in: at most one per 5 s). */
  private int retry(SimulatedSystems systems, String... args) {
    systems.clock.advance(Duration.ofSeconds(6));
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    CommandLine cli = new CommandLine(new QuarantineCommand.Retry(new CliContext(systems.environment(), java.time.Clock.systemUTC())));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void retry_refusedOnceLeavesTheQuarantine_stillInvalidStaysWithItsNewReason() throws Exception {
    try (SimulatedSystems systems = new SimulatedSystems()) {
      Path config = directory.resolve("workbridge.yaml");
      Files.writeString(
          config,
          io.workbridge.testkit.DottedYaml.of(
              systems.configLines(directory.resolve("store")).stream().filter(line -> !line.startsWith("leads.")).toList()));
      WorkBridgeConfig loaded = WorkBridgeConfig.load(config, systems.environment());
      long accepted = systems.workOrder();
      long invalid =
          systems.serviceChannel.createWorkOrder(
              NewWorkOrder.builder(SimulatedSystems.SANDBOX, SimulatedSystems.ALBANY)
                  .description("Leaking valve")
                  .nte(new BigDecimal("-5.00"))
                  .build());
      syncOnce(systems, loaded);
      long bookingId = ((Number) systems.booking(Long.toString(accepted)).orElseThrow().get("id")).longValue();
      // The CSR accepts the booking; ServiceChannel refuses the status change once.
      systems.clock.advance(Duration.ofSeconds(20));
      systems.serviceTitan.csrAcceptBooking(bookingId);
      systems.clock.advance(Duration.ofSeconds(20));
      systems.serviceChannel.simulator().faults().on("PUT", "/v3/workorders/\\d+/status").times(1).then(Fault.status(400));
      syncOnce(systems, loaded);
      List<QuarantinedRecord> before = StoreCommands.withConnection(config, systems.environment(), state -> state.quarantine().list());
      assertThat(before)
          .extracting(QuarantinedRecord::stream, QuarantinedRecord::recordKey)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(WorkOrderSync.WORK_ORDER_STREAM, Long.toString(invalid)),
              org.assertj.core.groups.Tuple.tuple(WorkOrderSync.FIELD_EVENT_STREAM, "booking:" + bookingId));
      assertThat(systems.serviceChannel.statusOf(accepted)).startsWith("OPEN/");
      // The subscriber edits the NTE, still negative.
      systems.serviceChannel.changeNte(invalid, new BigDecimal("-10.00"));

      assertThat(retry(systems, "--config", config.toString(), WorkOrderSync.FIELD_EVENT_STREAM, "booking:" + bookingId))
          .isZero();
      assertThat(out.toString()).contains("released").contains("booking:" + bookingId).contains("Every record left the quarantine.");
      assertThat(systems.serviceChannel.statusOf(accepted)).isEqualTo("IN PROGRESS/DISPATCH CONFIRMED");

      assertThat(retry(systems, "--config", config.toString(), "--all")).isEqualTo(1);
      assertThat(out.toString())
          .contains("still quarantined")
          .contains(WorkOrderSync.WORK_ORDER_STREAM + " " + invalid)
          .contains("negative NTE -10")
          .contains("1 of 1 records still quarantined.");
      List<QuarantinedRecord> after = StoreCommands.withConnection(config, systems.environment(), state -> state.quarantine().list());
      assertThat(after)
          .singleElement()
          .satisfies(
              record -> {
                assertThat(record.recordKey()).isEqualTo(Long.toString(invalid));
                assertThat(record.reason()).startsWith("negative NTE -10");
                assertThat(record.attempts()).isEqualTo(2);
              });

      assertThat(retry(systems, "--config", config.toString(), WorkOrderSync.FIELD_EVENT_STREAM, "booking:" + bookingId))
          .isEqualTo(1);
      assertThat(err.toString()).contains("No quarantined record");
      assertThat(retry(systems, "--config", config.toString())).isEqualTo(2);
      assertThat(err.toString()).contains("STREAM and KEY, or --all");
      systems.serviceChannel.verify();
      systems.serviceTitan.verify();
    }
  }

  private static void syncOnce(SimulatedSystems systems, WorkBridgeConfig config) {
    systems.clock.advance(Duration.ofSeconds(6));
    try (WorkBridge bridge = WorkBridgeFactory.create(config, Clock.systemUTC())) {
      bridge.runOnce();
    }
  }
}
