package io.workbridge.cli;

import io.workbridge.runtime.WorkBridge;
import io.workbridge.runtime.WorkBridgeFactory;
import io.workbridge.runtime.config.WorkBridgeConfig;
import io.workbridge.sync.store.QuarantinedRecord;
import io.workbridge.sync.workflow.RetryOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code workbridge quarantine list|retry|drop}: the records that could not be processed (SDK-5). */
@Command(
    name = "quarantine",
    description = "Lists, retries or drops quarantined records (bad input kept with its reason).",
    subcommands = {QuarantineCommand.ListRecords.class, QuarantineCommand.Retry.class, QuarantineCommand.Drop.class})
final class QuarantineCommand {

  /** {@code quarantine list [--stream S]}. */
  @Command(name = "list", description = "Lists quarantined records with their reasons.")
  static final class ListRecords implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--config", required = true, description = "The WorkBridge configuration file.")
    Path config;

    @Option(names = "--stream", description = "Only this stream, e.g. sc.work-orders.")
    String stream;

    @Option(names = "--payload", description = "Also print each record's payload (may hold personal data).")
    boolean payload;

    private final CliContext context;

    ListRecords() {
      this(CliContext.system());
    }

    ListRecords(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      List<QuarantinedRecord> records =
          StoreCommands.withConnection(
              config, context.environment(), state -> stream == null ? state.quarantine().list() : state.quarantine().list(stream));
      if (records.isEmpty()) {
        out.println("No quarantined records.");
      }
      for (QuarantinedRecord record : records) {
        out.printf("%s %s  attempts %d  first %s  last %s%n  reason: %s%n", record.stream(), record.recordKey(),
            record.attempts(), record.firstSeen(), record.lastSeen(), record.reason());
        if (payload) {
          out.printf("  payload: %s%n", record.payload());
        }
      }
      out.flush();
      return 0;
    }
  }

  /** {@code quarantine retry (STREAM KEY | --all)}. */
  @Command(
      name = "retry",
      description = {
        "Processes quarantined records again now, after you fixed their cause (a permission, a setting, the"
            + " record at its source): each is read again from its platform and handled as a cycle would.",
        "One that goes through leaves the quarantine; one that fails again stays, with the new reason.",
        "Work orders (sc.work-orders), ServiceTitan bookings and jobs (st.work-order-events) and alerts"
            + " (leads.alerts) can be retried; other ServiceTitan records are handled again when they change.",
        "Needs the full configuration and credentials. With the embedded store, stop `workbridge run` first"
            + " (it holds the database); with PostgreSQL, retry any time.",
        "Exit code 0 when every record left the quarantine."
      })
  static final class Retry implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--config", required = true, description = "The WorkBridge configuration file.")
    Path config;

    @Option(names = "--all", description = "Retry every quarantined record, first quarantined first.")
    boolean all;

    @Parameters(
        arity = "0..2",
        paramLabel = "STREAM KEY",
        description = "The record's stream and key as `quarantine list` shows them, e.g. sc.work-orders 84000003.")
    List<String> record = new ArrayList<>();

    private final CliContext context;

    Retry() {
      this(CliContext.system());
    }

    /** A command reading credentials and the clock from {@code context} instead of the process's. */
    Retry(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      if (all ? !record.isEmpty() : record.size() != 2) {
        throw new ParameterException(spec.commandLine(), "Give the record's STREAM and KEY, or --all.");
      }
      PrintWriter out = spec.commandLine().getOut();
      try (WorkBridge bridge = WorkBridgeFactory.create(WorkBridgeConfig.load(config, context.environment()), context.clock())) {
        List<RetryOutcome> outcomes;
        if (all) {
          outcomes = bridge.retryQuarantined();
        } else {
          Optional<RetryOutcome> outcome = bridge.retryQuarantined(record.get(0), record.get(1));
          if (outcome.isEmpty()) {
            spec.commandLine().getErr().printf("No quarantined record %s %s.%n", record.get(0), record.get(1));
            return 1;
          }
          outcomes = List.of(outcome.get());
        }
        for (RetryOutcome outcome : outcomes) {
          out.printf("%-17s %s %s  %s%n", label(outcome.result()), outcome.stream(), outcome.recordKey(), outcome.detail());
        }
        long left = outcomes.stream().filter(o -> o.result() != RetryOutcome.Result.RELEASED).count();
        out.println(
            outcomes.isEmpty()
                ? "No quarantined records."
                : left == 0 ? "Every record left the quarantine." : left + " of " + outcomes.size() + " records still quarantined.");
        out.flush();
        return left == 0 ? 0 : 1;
      }
    }

    private static String label(RetryOutcome.Result result) {
      return switch (result) {
        case RELEASED -> "released";
        case STILL_QUARANTINED -> "still quarantined";
        case NOT_RETRIED -> "not retried";
      };
    }
  }

  /** {@code quarantine drop STREAM KEY}. */
  @Command(name = "drop", description = "Discards a quarantined record without processing it.")
  static final class Drop implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--config", required = true, description = "The WorkBridge configuration file.")
    Path config;

    @Parameters(index = "0", description = "The record's stream, e.g. sc.work-orders.")
    String stream;

    @Parameters(index = "1", description = "The record's key, e.g. the work order id.")
    String key;

    private final CliContext context;

    Drop() {
      this(CliContext.system());
    }

    Drop(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      boolean dropped = StoreCommands.withConnection(config, context.environment(), state -> state.quarantine().drop(stream, key));
      PrintWriter out = spec.commandLine().getOut();
      if (dropped) {
        out.printf("Dropped %s %s.%n", stream, key);
        out.flush();
        return 0;
      }
      spec.commandLine().getErr().printf("No quarantined record %s %s.%n", stream, key);
      return 1;
    }
  }
}
