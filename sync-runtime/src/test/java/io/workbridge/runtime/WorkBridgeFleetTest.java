package io.workbridge.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link WorkBridgeFleet}: one bridge per configuration file, files added, changed and removed while it runs. */
class WorkBridgeFleetTest {
  @TempDir Path connections;
  @TempDir Path data;

  private final SimulatedSystems systems = new SimulatedSystems();

  @AfterEach
  void stop() throws Exception {
    systems.close();
  }

  /**
   * Writes a connection's file: the simulated accounts with a ServiceChannel API user of the connection's own (as
   * each contractor has; ServiceChannel refuses a user's second sign-in within five seconds), an in-memory store
   * and hour-long intervals.
   */
  private void write(String file, String connectionId, String... extraLines) throws Exception {
    String username = connectionId + ".api";
    systems.serviceChannel.addApiUser(username);
    String[] lines = new String[extraLines.length + 6];
    lines[0] = "connectionId=" + connectionId;
    lines[1] = "store.provider=memory";
    lines[2] = "schedule.workOrders=1h";
    lines[3] = "schedule.serviceTitanChanges=1h";
    lines[4] = "schedule.leads=1h";
    lines[5] = "serviceChannel.username=" + username;
    System.arraycopy(extraLines, 0, lines, 6, extraLines.length);
    Files.writeString(connections.resolve(file), systems.configText(data.resolve(connectionId), lines));
  }

  private WorkBridgeFleet fleet() {
    return WorkBridgeFleet.builder(connections)
        .environment(systems.environment())
        .rescanEvery(Duration.ofHours(1))
        .grace(Duration.ofSeconds(5))
        .build();
  }

  @Test
  void runOnce_runsEveryConnectionOfTheDirectory() throws Exception {
    long workOrder = systems.workOrder();
    write("acme.yaml", "acme");
    write("bravo.yml", "bravo");
    Files.writeString(connections.resolve("README.txt"), "not a connection");

    try (WorkBridgeFleet fleet = fleet()) {
      var reports = fleet.runOnce();

      assertThat(reports).containsOnlyKeys("acme", "bravo");
      assertThat(reports.get("acme").get(WorkBridge.WORK_ORDERS).totalPerformed()).isPositive();
      // The same simulated accounts behind both: bravo finds the booking acme made, and completes its cycle.
      assertThat(reports.get("bravo").values()).allMatch(report -> report.completed());
    }
    assertThat(systems.booking(Long.toString(workOrder))).isPresent();
  }

  @Test
  void filesAddedChangedBrokenAndRemoved_whileItRuns_startRestartRefuseAndStopTheirConnectionsOnly() throws Exception {
    write("acme.yaml", "acme");
    try (WorkBridgeFleet fleet = fleet()) {
      assertThat(fleet.start().started()).containsExactly("acme.yaml");
      WorkBridge acme = fleet.bridge("acme").orElseThrow();
      awaitTrue(() -> fleet.status().get("acme").get(WorkBridge.WORK_ORDERS).lastReport().isPresent());

      write("bravo.yaml", "bravo");
      WorkBridgeFleet.Changes added = fleet.reload();
      assertThat(added.started()).containsExactly("bravo.yaml");
      assertThat(fleet.status()).containsOnlyKeys("acme", "bravo");
      assertThat(fleet.bridge("acme")).containsSame(acme);

      write("bravo.yaml", "bravo", "schedule.workOrders=2h");
      assertThat(fleet.reload().restarted()).containsExactly("bravo.yaml");
      assertThat(fleet.status().get("bravo").get(WorkBridge.WORK_ORDERS).every()).isEqualTo(Duration.ofHours(2));

      Files.writeString(connections.resolve("bravo.yaml"), "connectionId: bravo\nstore: [not, a, section]\n");
      WorkBridgeFleet.Changes broken = fleet.reload();
      assertThat(broken.refused()).containsOnlyKeys("bravo.yaml");
      assertThat(fleet.status()).as("a broken change keeps the connection as it was").containsOnlyKeys("acme", "bravo");
      assertThat(fleet.reload().isEmpty()).as("an unchanged broken file is not reported again").isTrue();
      assertThat(fleet.refused()).containsOnlyKeys("bravo.yaml");

      write("copy.yaml", "acme");
      assertThat(fleet.reload().refused().get("copy.yaml"))
          .singleElement()
          .satisfies(problem -> assertThat(problem).contains("acme").contains("acme.yaml"));

      Files.delete(connections.resolve("bravo.yaml"));
      Files.delete(connections.resolve("copy.yaml"));
      WorkBridgeFleet.Changes removed = fleet.reload();
      assertThat(removed.stopped()).containsExactly("bravo.yaml");
      assertThat(fleet.status()).containsOnlyKeys("acme");
      assertThat(fleet.refused()).isEmpty();
      assertThat(fleet.bridge("acme")).containsSame(acme);

      fleet.trigger("acme", WorkBridge.WORK_ORDERS);
      awaitTrue(() -> fleet.status().get("acme").get(WorkBridge.WORK_ORDERS).runs() >= 2);
      assertThatThrownBy(() -> fleet.trigger("bravo", WorkBridge.WORK_ORDERS))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("bravo");
    }
  }

  @Test
  void missingDirectory_isRefusedNamingIt() {
    Path missing = connections.resolve("nowhere");
    assertThatThrownBy(() -> WorkBridgeFleet.builder(missing).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(missing.toString());
  }

  private static void awaitTrue(Supplier<Boolean> condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up waiting");
      }
      Thread.sleep(20);
    }
  }
}
