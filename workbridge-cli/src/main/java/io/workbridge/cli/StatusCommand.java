package io.workbridge.cli;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.runtime.config.ConfigReader;
import io.workbridge.adapters.CursorDescriptions;
import io.workbridge.runtime.LastCycle;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.DeferredRecord;
import io.workbridge.sync.store.EffectRecord;
import io.workbridge.sync.store.LinkKind;
import io.workbridge.sync.store.QuarantinedRecord;
import io.workbridge.sync.workflow.LeadSync;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code workbridge status}: the stored state of the connection, read only (the store is never created or
 * migrated; a missing one is an error): each stream's last cycle, the feeds' positions, links, effects in flight,
 * quarantined records, records deferred after a transient failure and held leads.
 */
@Command(
    name = "status",
    description = {
      "Shows the stored sync state, read only: each stream's last cycle (when, effects, outcome), the feeds' positions,"
          + " links, effects in flight, quarantined records, deferred records and held leads.",
      "Never creates or migrates the store: a missing store is an error (exit code 1). Needs only connectionId and"
          + " store from the file, no credentials."
    })
final class StatusCommand implements Callable<Integer> {
  private static final List<LinkKind> LINK_KINDS =
      List.of(
          LinkKind.WORK_ORDER_BOOKING, LinkKind.WORK_ORDER_JOB, LinkKind.BOOKING_JOB, LinkKind.ALERT_BOOKING,
          LeadSync.ALERT_FOLLOW_UP, LeadSync.AWAITING_OUTCOME);

  @Spec CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  ConfigSource source;

  @picocli.CommandLine.Mixin ClusterOptions cluster = new ClusterOptions();

  private final CliContext context;

  StatusCommand() {
    this(CliContext.system());
  }

  StatusCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (source.configDir == null) {
      StoreCommands.withConnection(source.files().get(0), context.environment(), state -> print(state, out));
      return 0;
    }
    // Every connection of the directory; one whose store cannot be read is named, and the others still shown.
    if (cluster.enabled()) {
      try (ClusterOptions.Opened shared = cluster.open()) {
        return printEach(out, file -> {
          String connectionId = ConfigReader.loadStoreLocation(file, context.environment()).connectionId();
          print(shared.store().connection(ConnectionId.of(connectionId)), out);
        });
      }
    }
    return printEach(out, file -> StoreCommands.withConnection(file, context.environment(), state -> print(state, out)));
  }

  private int printEach(PrintWriter out, java.util.function.Consumer<Path> printOne) {
    int exit = 0;
    for (Path file : source.files()) {
      out.printf("== %s%n", file.getFileName());
      try {
        printOne.accept(file);
      } catch (RuntimeException unreadable) {
        out.printf("  cannot show this connection: %s%n", unreadable.getMessage());
        exit = 1;
      }
      out.println();
    }
    return exit;
  }

  static Void print(ConnectionStore state, PrintWriter out) {
    out.printf("Connection %s%n%n", state.connectionId());
    Map<String, String> cursors = state.cursors().list();
    out.println("Last cycles");
    List<LastCycle> cycles = LastCycle.read(state.cursors());
    if (cycles.isEmpty()) {
      out.println("  (none recorded yet)");
    }
    for (LastCycle cycle : cycles) {
      out.printf("  %-22s %s  %d effect(s)  %s%n", cycle.stream(), cycle.startedAt(), cycle.effects(), cycle.outcome());
    }
    out.println();
    out.println("Feed positions");
    long feeds = cursors.keySet().stream().filter(key -> !LastCycle.isRecordKey(key)).count();
    if (feeds == 0) {
      out.println("  (none yet: nothing has been read)");
    }
    cursors.forEach((stream, cursor) -> {
      if (!LastCycle.isRecordKey(stream)) {
        out.printf("  %-22s %s%n", stream, CursorDescriptions.describe(cursor));
      }
    });
    out.println();
    out.println("Links");
    for (LinkKind kind : LINK_KINDS) {
      out.printf("  %-28s %d%n", kind.name(), state.links().list(kind).size());
    }
    out.println();
    List<EffectRecord> pending = state.effects().pending();
    out.printf("Effects in flight (reserved, not confirmed): %d%n", pending.size());
    for (EffectRecord effect : pending) {
      out.printf("  %-40s reserved %s, lease until %s%n", effect.key(), effect.reservedAt(),
          effect.leaseExpiresAt().map(Object::toString).orElse("-"));
    }
    out.println();
    List<QuarantinedRecord> quarantined = state.quarantine().list();
    out.printf("Quarantined records: %d%n", quarantined.size());
    for (QuarantinedRecord record : quarantined) {
      out.printf("  %-20s %-14s attempts %d  %s%n", record.stream(), record.recordKey(), record.attempts(), record.reason());
    }
    out.println();
    List<DeferredRecord> deferred = state.deferred().list();
    out.printf("Records deferred after a transient failure (retried automatically): %d%n", deferred.size());
    for (DeferredRecord record : deferred) {
      out.printf("  %-20s %-14s attempts %d  next %s  %s%n", record.stream(), record.recordKey(), record.attempts(),
          record.nextAttempt(), record.reason());
    }
    out.println();
    out.printf("Leads held while the leads integration is disabled: %d%n", state.heldLeads().count());
    out.flush();
    return null;
  }
}
