package io.workbridge.cli;

import io.workbridge.runtime.Preflight;
import io.workbridge.runtime.config.WorkBridgeConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workbridge preflight}: checks every credential and permission the sync needs (SC-23). */
@Command(
    name = "preflight",
    description = {
      "Checks the configuration against the live systems, writing nothing: every credential (a refused sign-in is"
          + " reported once per system, naming the credential), the API areas the sync reads, every id the file names"
          + " (booking providers, business units, job types, campaigns, the NTE field, technicians, subscribers and"
          + " the statuses their overrides name, vendor accounts and profiles), and the store.",
      "Exit code 0 when every check passed, 1 when one failed, 2 when the file is invalid."
    })
final class PreflightCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--config", required = true, description = "The WorkBridge configuration file.")
  Path config;

  private final CliContext context;

  PreflightCommand() {
    this(CliContext.system());
  }

  PreflightCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    List<Preflight.Check> checks = Preflight.run(WorkBridgeConfig.load(config, context.environment()), context.clock());
    PrintWriter out = spec.commandLine().getOut();
    for (Preflight.Check check : checks) {
      out.printf("%s %-15s %s%n", check.passed() ? "✓" : "✗", check.system(), check.area());
      if (!check.detail().isEmpty()) {
        check.detail().lines().forEach(line -> out.printf("    %s%n", line));
      }
    }
    long failed = checks.stream().filter(check -> !check.passed()).count();
    out.println(failed == 0 ? "All checks passed." : failed + " of " + checks.size() + " checks failed.");
    out.flush();
    return failed == 0 ? 0 : 1;
  }
}
