package io.workbridge.cli;

import io.workbridge.runtime.config.ConfigWriter;
import io.workbridge.runtime.config.LeadsConfig;
import io.workbridge.runtime.config.WorkBridgeConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code workbridge config check|show}: the configuration file, offline. */
@Command(
    name = "config",
    description = "Checks the configuration file, or shows the effective configuration; offline.",
    subcommands = {ConfigCommand.Check.class, ConfigCommand.Show.class})
final class ConfigCommand {

  /** {@code config check}: every problem of the file at once, each with its key path; exit code 2 when any. */
  @Command(
      name = "check",
      description = {
        "Validates the whole file offline: every problem at once, each with its key path and line; unknown keys"
            + " with the nearest known key. The environment variables it names must be set.",
        "Exit code 0 when the file is valid, 2 when it is not. `preflight` then checks it against the systems."
      })
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--config", required = true, description = "The WorkBridge configuration file.")
    Path config;

    private final Map<String, String> environment;

    Check() {
      this(CliContext.system());
    }

    /** A command reading the environment from {@code context} instead of the process's. */
    Check(CliContext context) {
      this.environment = context.environment();
    }

    @Override
    public Integer call() {
      WorkBridgeConfig loaded = WorkBridgeConfig.load(config, environment);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%s is valid: connection %s, %d subscriber(s) with settings of their own, %d auto-conversion rule(s), %s.%n",
          config, loaded.connectionId(), loaded.workOrders().subscribers().size(), loaded.workOrders().autoConvert().size(),
          loaded.leads().map(ConfigCommand::describe).orElse("no leads"));
      out.flush();
      return 0;
    }
  }

  /** {@code config show}: the effective configuration, defaults included, secrets masked. */
  @Command(
      name = "show",
      description = "Prints the effective configuration as YAML, every default filled in, secrets masked (****).")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--config", required = true, description = "The WorkBridge configuration file.")
    Path config;

    private final Map<String, String> environment;

    Show() {
      this(CliContext.system());
    }

    /** A command reading the environment from {@code context} instead of the process's. */
    Show(CliContext context) {
      this.environment = context.environment();
    }

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      out.print(ConfigWriter.show(WorkBridgeConfig.load(config, environment)));
      out.flush();
      return 0;
    }
  }

  private static String describe(LeadsConfig leads) {
    return "leads " + (leads.enabled() ? "enabled" : "disabled") + " (" + leads.jobTypes().size() + " job type setting(s), "
        + leads.accounts().size() + " account(s))";
  }
}
