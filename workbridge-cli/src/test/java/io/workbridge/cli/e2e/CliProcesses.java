package io.workbridge.cli.e2e;

import io.workbridge.cli.WorkBridgeCli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The {@code workbridge} command line as real child processes of the test: a new JVM with the test's own
 * class path, the given environment, and its output in a file of its own. {@link #kill} is SIGKILL on Linux
 * ({@link Process#destroyForcibly()}); {@link #close()} kills every child still alive, and so does the test
 * JVM's shutdown, so none outlives its test.
 */
final class CliProcesses implements AutoCloseable {
  /** Children start fast: the C1 compiler only, the class-data archive, a small serial heap. */
  private static final List<String> JVM_OPTIONS =
      List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:+UseSerialGC", "-Xmx256m");

  private final Path directory;
  private final Map<String, String> environment;
  private final List<Child> children = new CopyOnWriteArrayList<>();
  private final Thread reaper = new Thread(this::killAll, "cli-processes-reaper");

  /**
   * @param directory where each child's output goes
   * @param environment added to the test's environment (the configuration's {@code ${VARIABLES}})
   */
  CliProcesses(Path directory, Map<String, String> environment) {
    this.directory = directory;
    this.environment = Map.copyOf(environment);
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /** One child: its process and the file holding what it printed. */
  record Child(String name, Process process, Path log) {
    boolean isAlive() {
      return process.isAlive();
    }

    /** What it printed so far. */
    String output() {
      try {
        return Files.exists(log) ? Files.readString(log) : "";
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
    }
  }

  /** Starts {@code workbridge <arguments>}. */
  Child start(String name, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(WorkBridgeCli.class.getName());
    command.addAll(List.of(arguments));
    Path log = directory.resolve(String.format("%03d-%s.log", children.size() + 1, name));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    builder.environment().putAll(environment);
    try {
      Child child = new Child(name, builder.start(), log);
      children.add(child);
      return child;
    } catch (IOException failed) {
      throw new UncheckedIOException("could not start " + command, failed);
    }
  }

  /** Kills the child with SIGKILL and waits until it is gone. */
  void kill(Child child) {
    child.process().destroyForcibly();
    awaitExit(child, Duration.ofSeconds(30));
  }

  /** Waits for the child's exit; kills it and fails when it takes longer than {@code limit}. */
  int awaitExit(Child child, Duration limit) {
    try {
      if (!child.process().waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        child.process().destroyForcibly();
        throw new AssertionError(child.name() + " did not end within " + limit + "; it printed:\n" + child.output());
      }
      return child.process().exitValue();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      child.process().destroyForcibly();
      throw new AssertionError("interrupted waiting for " + child.name(), interrupted);
    }
  }

  /** The output of the last {@code count} children, for a failure's message. */
  String lastOutputs(int count) {
    StringBuilder text = new StringBuilder();
    for (Child child : children.subList(Math.max(0, children.size() - count), children.size())) {
      text.append("--- ").append(child.log()).append(":\n").append(child.output()).append('\n');
    }
    return text.toString();
  }

  private void killAll() {
    for (Child child : children) {
      child.process().destroyForcibly();
    }
    for (Child child : children) {
      try {
        child.process().waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void close() {
    killAll();
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }
}
