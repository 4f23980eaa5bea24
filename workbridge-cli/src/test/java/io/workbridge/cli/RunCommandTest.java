package io.workbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandTest {
  @TempDir Path directory;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = WorkBridgeCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void run_withAnIncompleteConfiguration_exitsWithTwoListingEveryProblem() throws IOException {
    Path config = directory.resolve("workbridge.yaml");
    Files.writeString(config, "connectionId: acme\nserviceTitan:\n  tenantId: 12x\nserviceChannel:\n  password: plain\n");

    assertThat(run("run", "--once", "--config", config.toString())).isEqualTo(2);

    assertThat(err.toString())
        .contains("serviceTitan.tenantId: expected a whole number")
        .contains("serviceChannel.password: a credential must come from an environment variable")
        .contains("workOrders: required but missing")
        .doesNotContain("plain");
  }

  @Test
  void help_listsEveryCommand() {
    assertThat(run("--help")).isEqualTo(0);

    assertThat(out.toString()).contains("run").contains("status").contains("quarantine");
  }
}
