package io.workbridge.cli.e2e;

import io.workbridge.cli.WorkBridgeCli;
import io.workbridge.testkit.process.ChildJvms;
import io.workbridge.testkit.process.ChildJvms.Child;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The {@code workbridge} command line as real child processes of the test ({@link ChildJvms}): a new JVM with the
 * test's own class path, the given environment, and its output in a numbered file of its own. Closing it kills
 * every child still alive, and so does the test JVM's shutdown, so none outlives its test.
 */
final class CliProcesses implements AutoCloseable {
  /** Children start fast: the C1 compiler only, the class-data archive, a small serial heap. */
  private static final List<String> JVM_OPTIONS =
      List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:+UseSerialGC", "-Xmx256m");

  private final Path directory;
  private final ChildJvms jvms;

  /**
   * @param directory where each child's output goes
   * @param environment added to the test's environment (the configuration's {@code ${VARIABLES}})
   */
  CliProcesses(Path directory, Map<String, String> environment) {
    this.directory = directory;
    this.jvms = ChildJvms.of(WorkBridgeCli.class, JVM_OPTIONS, environment);
  }

  /** Starts {@code workbridge <arguments>}. */
  Child start(String name, String... arguments) {
    Path log = directory.resolve(String.format("%03d-%s.log", jvms.children().size() + 1, name));
    return jvms.start(name, log, List.of(arguments));
  }

  /** Kills the child with SIGKILL and waits until it is gone. */
  void kill(Child child) {
    child.kill();
  }

  /** Waits for the child's exit; kills it and fails when it takes longer than {@code limit}. */
  int awaitExit(Child child, Duration limit) {
    return child.awaitExit(limit);
  }

  /** The output of the last {@code count} children, for a failure's message. */
  String lastOutputs(int count) {
    List<Child> children = jvms.children();
    StringBuilder text = new StringBuilder();
    for (Child child : children.subList(Math.max(0, children.size() - count), children.size())) {
      text.append("--- ").append(child.log()).append(":\n").append(child.output()).append('\n');
    }
    return text.toString();
  }

  @Override
  public void close() {
    jvms.close();
  }
}
