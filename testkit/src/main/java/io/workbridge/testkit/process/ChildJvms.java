package io.workbridge.testkit.process;

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
 * A program run as child JVMs of this one: each child is a new JVM on this JVM's class path with the given
 * options and environment, its output (standard output and error) in a log file of its own. {@link Child#kill()}
 * is SIGKILL on Linux ({@link Process#destroyForcibly()}); {@link #close()} kills every child still alive, and so
 * does this JVM's shutdown, so none outlives its owner.
 */
public final class ChildJvms implements AutoCloseable {
  private final String mainClass;
  private final List<String> jvmOptions;
  private final Map<String, String> environment;
  private final List<Child> children = new CopyOnWriteArrayList<>();
  private final Thread reaper = new Thread(this::killAll, "child-jvms-reaper");

  private ChildJvms(String mainClass, List<String> jvmOptions, Map<String, String> environment) {
    this.mainClass = mainClass;
    this.jvmOptions = List.copyOf(jvmOptions);
    this.environment = Map.copyOf(environment);
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /**
   * Children of a main class.
   *
   * @param mainClass the class each child runs
   * @param jvmOptions each child's JVM options, e.g. {@code -Xmx256m}
   * @param environment added to this JVM's environment for each child
   * @return the runner; close it to kill what is still running
   */
  public static ChildJvms of(Class<?> mainClass, List<String> jvmOptions, Map<String, String> environment) {
    return new ChildJvms(mainClass.getName(), jvmOptions, environment);
  }

  /**
   * One child: its name, process, log file and start.
   *
   * @param name the name it was started under
   * @param process the process
   * @param log the file holding what it printed
   * @param started when it was started
   */
  public record Child(String name, Process process, Path log, Instant started) {
    /** {@return whether it is still running} */
    public boolean isAlive() {
      return process.isAlive();
    }

    /** {@return what it printed so far} */
    public String output() {
      try {
        return Files.exists(log) ? Files.readString(log) : "";
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
    }

    /** Kills it with SIGKILL and waits until it is gone (at most 30 s). */
    public void kill() {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    /**
     * Waits for its exit; kills it and fails when it takes longer than {@code limit}.
     *
     * @param limit how long to wait
     * @return its exit code
     * @throws IllegalStateException when it did not end in time (with what it printed), or the wait was interrupted
     */
    public int awaitExit(Duration limit) {
      try {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
          process.destroyForcibly();
          throw new IllegalStateException(name + " did not end within " + limit + "; it printed:\n" + output());
        }
        return process.exitValue();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
        throw new IllegalStateException("interrupted waiting for " + name, interrupted);
      }
    }
  }

  /**
   * Starts a child.
   *
   * @param name the child's name
   * @param log the file its output goes to
   * @param arguments the main class's arguments
   * @return the child
   */
  public Child start(String name, Path log, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    builder.environment().putAll(environment);
    try {
      Child child = new Child(name, builder.start(), log, Instant.now());
      children.add(child);
      return child;
    } catch (IOException failed) {
      throw new UncheckedIOException("could not start " + mainClass + " as " + name, failed);
    }
  }

  /** {@return the children, in the order they started} */
  public List<Child> children() {
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

  /** Kills every child still running and waits for them (at most 10 s each). */
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
