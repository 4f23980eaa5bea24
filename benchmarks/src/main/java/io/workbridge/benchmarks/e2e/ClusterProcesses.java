package io.workbridge.benchmarks.e2e;

import io.workbridge.cli.WorkBridgeCli;
import io.workbridge.testkit.process.ChildJvms;
import io.workbridge.testkit.process.ChildJvms.Child;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code workbridge run --config-dir … --cluster-store …} processes of the simulation: child JVMs on this
 * program's class path ({@link ChildJvms}), each writing its output to a log file of its own. {@link #close()}
 * kills every child still alive, and so does this JVM's shutdown, so none outlives the run.
 */
final class ClusterProcesses implements AutoCloseable {
  private final Path logs;
  private final ChildJvms jvms;

  /**
   * @param logs the directory of the children's log files
   * @param environment added to this program's environment (the connection files' {@code ${VARIABLES}})
   * @param heap each child's {@code -Xmx}
   */
  ClusterProcesses(Path logs, Map<String, String> environment, String heap) {
    this.logs = logs;
    this.jvms = ChildJvms.of(WorkBridgeCli.class, List.of("-Xmx" + heap, "-XX:+UseSerialGC", "-Xss512k"), environment);
  }

  /**
   * Starts {@code workbridge <arguments>} in a new JVM.
   *
   * @param name the child's name, also its log file's
   * @param arguments the command line's arguments
   * @return the child
   */
  Child start(String name, List<String> arguments) {
    return jvms.start(name, logs.resolve(name + ".log"), arguments);
  }

  /** {@return the children, in the order they started} */
  List<Child> children() {
    return jvms.children();
  }

  /** {@return a child's memory and CPU now} */
  static ProcessUsage usage(Child child) {
    return ProcessUsage.of(child.process().pid());
  }

  /** {@return how many lines of a child's log report an error or a warning} */
  static long problemLines(Child child) {
    try (var lines = Files.lines(child.log())) {
      return lines.filter(line -> line.contains(" ERROR ") || line.contains(" WARN ")).count();
    } catch (IOException | UncheckedIOException unreadable) {
      return -1;
    }
  }

  @Override
  public void close() {
    jvms.close();
  }
}
