package io.workbridge.benchmarks.e2e;

import io.workbridge.cli.WorkBridgeCli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The {@code workbridge run --config-dir … --cluster-store …} processes of the simulation: child JVMs on this
 * program's class path, each writing its output to a log file of its own. {@link Child#kill()} is SIGKILL on
 * Linux ({@link Process#destroyForcibly()}); {@link #close()} kills every child still alive, and so does this
 * JVM's shutdown, so none outlives the run.
 */
final class ClusterProcesses implements AutoCloseable {
  private final Path logs;
  private final Map<String, String> environment;
  private final List<String> jvmOptions;
  private final List<Child> children = new CopyOnWriteArrayList<>();
  private final Thread reaper = new Thread(this::killAll, "cluster-processes-reaper");

  /**
   * @param logs the directory of the children's log files
   * @param environment added to this program's environment (the connection files' {@code ${VARIABLES}})
   * @param heap each child's {@code -Xmx}
   */
  ClusterProcesses(Path logs, Map<String, String> environment, String heap) {
    this.logs = logs;
    this.environment = Map.copyOf(environment);
    this.jvmOptions = List.of("-Xmx" + heap, "-XX:+UseSerialGC", "-Xss512k");
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /** One child process: its name, process, log file and start. */
  record Child(String name, Process process, Path log, Instant started) {
    /** {@return its memory and CPU now} */
    ProcessUsage usage() {
      return ProcessUsage.of(process.pid());
    }

    /** {@return how many lines of its log report an error or a warning} */
    long problemLines() {
      try (var lines = Files.lines(log)) {
        return lines.filter(line -> line.contains(" ERROR ") || line.contains(" WARN ")).count();
      } catch (IOException | UncheckedIOException unreadable) {
        return -1;
      }
    }

    /** Kills it with SIGKILL and waits until it is gone. */
    void kill() {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Starts {@code workbridge <arguments>} in a new JVM.
   *
   * @param name the child's name, also its log file's
   * @param arguments the command line's arguments
   * @return the child
   */
  Child start(String name, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(WorkBridgeCli.class.getName());
    command.addAll(arguments);
    Path log = logs.resolve(name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    builder.environment().putAll(environment);
    try {
      Child child = new Child(name, builder.start(), log, Instant.now());
      children.add(child);
      return child;
    } catch (IOException failed) {
      throw new UncheckedIOException("could not start " + WorkBridgeCli.class.getName(), failed);
    }
  }

  /** {@return the children, in the order they started} */
  List<Child> children() {
    return List.copyOf(children);
  }

  private void killAll() {
    children.forEach(child -> child.process().destroyForcibly());
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
