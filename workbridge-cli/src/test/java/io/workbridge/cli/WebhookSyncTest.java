package io.workbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.cli.webhook.BridgeWebhooks;
import io.workbridge.cli.webhook.WebhookServer;
import io.workbridge.cli.webhook.WebhookSettings;
import io.workbridge.client.Secret;
import io.workbridge.runtime.SimulatedSystems;
import io.workbridge.runtime.WorkBridge;
import io.workbridge.runtime.WorkBridgeFactory;
import io.workbridge.runtime.config.WorkBridgeConfig;
import io.workbridge.testkit.DottedYaml;
import io.workbridge.testkit.leads.LeadsVendorSimulator;
import io.workbridge.testkit.leads.WebhookDelivery;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhooks end to end: a bridge built from configuration with webhooks on and hour-long poll intervals
 * syncs a new work order and a new alert as soon as the simulators deliver their webhooks, and refuses
 * forged deliveries.
 */
class WebhookSyncTest {
  private static final String SC_SIGNING_KEY = "sc-signing-key-for-the-test";

  @TempDir Path data;

  @Test
  void verifiedDeliveries_syncTheNewWorkOrderAndAlertWithoutWaitingForThePoll_forgedOnesAreRefused() throws Exception {
    try (SimulatedSystems systems = new SimulatedSystems()) {
      WorkBridgeConfig config =
          systems.config(
              data,
              Map.of("SC_WEBHOOK_KEY", SC_SIGNING_KEY, "LEADS_WEBHOOK_SECRET", LeadsVendorSimulator.WEBHOOK_SECRET),
              "schedule.workOrders=1h",
              "schedule.serviceTitanChanges=1h",
              "schedule.leads=1h",
              "webhooks.enabled=true",
              "webhooks.port=0",
              "webhooks.serviceChannelSecret=${SC_WEBHOOK_KEY}",
              "webhooks.leadsSecret=${LEADS_WEBHOOK_SECRET}");
      try (WorkBridge bridge = WorkBridgeFactory.create(config, Clock.systemUTC())) {
        bridge.start();
        try (WebhookServer server =
            BridgeWebhooks.start(bridge, BridgeWebhooks.settings(config.webhooks()).orElseThrow(), Clock.systemUTC())) {
          deliveriesSyncAtOnce(systems, bridge, "http://127.0.0.1:" + server.address().getPort());
        }
      }
    }
  }

  private static void deliveriesSyncAtOnce(SimulatedSystems systems, WorkBridge bridge, String base) throws Exception {
    {
      // The first cycle of each stream runs at start; after it, only a webhook can bring a sync within the hour.
      awaitTrue("first cycles", () -> bridge.status().values().stream().allMatch(s -> s.lastReport().isPresent()));
      systems.serviceChannel.webhooks(base + "/webhooks/servicechannel", SC_SIGNING_KEY);
      systems.vendor.webhookEndpoint(base + "/webhooks/leads");

      long workOrder = systems.workOrder();
      String alert = systems.vendor.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, "Water Detected", "Critical");
      assertThat(systems.vendor.deliverWebhooks()).extracting(WebhookDelivery::status).containsOnly(200);

      awaitTrue("booking for work order " + workOrder, () -> systems.booking(Long.toString(workOrder)).isPresent());
      awaitTrue("booking for alert " + alert, () -> systems.booking(alert).isPresent());
      assertThat(systems.serviceChannel.webhookDeliveries()).isNotEmpty().allMatch(d -> d.succeeded());
      assertThat(bridge.status().get(WorkBridge.WORK_ORDERS).runs()).isGreaterThanOrEqualTo(2);
      assertThat(bridge.status().get(WorkBridge.LEADS).runs()).isGreaterThanOrEqualTo(2);

      String body = "{\"EventType\":\"WorkOrderCreated\",\"Object\":{\"Id\":" + workOrder + "}}";
      HttpResponse<String> forged =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/webhooks/servicechannel"))
                      .header("Sign-Data", ServiceChannelSimulator.sign(body, "a-guessed-key"))
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(forged.statusCode()).isEqualTo(401);
    }
  }

  @Test
  void webhooksOff_byDefault_noEndpoints() throws Exception {
    try (SimulatedSystems systems = new SimulatedSystems()) {
      assertThat(BridgeWebhooks.settings(systems.config(data, Map.of(), "schedule.workOrders=1h").webhooks())).isEmpty();
    }
  }

  @Test
  void leadsEndpoint_forABridgeWithoutLeads_isRefusedNamingTheSetting() throws Exception {
    try (SimulatedSystems systems = new SimulatedSystems();
        WorkBridge bridge =
            WorkBridgeFactory.create(withoutLeads(systems), Clock.systemUTC())) {
      WebhookSettings leadsOnly = WebhookSettings.builder().port(0).leads("/webhooks/leads", Secret.of("s")).build();

      assertThat(bridge.streams()).contains(WorkBridge.WORK_ORDERS).doesNotContain(WorkBridge.LEADS);
      assertThatThrownBy(() -> BridgeWebhooks.start(bridge, leadsOnly, Clock.systemUTC()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("webhooks.leadsSecret");
    }
  }

  /** The simulated systems' configuration without its leads section. */
  private WorkBridgeConfig withoutLeads(SimulatedSystems systems) {
    List<String> lines =
        systems.configLines(data, "schedule.workOrders=1h").stream().filter(line -> !line.startsWith("leads.")).toList();
    return WorkBridgeConfig.parse(DottedYaml.of(lines), systems.environment());
  }

  private static void awaitTrue(String what, Supplier<Boolean> condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up waiting for " + what);
      }
      Thread.sleep(20);
    }
  }
}
