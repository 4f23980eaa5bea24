package io.workbridge.cli.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.client.Secret;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.leads.LeadsVendorSimulator;
import io.workbridge.testkit.leads.WebhookDelivery;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The webhook endpoints over real HTTP: verified deliveries trigger their stream, everything else is refused
 * with the right status and triggers nothing. A trigger runs while the delivery is handled, so the counts
 * are final once the answer arrived.
 */
class WebhookServerTest {
  private static final String SC_PATH = "/webhooks/servicechannel";
  private static final String LEADS_PATH = "/webhooks/leads";
  private static final String SC_KEY = "sc-signing-key-7f1";
  private static final String WORK_ORDER_EVENT =
      "{\"EventType\":\"WorkOrderCreated\",\"Action\":\"NEW\",\"Type\":\"WoRootNotification\",\"Version\":1,"
          + "\"Object\":{\"Id\":84000123,\"SubscriberId\":2014917243}}";

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-06-01T14:00:00Z"));
  private final AtomicInteger serviceChannelTriggers = new AtomicInteger();
  private final AtomicInteger leadsTriggers = new AtomicInteger();
  private final HttpClient http = HttpClient.newHttpClient();
  private LeadsVendorSimulator vendor;
  private WebhookServer server;

  @BeforeEach
  void start() {
    vendor = new LeadsVendorSimulator(clock).start();
    server =
        WebhookServer.start(
            WebhookSettings.builder()
                .port(0)
                .maxBodyBytes(4096)
                .serviceChannel(SC_PATH, Secret.of(SC_KEY))
                .leads(LEADS_PATH, Secret.of(LeadsVendorSimulator.WEBHOOK_SECRET))
                .build(),
            clock,
            serviceChannelTriggers::incrementAndGet,
            leadsTriggers::incrementAndGet);
  }

  @AfterEach
  void stop() {
    server.close();
    vendor.close();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.address().getPort() + path;
  }

  private HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void assertTriggers(int serviceChannel, int leads) {
    assertThat(serviceChannelTriggers.get()).as("ServiceChannel triggers").isEqualTo(serviceChannel);
    assertThat(leadsTriggers.get()).as("leads triggers").isEqualTo(leads);
  }

  @Test
  void serviceChannel_signedDelivery_triggersTheWorkOrderStream() throws Exception {
    HttpResponse<String> answer =
        post(SC_PATH, WORK_ORDER_EVENT, Map.of("Sign-Type", "HMACSHA256", "Sign-Data", ServiceChannelSimulator.sign(WORK_ORDER_EVENT, SC_KEY)));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertTriggers(1, 0);
  }

  @Test
  void serviceChannel_forgedOrUnsignedDelivery_is401AndTriggersNothing() throws Exception {
    String forged = ServiceChannelSimulator.sign(WORK_ORDER_EVENT, "someone-elses-key");
    String signedOther = ServiceChannelSimulator.sign(WORK_ORDER_EVENT.replace("84000123", "84000124"), SC_KEY);

    assertThat(post(SC_PATH, WORK_ORDER_EVENT, Map.of("Sign-Data", forged)).statusCode()).isEqualTo(401);
    assertThat(post(SC_PATH, WORK_ORDER_EVENT, Map.of("Sign-Data", signedOther)).statusCode()).isEqualTo(401);
    assertThat(post(SC_PATH, WORK_ORDER_EVENT, Map.of()).statusCode()).isEqualTo(401);
    assertThat(post(SC_PATH, WORK_ORDER_EVENT, Map.of("Sign-Data", "not base64 !")).statusCode()).isEqualTo(401);
    assertTriggers(0, 0);
  }

  @Test
  void serviceChannel_testDelivery_isAcknowledgedWithoutASync() throws Exception {
    String ping = "{\"EventType\":\"WorkOrderCreated\",\"Object\":{\"Id\":1,\"Source\":\"WebhookTest\"}}";

    HttpResponse<String> answer = post(SC_PATH, ping, Map.of("Sign-Data", ServiceChannelSimulator.sign(ping, SC_KEY)));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertTriggers(0, 0);
  }

  @Test
  void wrongMethod_is405WithAllow_unknownPath404_oversizeBody413_noneTriggers() throws Exception {
    HttpResponse<String> get =
        http.send(HttpRequest.newBuilder(URI.create(url(SC_PATH))).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow")).contains("POST");

    String signed = ServiceChannelSimulator.sign(WORK_ORDER_EVENT, SC_KEY);
    assertThat(post(SC_PATH + "/extra", WORK_ORDER_EVENT, Map.of("Sign-Data", signed)).statusCode()).isEqualTo(404);
    assertThat(post("/elsewhere", WORK_ORDER_EVENT, Map.of("Sign-Data", signed)).statusCode()).isEqualTo(404);

    String huge = WORK_ORDER_EVENT.replace("\"Version\":1", "\"Version\":1,\"Padding\":\"" + "x".repeat(5000) + "\"");
    assertThat(post(SC_PATH, huge, Map.of("Sign-Data", ServiceChannelSimulator.sign(huge, SC_KEY))).statusCode())
        .isEqualTo(413);
    assertTriggers(0, 0);
  }

  @Test
  void oversizeBody_withoutContentLength_is413() throws Exception {
    byte[] huge = ("{\"Padding\":\"" + "x".repeat(5000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    HttpRequest chunked =
        HttpRequest.newBuilder(URI.create(url(LEADS_PATH)))
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))
            .build();

    assertThat(http.send(chunked, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);
    assertTriggers(0, 0);
  }

  @Test
  void leads_signedDelivery_triggersTheLeadsStream_itsReplayIsRefused() throws Exception {
    String alertId = vendor.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, "Water Detected", "Critical");

    WebhookDelivery delivery = vendor.push(url(LEADS_PATH), alertId, "alert.created");

    assertThat(delivery.status()).isEqualTo(200);
    assertTriggers(0, 1);
    HttpResponse<String> replay =
        post(
            LEADS_PATH,
            delivery.body(),
            Map.of(
                "X-Alert-Event", delivery.event(),
                "X-Alert-Timestamp", Long.toString(delivery.timestamp()),
                "X-Alert-Signature", delivery.signature()));
    assertThat(replay.statusCode()).isEqualTo(401);
    assertTriggers(0, 1);
  }

  @Test
  void leads_forgedStaleOrMalformedDelivery_isRefusedAndTriggersNothing() throws Exception {
    String alertId = vendor.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, "Water Detected", "Critical");
    try (LeadsVendorSimulator impostor = new LeadsVendorSimulator(clock, 42L, "not-the-shared-secret").start()) {
      String impostorAlert = impostor.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, "Water Detected", "Critical");
      assertThat(impostor.push(url(LEADS_PATH), impostorAlert, "alert.created").status()).isEqualTo(401);
    }

    WebhookDelivery genuine = vendor.push(url("/not-registered"), alertId, "alert.created");
    assertThat(genuine.status()).isEqualTo(404);
    clock.advance(Duration.ofMinutes(6));
    HttpResponse<String> stale =
        post(
            LEADS_PATH,
            genuine.body(),
            Map.of(
                "X-Alert-Event", genuine.event(),
                "X-Alert-Timestamp", Long.toString(genuine.timestamp()),
                "X-Alert-Signature", genuine.signature()));
    assertThat(stale.statusCode()).isEqualTo(401);

    String notAnAlert = "{\"hello\":\"world\"}";
    long now = clock.instant().getEpochSecond();
    HttpResponse<String> malformed =
        post(
            LEADS_PATH,
            notAnAlert,
            Map.of(
                "X-Alert-Event", "alert.created",
                "X-Alert-Timestamp", Long.toString(now),
                "X-Alert-Signature", LeadsVendorSimulator.signature(LeadsVendorSimulator.WEBHOOK_SECRET, now, notAnAlert)));
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertTriggers(0, 0);
  }

  @Test
  void close_releasesThePort() throws Exception {
    int port = server.address().getPort();
    server.close();

    try (java.net.ServerSocket again = new java.net.ServerSocket(port)) {
      assertThat(again.getLocalPort()).isEqualTo(port);
    } catch (IOException stillBound) {
      throw new AssertionError("port " + port + " still bound after close()", stillBound);
    }
    server = WebhookServer.start(WebhookSettings.builder().serviceChannel(SC_PATH, Secret.of(SC_KEY)).build(), clock, () -> {}, () -> {});
  }
}
