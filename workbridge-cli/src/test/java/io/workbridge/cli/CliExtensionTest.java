package io.workbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** Subcommands other modules add through {@link CliExtension} (registered for this test in META-INF/services). */
class CliExtensionTest {
  private final StringWriter out = new StringWriter();

  private int run(String... args) {
    CommandLine cli = WorkBridgeCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    return cli.execute(args);
  }

  @Test
  void anExtensionOnTheClassPath_isListedInHelp_andRunsWithItsOptions() {
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out.toString()).contains("greet").contains("Says hello (an extension).");

    assertThat(run("greet", "--name", "Ada")).isEqualTo(7);
    assertThat(out.toString()).contains("Hello, Ada");
  }

  @Test
  void everyCommand_andAnExtension_answersHelp() {
    for (String[] command :
        new String[][] {{"run"}, {"preflight"}, {"status"}, {"quarantine"}, {"quarantine", "retry"}, {"greet"}}) {
      String[] args = Arrays.copyOf(command, command.length + 1);
      args[command.length] = "--help";
      out.getBuffer().setLength(0);
      assertThat(run(args)).as(String.join(" ", args)).isEqualTo(0);
      assertThat(out.toString()).as(String.join(" ", args)).startsWith("Usage: workbridge " + String.join(" ", command));
    }
  }

  /** The extension the service file names. */
  public static final class GreetExtension implements CliExtension {
    @Override
    public String name() {
      return "greet";
    }

    @Override
    public Object command() {
      return new Greet();
    }
  }

  @Command(name = "greet", description = "Says hello (an extension).")
  static final class Greet implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--name", required = true)
    String name;

    @Override
    public Integer call() {
      spec.commandLine().getOut().println("Hello, " + name);
      spec.commandLine().getOut().flush();
      return 7;
    }
  }
}
