package io.workbridge.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One consumer project built by its own Maven process: copied from {@code src/it} with WorkBridge's version
 * filled in, then {@code mvn test} against the module-local repository, quietly, with its output kept in
 * {@code build.log}.
 */
final class ConsumerBuild {
  private static final long TIMEOUT_MINUTES = 5;
  /** Short-lived JVMs (Maven's and the tests') start faster with the quick compiler and the serial collector. */
  private static final String FAST_START = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

  private final MatrixSettings settings;
  private final String name;
  private final Path directory;

  ConsumerBuild(MatrixSettings settings, String name) {
    this.settings = settings;
    this.name = name;
    this.directory = settings.workDirectory().resolve(name);
  }

  /**
   * Copies the project and runs its build.
   *
   * @param simulators the properties file of the running simulators
   * @return the build's outcome
   */
  Result run(Path simulators) {
    copyProject();
    Path log = directory.resolve("build.log");
    // Never -o: offline, the settings' mirror keeps the build off the network (and -o would refuse even that).
    List<String> command =
        List.of(
            settings.mavenExecutable(),
            "-B",
            "-q",
            "-s", settings.settingsFile().toString(),
            "-Dmaven.repo.local=" + settings.repository(),
            "-Dworkbridge.simulators=" + simulators.toAbsolutePath(),
            "-DargLine=" + FAST_START,
            "test");
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("MAVEN_ARGS");
    builder.environment().merge("MAVEN_OPTS", FAST_START, (user, ours) -> user + " " + ours);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command.get(0), e);
    }
    try {
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        return new Result(-1, readLog(log) + "\n(killed after " + TIMEOUT_MINUTES + " minutes)");
      }
    } catch (InterruptedException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building " + name, e);
    }
    return new Result(process.exitValue(), readLog(log));
  }

  private void copyProject() {
    Path source = settings.projects().resolve(name);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.collect(Collectors.toList())) {
        Path target = directory.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          Files.writeString(target, text.replace("@project.version@", settings.version()), StandardCharsets.UTF_8);
        }
      }
      // Its own .mvn: Maven must not take the enclosing WorkBridge checkout for the project's root.
      Files.createDirectories(directory.resolve(".mvn"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + source, e);
    }
  }

  private static String readLog(Path log) {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e + ")";
    }
  }

  /** What one consumer build did: its exit code and its whole output. */
  record Result(int exitCode, String log) {
    boolean passed() {
      return exitCode == 0;
    }
  }
}
