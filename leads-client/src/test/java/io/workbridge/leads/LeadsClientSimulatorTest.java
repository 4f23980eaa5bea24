package io.workbridge.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.workbridge.client.NotFoundException;
import io.workbridge.client.Secret;
import io.workbridge.client.ServerException;
import io.workbridge.leads.model.Alert;
import io.workbridge.leads.model.AlertOutcome;
import io.workbridge.leads.model.AlertStatus;
import io.workbridge.leads.model.AlertType;
import io.workbridge.leads.model.Profile;
import io.workbridge.leads.resource.AlertFeedEntry;
import io.workbridge.leads.resource.AlertFeedPage;
import io.workbridge.leads.resource.AlertFeedPosition;
import io.workbridge.leads.webhook.AlertWebhookEvent;
import io.workbridge.leads.webhook.AlertWebhookVerifier;
import io.workbridge.leads.webhook.WebhookVerificationException;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.fault.Fault;
import io.workbridge.testkit.junit.SimulatorAccess;
import io.workbridge.testkit.junit.Simulators;
import io.workbridge.testkit.leads.LeadsVendorSimulator;
import io.workbridge.testkit.leads.WebhookDelivery;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client against the stateful vendor simulator: the contract end to end. */
class LeadsClientSimulatorTest {
  @RegisterExtension
  final Simulators simulators = Simulators.startingAt("2026-11-20T16:00:00Z").withLeadsVendor();

  private MutableClock clock;
  private LeadsVendorSimulator vendor;
  private LeadsClient leads;

  @BeforeEach
  void start(LeadsVendorSimulator vendor, MutableClock clock) {
    this.vendor = vendor;
    this.clock = clock;
    leads = client(4);
  }

  @AfterEach
  void stop() {
    leads.close();
  }

  private LeadsClient client(int pageSize) {
    return Clients.leads(SimulatorAccess.of(vendor), clock).alertPageSize(pageSize).build();
  }

  /** Drains the feed from a position; returns every entry and the final position. */
  private List<AlertFeedEntry> drain(String accountId, AlertFeedPosition[] position) {
    List<AlertFeedEntry> entries = new ArrayList<>();
    AlertFeedPage page;
    do {
      page = leads.alerts().poll(accountId, position[0]);
      entries.addAll(page.entries());
      position[0] = AlertFeedPosition.fromToken(page.position().token());
    } while (page.hasMore());
    return entries;
  }

  @Test
  void ld07_accountsAndProfiles_withAndWithout() {
    assertThat(leads.accounts().list())
        .extracting(a -> a.id())
        .containsExactly(
            LeadsVendorSimulator.ACCOUNT_WITH_PROFILES,
            LeadsVendorSimulator.ACCOUNT_WITHOUT_PROFILES,
            LeadsVendorSimulator.ACCOUNT_WITH_ONE_PROFILE);
    assertThat(leads.accounts().profiles(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES))
        .extracting(Profile::name)
        .containsExactly("Residential", "Light Commercial");
    assertThat(leads.accounts().profiles(LeadsVendorSimulator.ACCOUNT_WITHOUT_PROFILES)).isEmpty();
    assertThatThrownBy(() -> leads.accounts().profiles(LeadsVendorSimulator.FOREIGN_ACCOUNT))
        .isInstanceOf(NotFoundException.class);
    assertThat(vendor.oauth().tokenRequestCount()).isEqualTo(1);
  }

  @Test
  void feed_overTimeWithEvolution_deliversEveryVersionOnceAndResumesFromSavedToken() {
    String account = LeadsVendorSimulator.ACCOUNT_WITH_PROFILES;
    AlertFeedPosition[] position = {AlertFeedPosition.beginning()};
    List<AlertFeedEntry> first = drain(account, position);
    assertThat(first).extracting(e -> e.alertId().orElseThrow())
        .containsExactlyInAnyOrderElementsOf(vendor.alertIds(account));
    assertThat(vendor.journal().count("GET", "/v1/accounts/.*/alerts")).isGreaterThan(1);

    // caught up: polling again yields nothing new (the boundary version is de-duplicated)
    assertThat(drain(account, position)).isEmpty();

    // the world moves on; a restarted consumer continues from the saved token
    String saved = position[0].token();
    vendor.advance(Duration.ofHours(24));
    String raised = vendor.raiseAlert(account, AlertType.SERVICE_REQUEST_EMERGENCY, "Critical");
    leads.close();
    leads = client(4);
    AlertFeedPosition[] resumed = {AlertFeedPosition.fromToken(saved)};
    List<AlertFeedEntry> later = drain(account, resumed);

    Map<String, String> expected = new LinkedHashMap<>();
    for (String id : vendor.alertIds(account)) {
      Map<String, Object> alert = vendor.alert(id).orElseThrow();
      Instant updatedAt = java.time.OffsetDateTime.parse((String) alert.get("updatedAt")).toInstant();
      if (updatedAt.isAfter(position[0].watermark().orElseThrow())) {
        expected.put(id, (String) alert.get("status"));
      }
    }
    assertThat(later).extracting(e -> e.alertId().orElseThrow())
        .containsExactlyInAnyOrderElementsOf(expected.keySet())
        .contains(raised);
    Set<String> versions = new HashSet<>();
    for (AlertFeedEntry entry : later) {
      Alert alert = ((AlertFeedEntry.Parsed) entry).alert();
      assertThat(versions.add(alert.id() + "@" + alert.updatedAt())).isTrue();
      assertThat(alert.status()).isEqualTo(expected.get(alert.id()));
    }
  }

  @Test
  void updatedSince_iterable_walksPagesIncludingAnEmptyOne() {
    String account = LeadsVendorSimulator.ACCOUNT_WITH_ONE_PROFILE;
    vendor.insertEmptyPages(1);
    List<String> ids = leads.alerts().updatedSince(account, Instant.EPOCH).stream().map(Alert::id).toList();
    assertThat(ids).containsExactlyInAnyOrderElementsOf(vendor.alertIds(account)).doesNotHaveDuplicates();
  }

  @Test
  void sdk05_corruptedAlert_isReportedWhileTheRestOfThePageGoesOn() {
    String account = LeadsVendorSimulator.ACCOUNT_WITHOUT_PROFILES;
    String broken = vendor.alertIds(account).get(0);
    vendor.corruptAlert(broken, "member.address.city");
    AlertFeedPosition[] position = {AlertFeedPosition.beginning()};
    List<AlertFeedEntry> entries = drain(account, position);
    assertThat(entries).hasSize(vendor.alertIds(account).size());
    assertThat(entries)
        .filteredOn(AlertFeedEntry.Malformed.class::isInstance)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.alertId()).contains(broken);
              assertThat(((AlertFeedEntry.Malformed) e).reason()).isEqualTo("$.member.address.city: missing");
            });
    // The vendor answered off the contract (the city is required) for the corrupted alert; that is the point.
    vendor.api().clearProblems();
  }

  @Test
  void outcome_lifecycle_idempotentRepeatAndIllegalTransition() {
    String id = vendor.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, AlertType.WATER_DETECTED, "Critical");
    AlertOutcome booked = AlertOutcome.scheduled(AlertOutcome.bookingReference(4711));
    leads.alerts().recordOutcome(id, booked);
    leads.alerts().recordOutcome(id, booked);
    assertThat(leads.alerts().get(id).status()).isEqualTo(AlertStatus.SCHEDULED);
    leads.alerts().recordOutcome(id, AlertOutcome.resolved("st-booking:4711"));

    assertThatThrownBy(() -> leads.alerts().recordOutcome(id, AlertOutcome.dismissed("too late")))
        .isInstanceOfSatisfying(
            IllegalAlertTransitionException.class,
            e -> assertThat(e.errorCode()).contains("illegal_transition"));
    assertThat(vendor.outcomes(id))
        .extracting(o -> o.get("status"), o -> o.get("externalRef"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SCHEDULED", "st-booking:4711"),
            org.assertj.core.groups.Tuple.tuple("RESOLVED", "st-booking:4711"));
    assertThat(vendor.api().contractViolations()).isEmpty();
  }

  @Test
  void outcome_lostAnswer_isRetriedAndTheRepeatIsHarmless() {
    String id = vendor.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, AlertType.POOR_COOLING_PERFORMANCE, "Urgent");
    vendor.faults().on("POST", "/v1/alerts/.*/outcome").times(1).then(Fault.disconnectAfterProcessing());
    leads.alerts().recordOutcome(id, AlertOutcome.scheduled("st-booking:1"));
    assertThat(vendor.status(id)).isEqualTo("SCHEDULED");
    assertThat(vendor.journal().count("POST", "/v1/alerts/.*/outcome")).isEqualTo(2);
    assertThat(vendor.outcomes(id)).hasSize(1);
  }

  @Test
  void serverErrors_fromFaultSchedule_retriedThenServerException() {
    vendor.faults().on("GET", "/v1/accounts").times(3).then(Fault.status(503));
    assertThatThrownBy(() -> leads.accounts().list()).isInstanceOf(ServerException.class);
    assertThat(vendor.journal().count("GET", "/v1/accounts")).isEqualTo(3);
  }

  @Test
  void rateLimit_vendor429_clientWaitsRetryAfter() {
    LeadsClient greedy =
        Clients.leads(SimulatorAccess.of(vendor), clock)
            .rateLimiter(io.workbridge.client.RateLimiter.unlimited())
            .build();
    try (greedy) {
      for (int i = 0; i < 25; i++) {
        greedy.accounts().list();
      }
    }
    assertThat(vendor.api().rateLimits().get(0).rejectedCount()).isPositive();
    assertThat(clock.sleeps()).contains(Duration.ofSeconds(1));
  }

  @Test
  void rateLimit_defaultClientLimit_paces45CallsAndAllSucceed() {
    for (int i = 0; i < 45; i++) {
      assertThat(leads.accounts().list()).hasSize(3);
    }
    assertThat(vendor.journal().count("GET", "/v1/accounts")).isGreaterThanOrEqualTo(45);
    assertThat(clock.sleeps()).isNotEmpty();
    assertThat(Duration.between(Instant.parse("2026-11-20T16:00:00Z"), clock.instant()))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  private static int resend(String url, WebhookDelivery delivery) throws Exception {
    return java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("X-Alert-Event", delivery.event())
                .header("X-Alert-Timestamp", Long.toString(delivery.timestamp()))
                .header("X-Alert-Signature", delivery.signature())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(delivery.body()))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void webhooks_pushedToJdkHttpServer_verifiedAndReplayRefused() throws Exception {
    AlertWebhookVerifier verifier =
        AlertWebhookVerifier.builder().secret(Secret.of(vendor.webhookSecret())).clock(clock).build();
    List<AlertWebhookEvent> stored = new CopyOnWriteArrayList<>();
    List<WebhookVerificationException.Reason> refusals = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hooks/alerts",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          int status;
          try {
            stored.add(verifier.verify(exchange.getRequestHeaders(), body));
            status = 204;
          } catch (WebhookVerificationException refused) {
            refusals.add(refused.reason());
            status = refused.reason().isAuthenticationFailure() ? 401 : 400;
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/alerts";
      vendor.webhookEndpoint(url);
      String id = vendor.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, AlertType.WATER_DETECTED, "Critical");
      vendor.dealerSetsStatus(id, AlertStatus.SNOOZED);

      List<WebhookDelivery> deliveries = vendor.deliverWebhooks();
      assertThat(deliveries).extracting(WebhookDelivery::status).containsExactly(204, 204);
      assertThat(stored).extracting(AlertWebhookEvent::event).containsExactly("alert.created", "alert.updated");
      assertThat(stored.get(1).alert().status()).isEqualTo(AlertStatus.SNOOZED);
      assertThat(stored.get(0).alert().id()).isEqualTo(id);

      // a replayed delivery (same timestamp and signature) is refused
      WebhookDelivery original = deliveries.get(0);
      assertThat(resend(url, original)).isEqualTo(401);

      // a vendor signing with a secret we do not share is refused
      try (LeadsVendorSimulator other =
          new LeadsVendorSimulator(clock, 7L, "rotated-secret-nobody-told-us")) {
        String otherId =
            other.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, AlertType.COIL_FREEZE_WARNING, "Urgent");
        assertThat(other.push(url, otherId, AlertWebhookEvent.ALERT_CREATED).status()).isEqualTo(401);
      }

      // six minutes later the captured delivery is stale; a fresh change is still accepted
      clock.advance(Duration.ofMinutes(6));
      assertThat(resend(url, original)).isEqualTo(401);
      vendor.dealerSetsStatus(id, AlertStatus.PENDING);
      assertThat(vendor.deliverWebhooks()).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(204));
      assertThat(refusals)
          .containsExactly(
              WebhookVerificationException.Reason.REPLAYED,
              WebhookVerificationException.Reason.SIGNATURE_MISMATCH,
              WebhookVerificationException.Reason.TIMESTAMP_EXPIRED);
      assertThat(stored).hasSize(3);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aWithOptionsView_sendsItsHeaderWithEveryCall_theClientDoesNot() {
    LeadsClient traced = leads.withOptions(io.workbridge.client.RequestOptions.builder().putHeader("X-Correlation-Id", "c-17").build());

    traced.accounts().list();
    leads.accounts().list();

    List<io.workbridge.testkit.journal.JournalEntry> calls = vendor.journal().findByPath(".*/accounts.*");
    assertThat(calls).hasSizeGreaterThanOrEqualTo(2);
    assertThat(calls.get(0).header("X-Correlation-Id")).contains("c-17");
    assertThat(calls.get(calls.size() - 1).header("X-Correlation-Id")).isEmpty();
  }
}
