package io.workbridge.runtime;

import static org.assertj.core.api.Assertions.assertThat;

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
    try (SimulatedSystems systems = new SimulatedSystems();
        WorkBridge bridge =
            WorkBridgeFactory.create(
                systems.config(
                    data,
                    Map.of("SC_WEBHOOK_KEY", SC_SIGNING_KEY, "LEADS_WEBHOOK_SECRET", LeadsVendorSimulator.WEBHOOK_SECRET),
                    "schedule.workOrders=1h",
                    "schedule.serviceTitanChanges=1h",
                    "schedule.leads=1h",
                    "webhooks.enabled=true",
                    "webhooks.port=0",
                    "webhooks.serviceChannelSecret=${SC_WEBHOOK_KEY}",
                    "webhooks.leadsSecret=${LEADS_WEBHOOK_SECRET}"),
                Clock.systemUTC())) {
      bridge.start();
      // The first cycle of each stream runs at start; after it, only a webhook can bring a sync within the hour.
      awaitTrue("first cycles", () -> bridge.status().values().stream().allMatch(s -> s.lastReport().isPresent()));
      String base = "http://127.0.0.1:" + bridge.webhookAddress().orElseThrow().getPort();
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
  void webhooksOff_byDefault_noServerRuns() throws Exception {
    try (SimulatedSystems systems = new SimulatedSystems();
        WorkBridge bridge = WorkBridgeFactory.create(systems.config(data, Map.of(), "schedule.workOrders=1h"), Clock.systemUTC())) {
      bridge.start();
      assertThat(bridge.webhookAddress()).isEmpty();
      assertThat(bridge.stop(Duration.ofSeconds(30))).isTrue();
    }
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
