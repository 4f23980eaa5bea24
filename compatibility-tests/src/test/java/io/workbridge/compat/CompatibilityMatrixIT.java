package io.workbridge.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.testkit.SimulatorServer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compatibility matrix: each consumer project under {@code src/it} (an application on OkHttp 4.12, one on
 * OkHttp 5, one on Log4j 2, one on Spring Boot 3) imports the BOM, adds a client and, in its own tests, calls
 * the ServiceChannel simulator this test runs. The four builds run at once, each in its own Maven process
 * (about 20 s in all on two cores); a failed one's whole output is the assertion's message.
 */
class CompatibilityMatrixIT {
  private static final List<String> CONSUMERS = List.of("springboot-app", "okhttp4-app", "log4j2-app", "okhttp5-app");

  private static final Map<String, CompletableFuture<ConsumerBuild.Result>> builds = new LinkedHashMap<>();
  private static SimulatorServer server;
  private static ExecutorService executor;

  @BeforeAll
  static void startSimulatorAndBuilds() {
    MatrixSettings settings = MatrixSettings.fromSystemProperties();
    settings.writeSettingsFile();
    server = SimulatorServer.start(settings.workDirectory().resolve("simulators.properties"));
    executor = Executors.newFixedThreadPool(CONSUMERS.size());
    for (String name : CONSUMERS) {
      // A login per consumer: ServiceChannel takes one token call per 5 s from each user.
      Path simulators = settings.workDirectory().resolve(name + ".properties");
      server.writeProperties(simulators, "compat." + name);
      ConsumerBuild build = new ConsumerBuild(settings, name);
      builds.put(name, CompletableFuture.supplyAsync(() -> build.run(simulators), executor));
    }
  }

  @AfterAll
  static void stopBuildsAndSimulator() {
    try {
      if (executor != null) {
        executor.shutdownNow();
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  static List<String> consumers() {
    return CONSUMERS;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("consumers")
  void consumerBuildPasses(String name) {
    ConsumerBuild.Result result = builds.get(name).join();
    assertThat(result.passed())
        .withFailMessage(
            "consumer build %s failed (exit %d); its output:%n%s", name, result.exitCode(), result.log())
        .isTrue();
  }
}
