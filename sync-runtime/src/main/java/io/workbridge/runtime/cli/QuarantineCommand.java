package io.workbridge.runtime.cli;

import io.workbridge.sync.store.QuarantinedRecord;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code workbridge quarantine list|drop}: the records that could not be processed (SDK-5). */
@Command(
    name = "quarantine",
    description = "Lists or drops quarantined records (bad input kept with its reason).",
    subcommands = {QuarantineCommand.ListRecords.class, QuarantineCommand.Drop.class})
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

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      List<QuarantinedRecord> records =
          StoreCommands.withConnection(
              config, System.getenv(), state -> stream == null ? state.quarantine().list() : state.quarantine().list(stream));
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

    @Override
    public Integer call() {
      boolean dropped = StoreCommands.withConnection(config, System.getenv(), state -> state.quarantine().drop(stream, key));
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
