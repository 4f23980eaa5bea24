package io.workbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.jdbc.JdbcSyncStore;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.LinkKind;
import io.workbridge.sync.store.SyncStoreSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StoreCommandsTest {
  @TempDir Path directory;

  private Path config;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void seedStore() throws IOException {
    Path data = directory.resolve("data");
    config = directory.resolve("workbridge.yaml");
    // Only the store settings are read by these commands: no credentials needed in the environment.
    Files.writeString(
        config,
        "connectionId: acme-hvac\nstore:\n  directory: \"" + data.toString().replace("\\", "/") + "\"\n"
            + "serviceTitan:\n  clientSecret: ${NOT_SET_HERE}\n");
    try (JdbcSyncStore store = JdbcSyncStore.embedded(data, SyncStoreSettings.defaults())) {
      ConnectionStore acme = store.connection(ConnectionId.of("acme-hvac"));
      acme.cursors().set("sc.work-orders", "sc1;2026-11-25T10:00:00Z;84000001=2026-11-25T10:00:00Z");
      acme.cursors().set("last-cycle:work-orders", "2026-11-25T10:01:00Z|3|completed");
      acme.links().link(LinkKind.WORK_ORDER_BOOKING, "84000001", "9001");
      acme.effects().reserve("booking:84000002");
      acme.quarantine().add("sc.work-orders", "84000003", "Nte has no currency", "{\"Id\":84000003}");
      store.connection(ConnectionId.of("other-tenant")).quarantine().add("sc.work-orders", "1", "other", "{}");
    }
  }

  private int run(String... args) {
    CommandLine cli = WorkBridgeCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void status_showsCursorsLinksPendingEffectsAndQuarantine() {
    assertThat(run("status", "--config", config.toString())).isEqualTo(0);

    assertThat(out.toString())
        .contains("Connection acme-hvac")
        .containsPattern("work-orders\\s+2026-11-25T10:01:00Z  3 effect\\(s\\)  completed")
        .containsPattern("sc\\.work-orders\\s+work orders updated up to 2026-11-25T10:00:00Z \\(1 read in the overlap before it\\)")
        .doesNotContain("sc1;")
        .containsPattern("work-order\\.booking\\s+1")
        .contains("Effects in flight (reserved, not confirmed): 1")
        .contains("booking:84000002")
        .contains("Quarantined records: 1")
        .contains("Nte has no currency");
  }

  @Test
  void status_ofAStoreThatDoesNotExist_isAnError_andCreatesNothing() throws IOException {
    Path missing = directory.resolve("never-run");
    Files.writeString(config, "connectionId: acme-hvac\nstore:\n  directory: \"" + missing.toString().replace("\\", "/") + "\"\n");

    assertThat(run("status", "--config", config.toString())).isEqualTo(1);

    assertThat(err.toString()).contains("there is no WorkBridge database").contains("nothing has run yet");
    assertThat(missing).doesNotExist();
  }

  @Test
  void quarantine_listAndDrop_workOnTheConfiguredConnectionOnly() {
    assertThat(run("quarantine", "list", "--config", config.toString())).isEqualTo(0);
    assertThat(out.toString()).contains("sc.work-orders 84000003").contains("Nte has no currency").doesNotContain("payload:");

    assertThat(run("quarantine", "drop", "--config", config.toString(), "sc.work-orders", "84000003")).isEqualTo(0);
    assertThat(run("quarantine", "drop", "--config", config.toString(), "sc.work-orders", "1")).isEqualTo(1);
    assertThat(err.toString()).contains("No quarantined record sc.work-orders 1");

    out.getBuffer().setLength(0);
    run("quarantine", "list", "--config", config.toString());
    assertThat(out.toString()).contains("No quarantined records.");
  }

  @Test
  void badConfiguration_exitsWithTwoNamingTheKey() throws IOException {
    Files.writeString(config, "store:\n  directory: x\n");

    assertThat(run("status", "--config", config.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("connectionId: required but missing");
  }
}
