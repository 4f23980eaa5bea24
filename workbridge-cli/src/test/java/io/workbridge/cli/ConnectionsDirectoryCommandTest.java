package io.workbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.runtime.SimulatedSystems;
import io.workbridge.testkit.DottedYaml;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code run --once} and {@code status} with {@code --config-dir}: every connection of a directory of files. */
class ConnectionsDirectoryCommandTest {
  @TempDir Path connections;
  @TempDir Path data;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int execute(SimulatedSystems systems, String... args) {
    out.getBuffer().setLength(0);
    CommandLine cli = WorkBridgeCli.commandLine(systems.environment(), Clock.systemUTC());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  /** A connection's file with a ServiceChannel API user of its own (a user signs in at most once per 5 s). */
  private void write(SimulatedSystems systems, String connectionId) throws Exception {
    String username = connectionId + ".api";
    systems.serviceChannel.addApiUser(username);
    List<String> lines = new ArrayList<>(systems.configLines(data.resolve(connectionId)));
    lines.add("connectionId=" + connectionId);
    lines.add("serviceChannel.username=" + username);
    Files.writeString(connections.resolve(connectionId + ".yaml"), DottedYaml.of(lines));
  }

  @Test
  void runOnceAndStatus_coverEveryConnection_aBrokenFileIsNamedAndTheOthersStillRun() throws Exception {
    try (SimulatedSystems systems = new SimulatedSystems()) {
      systems.workOrder();
      write(systems, "acme");
      write(systems, "bravo");

      assertThat(execute(systems, "run", "--once", "--config-dir", connections.toString())).as(err.toString()).isZero();
      assertThat(out.toString())
          .contains("connection acme")
          .contains("connection bravo")
          .contains("work-orders: ");

      assertThat(execute(systems, "status", "--config-dir", connections.toString())).as(err.toString()).isZero();
      assertThat(out.toString())
          .contains("== acme.yaml")
          .contains("Connection acme")
          .contains("== bravo.yaml")
          .contains("Connection bravo");

      Files.writeString(connections.resolve("broken.yaml"), "connectionId: broken\n");
      assertThat(execute(systems, "run", "--once", "--config-dir", connections.toString())).isEqualTo(1);
      assertThat(out.toString())
          .contains("broken.yaml not loaded")
          .contains("workOrders: required but missing")
          .contains("connection acme")
          .contains("connection bravo");
    }
  }

  @Test
  void configAndConfigDir_together_areRefused() throws Exception {
    try (SimulatedSystems systems = new SimulatedSystems()) {
      int exit = execute(systems, "run", "--once", "--config", "a.yaml", "--config-dir", connections.toString());

      assertThat(exit).isEqualTo(2);
      assertThat(err.toString()).contains("--config").contains("--config-dir").contains("mutually exclusive");
    }
  }
}
