package io.workbridge.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the consumer projects and repositories are and how to run Maven, as this module's POM passes them to
 * the test (system properties {@code compat.*}).
 */
record MatrixSettings(
    Path projects,
    Path workDirectory,
    Path repository,
    Path userRepository,
    boolean offline,
    String version,
    String mavenExecutable) {

  /** {@return the settings given by the build} */
  static MatrixSettings fromSystemProperties() {
    String mavenHome = System.getProperty("compat.mavenHome", "");
    boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
    String mvn = windows ? "mvn.cmd" : "mvn";
    String executable = mavenHome.isBlank() ? mvn : Path.of(mavenHome, "bin", mvn).toString();
    return new MatrixSettings(
        Path.of(required("compat.projects")),
        Path.of(required("compat.workDirectory")),
        Path.of(required("compat.repository")),
        Path.of(required("compat.userRepository")),
        Boolean.parseBoolean(System.getProperty("compat.offline", "false")),
        required("compat.version"),
        executable);
  }

  /** {@return the consumer builds' settings file, written by {@link #writeSettingsFile()}} */
  Path settingsFile() {
    return workDirectory.resolve("settings.xml");
  }

  /**
   * Writes the consumer builds' settings file: {@code src/it/settings.xml} with the user's local repository as
   * their first repository, and offline as the mirror of every repository.
   */
  void writeSettingsFile() {
    Path file = settingsFile();
    try {
      Files.createDirectories(workDirectory);
      String template = Files.readString(projects.resolve("settings.xml"), StandardCharsets.UTF_8);
      String url = userRepository.toAbsolutePath().toUri().toString();
      String mirrors =
          offline
              ? "<mirrors><mirror><id>local.central</id><mirrorOf>*</mirrorOf><url>" + url + "</url></mirror></mirrors>"
              : "";
      String text = template.replace("@mirrors@", mirrors).replace("@localRepositoryUrl@", url);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank() || value.startsWith("${")) {
      throw new IllegalStateException("system property " + name + " is not set: run this test through Maven");
    }
    return value;
  }
}
