package io.workbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code workbridge config check} and {@code config show}, offline. */
class ConfigCommandTest {
  private static final Map<String, String> ENV =
      Map.of(
          "ST_APP_KEY", "app-key-canary", "ST_CLIENT_SECRET", "st-secret-canary", "SC_CLIENT_SECRET", "sc-secret-canary",
          "SC_PASSWORD", "sc-password-canary", "LEADS_CLIENT_SECRET", "leads-secret-canary", "IVR_PIN_NORTHWIND", "4242");

  @TempDir Path directory;

  private Path sample;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeSample() throws IOException {
    sample = directory.resolve("workbridge.yaml");
    try (InputStream in = ConfigCommandTest.class.getResourceAsStream("/workbridge.sample.yaml")) {
      Files.writeString(sample, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private int run(Object command, String... args) {
    CommandLine cli = WorkBridgeCli.commandLine();
    CommandLine sub = new CommandLine(command);
    sub.setExecutionExceptionHandler(cli.getExecutionExceptionHandler());
    sub.setOut(new PrintWriter(out));
    sub.setErr(new PrintWriter(err));
    return sub.execute(args);
  }

  @Test
  void check_validFile_exitsZeroWithASummary() {
    assertThat(run(new ConfigCommand.Check(new CliContext(ENV, java.time.Clock.systemUTC())), "--config", sample.toString())).isZero();

    assertThat(out.toString())
        .contains("is valid: connection acme-hvac, 1 subscriber(s) with settings of their own, 1 auto-conversion rule(s), leads enabled");
  }

  @Test
  void check_invalidFile_exitsTwoListingEveryProblemByKey() throws IOException {
    Files.writeString(
        sample,
        Files.readString(sample).replace("tenantId: 1234567", "tenantId: 12x").replace("noteSync: true", "noteSinc: true"));

    assertThat(run(new ConfigCommand.Check(new CliContext(ENV, java.time.Clock.systemUTC())), "--config", sample.toString())).isEqualTo(2);

    assertThat(err.toString())
        .contains("serviceTitan.tenantId: expected a whole number, was '12x'")
        .contains("workOrders.subscribers[2014917243].noteSinc: unknown key, did you mean 'noteSync'?")
        .doesNotContain("canary");
  }

  @Test
  void show_printsTheEffectiveConfiguration_secretsMasked() {
    assertThat(run(new ConfigCommand.Show(new CliContext(ENV, java.time.Clock.systemUTC())), "--config", sample.toString())).isZero();

    assertThat(out.toString())
        .contains("connectionId: acme-hvac")
        .contains("  clientSecret: \"****\"")
        .contains("      pin: \"****\"")
        .contains("  readTimeout: 30s")
        .doesNotContain("canary")
        .doesNotContain("4242");
  }

  @Test
  void configCommand_isListedInTheHelp() {
    CommandLine cli = WorkBridgeCli.commandLine();
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute("config", "--help")).isZero();
    assertThat(out.toString()).contains("check").contains("show");
  }
}
