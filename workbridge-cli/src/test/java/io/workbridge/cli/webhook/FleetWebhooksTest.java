package io.workbridge.cli.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.runtime.SimulatedSystems;
import io.workbridge.runtime.WorkBridgeFleet;
import io.workbridge.testkit.DottedYaml;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FleetWebhooks}: each connection of a fleet that enables webhooks serves them on its own port while it runs. */
class FleetWebhooksTest {
  @TempDir Path connections;
  @TempDir Path data;

  /** A connection's file with a ServiceChannel user of its own; webhooks on an ephemeral port when asked. */
  private void write(SimulatedSystems systems, String connectionId, boolean webhooks) throws Exception {
    String username = connectionId + ".api";
    systems.serviceChannel.addApiUser(username);
    List<String> lines = new ArrayList<>(systems.configLines(data.resolve(connectionId), "store.provider=memory"));
    lines.addAll(List.of("connectionId=" + connectionId, "serviceChannel.username=" + username, "schedule.workOrders=1h"));
    if (webhooks) {
      lines.addAll(List.of("webhooks.enabled=true", "webhooks.port=0", "webhooks.serviceChannelSecret=${SC_WEBHOOK_KEY}"));
    }
    Files.writeString(connections.resolve(connectionId + ".yaml"), DottedYaml.of(lines));
  }

  @Test
  void eachConnectionWithWebhooks_servesThemOnItsOwnPort_whileItRuns() throws Exception {
    try (SimulatedSystems systems = new SimulatedSystems();
        FleetWebhooks webhooks = new FleetWebhooks(Clock.systemUTC())) {
      write(systems, "acme", true);
      write(systems, "bravo", true);
      write(systems, "quiet", false);
      Map<String, String> environment = new HashMap<>(systems.environment());
      environment.put("SC_WEBHOOK_KEY", "fleet-signing-key");
      try (WorkBridgeFleet fleet =
          WorkBridgeFleet.builder(connections)
              .environment(environment)
              .rescanEvery(Duration.ofHours(1))
              .grace(Duration.ofSeconds(5))
              .listener(webhooks)
              .build()) {
        fleet.start();

        Map<String, InetSocketAddress> addresses = webhooks.addresses();
        assertThat(addresses).containsOnlyKeys("acme", "bravo");
        assertThat(addresses.get("acme").getPort()).isNotEqualTo(addresses.get("bravo").getPort());
        assertAccepting(addresses.get("acme"));
        assertAccepting(addresses.get("bravo"));

        Files.delete(connections.resolve("bravo.yaml"));
        fleet.reload();

        assertThat(webhooks.addresses()).containsOnlyKeys("acme");
        assertThatThrownBy(() -> assertAccepting(addresses.get("bravo"))).isInstanceOf(IOException.class);
      }
      assertThat(webhooks.addresses()).as("closed with the fleet").isEmpty();
    }
  }

  private static void assertAccepting(InetSocketAddress address) throws IOException {
    try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
      assertThat(socket.isConnected()).isTrue();
    }
  }
}
