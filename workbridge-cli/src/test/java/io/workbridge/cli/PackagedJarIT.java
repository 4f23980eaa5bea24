package io.workbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as an operator gets it ({@code workbridge-cli/target/workbridge.jar}, built at {@code package}):
 * it holds every client the configuration needs and no test library, and checks the sample configuration it
 * ships with. The other command-line tests run on the test class path, which would hide a class missing here.
 */
class PackagedJarIT {
  private static final Path JAR = Paths.get(System.getProperty("workbridge.jar", "target/workbridge.jar"));

  @Test
  void holdsTheThreeClientsAndTheRuntime_andNoTestLibrary() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> names = jar.stream().map(JarEntry::getName).toList();
      for (String needed :
          List.of(
              "io/workbridge/servicetitan/ServiceTitanClient.class",
              "io/workbridge/servicechannel/ServiceChannelClient.class",
              "io/workbridge/leads/LeadsClient.class",
              "io/workbridge/runtime/WorkBridge.class",
              "io/workbridge/cli/WorkBridgeCli.class",
              "org/postgresql/Driver.class",
              "org/h2/Driver.class")) {
        assertThat(names).as("the runnable jar").contains(needed);
      }
      for (String testOnly : List.of("org/junit/", "org/assertj/", "mockwebserver3/", "io/workbridge/testkit/")) {
        assertThat(names).as("the runnable jar").noneMatch(name -> name.startsWith(testOnly));
      }
    }
  }

  @Test
  void checksTheSampleConfiguration(@TempDir Path dir) throws Exception {
    Path sample = dir.resolve("workbridge.yaml");
    try (JarFile jar = new JarFile(JAR.toFile());
        InputStream in = jar.getInputStream(jar.getEntry("workbridge.sample.yaml"))) {
      Files.copy(in, sample);
    }
    Path output = dir.resolve("output.txt");
    ProcessBuilder command =
        new ProcessBuilder(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "config",
                "check",
                "--config",
                sample.toString())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    command
        .environment()
        .putAll(
            Map.of(
                "ST_APP_KEY", "app-key",
                "ST_CLIENT_SECRET", "st-secret",
                "SC_CLIENT_SECRET", "sc-secret",
                "SC_PASSWORD", "sc-password",
                "IVR_PIN_NORTHWIND", "4321",
                "LEADS_CLIENT_SECRET", "leads-secret"));
    Process process = command.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("config check finished").isTrue();

    String printed = Files.readString(output, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(printed).isZero();
    assertThat(printed).doesNotContain("Exception").doesNotContain("sc-secret");
  }
}
