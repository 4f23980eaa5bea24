package io.workbridge.runtime.cli;

import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.EffectRecord;
import io.workbridge.sync.store.LinkKind;
import io.workbridge.sync.store.QuarantinedRecord;
import io.workbridge.sync.workflow.LeadSync;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code workbridge status}: cursors, links, effects in flight, quarantine and held leads. */
@Command(name = "status", description = "Shows the stored sync state: cursors, links, pending effects, quarantine.")
final class StatusCommand implements Callable<Integer> {
  private static final List<LinkKind> LINK_KINDS =
      List.of(
          LinkKind.WORK_ORDER_BOOKING, LinkKind.WORK_ORDER_JOB, LinkKind.BOOKING_JOB, LinkKind.ALERT_BOOKING,
          LeadSync.ALERT_FOLLOW_UP, LeadSync.AWAITING_OUTCOME);

  @Spec CommandSpec spec;

  @Option(names = "--config", required = true, description = "The WorkBridge configuration file.")
  Path config;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    StoreCommands.withConnection(config, System.getenv(), state -> print(state, out));
    return 0;
  }

  static Void print(ConnectionStore state, PrintWriter out) {
    out.printf("Connection %s%n%n", state.connectionId());
    out.println("Cursors");
    if (state.cursors().list().isEmpty()) {
      out.println("  (none yet: nothing has been read)");
    }
    state.cursors().list().forEach((stream, cursor) -> out.printf("  %-28s %s%n", stream, cursor));
    out.println();
    out.println("Links");
    for (LinkKind kind : LINK_KINDS) {
      out.printf("  %-28s %d%n", kind.name(), state.links().list(kind).size());
    }
    out.println();
    List<EffectRecord> pending = state.effects().pending();
    out.printf("Pending effects (reserved, not confirmed): %d%n", pending.size());
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
    out.printf("Leads held while the leads integration is disabled: %d%n", state.heldLeads().count());
    out.flush();
    return null;
  }
}
