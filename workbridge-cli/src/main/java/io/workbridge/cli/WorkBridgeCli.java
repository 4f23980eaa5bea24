package io.workbridge.cli;

import io.workbridge.runtime.config.ConfigException;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.ServiceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code workbridge} command line. */
@Command(
    name = "workbridge",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT, // -h/--help and -V/--version on every subcommand too
    versionProvider = VersionProvider.class,
    description = "Connects ServiceTitan, ServiceChannel and a smart-home leads vendor.",
    subcommands = {
      RunCommand.class, ConfigCommand.class, PreflightCommand.class, StatusCommand.class, QuarantineCommand.class
    })
public final class WorkBridgeCli {
  private WorkBridgeCli() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * {@return the configured command line: the built-in commands plus every {@link CliExtension} on the class
   * path (in name order); configuration problems print as a list of keys to fix (exit 2), other failures as
   * one line (exit 1)}
   */
  public static CommandLine commandLine() {
    return commandLine(CliContext.system());
  }

  /**
   * The command line with the environment the configuration's {@code ${VARIABLES}} resolve from, and the clock
   * of the clients, store and scheduler, given instead of the process's: to run the commands in a test (against
   * simulators on a simulated clock) or from another program.
   *
   * @param environment the environment variables
   * @param clock the clock
   * @return the command line
   */
  public static CommandLine commandLine(Map<String, String> environment, Clock clock) {
    return commandLine(new CliContext(environment, clock));
  }

  private static CommandLine commandLine(CliContext context) {
    CommandLine commandLine = new CommandLine(new WorkBridgeCli(), context.factory());
    ServiceLoader.load(CliExtension.class, CliExtension.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparing(CliExtension::name))
        .forEach(extension -> commandLine.addSubcommand(extension.name(), extension.command()));
    commandLine.setExecutionExceptionHandler(
        (failure, line, parsed) -> {
          if (failure instanceof ConfigException invalid) {
            line.getErr().println(invalid.getMessage());
            return 2;
          }
          line.getErr().println("workbridge: " + failure.getMessage());
          return 1;
        });
    return commandLine;
  }
}
