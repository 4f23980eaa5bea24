package io.workbridge.leads.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.Secret;
import io.workbridge.leads.model.AlertSeverity;
import io.workbridge.leads.model.AlertType;
import io.workbridge.leads.support.Fixtures;
import io.workbridge.leads.webhook.WebhookVerificationException.Reason;
import io.workbridge.testkit.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertWebhookVerifierTest {
  private static final Secret SECRET = Secret.of("whsec-test-1");
  private static final byte[] BODY = Fixtures.read("alerts.get", "ok").getBytes(StandardCharsets.UTF_8);

  private final MutableClock time = MutableClock.at("2026-11-20T16:00:00Z");
  private final AlertWebhookVerifier verifier =
      AlertWebhookVerifier.builder().secret(SECRET).clock(time).build();

  private long now() {
    return time.instant().getEpochSecond();
  }

  private static String sign(Secret secret, long timestamp, byte[] body) {
    return AlertWebhookVerifier.signature(secret, timestamp, body);
  }

  @Test
  void verify_validSignature_returnsEventWithParsedAlert() {
    long ts = now() - 30;
    AlertWebhookEvent event =
        verifier.verify(AlertWebhookEvent.ALERT_CREATED, Long.toString(ts), sign(SECRET, ts, BODY), BODY);

    assertThat(event.event()).isEqualTo("alert.created");
    assertThat(event.timestamp()).isEqualTo(Instant.ofEpochSecond(ts));
    assertThat(event.alert().id()).isEqualTo("al-1001");
    assertThat(event.alert().type()).isEqualTo(AlertType.WATER_DETECTED);
    assertThat(event.alert().severity()).isEqualTo(AlertSeverity.CRITICAL);
    assertThat(event.toString()).contains("al-1001").doesNotContain("v1=");
  }

  @Test
  void verify_signatureIsHexHmacSha256OverTimestampDotBody() throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec("whsec-test-1".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] expected = mac.doFinal(("1700000000." + new String(BODY, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    assertThat(sign(SECRET, 1_700_000_000L, BODY))
        .isEqualTo("v1=" + java.util.HexFormat.of().formatHex(expected));
  }

  @Test
  void verify_headersMap_matchesNamesCaseInsensitively() {
    long ts = now();
    Map<String, List<String>> headers =
        Map.of(
            "x-alert-event", List.of("alert.updated"),
            "X-ALERT-TIMESTAMP", List.of(Long.toString(ts)),
            "x-Alert-Signature", List.of(sign(SECRET, ts, BODY)));
    assertThat(verifier.verify(headers, BODY).event()).isEqualTo(AlertWebhookEvent.ALERT_UPDATED);
  }

  @Test
  void verify_wrongSecret_isRefusedAsSignatureMismatch() {
    long ts = now();
    String forged = sign(Secret.of("another-secret"), ts, BODY);
    assertThatThrownBy(() -> verifier.verify("alert.created", Long.toString(ts), forged, BODY))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
              assertThat(e.reason().isAuthenticationFailure()).isTrue();
              assertThat(e.getMessage()).doesNotContain("whsec-test-1").doesNotContain(forged);
            });
  }

  @Test
  void verify_tamperedBody_isRefused() {
    long ts = now();
    String signature = sign(SECRET, ts, BODY);
    byte[] tampered =
        new String(BODY, StandardCharsets.UTF_8).replace("Critical", "Watching").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> verifier.verify("alert.created", Long.toString(ts), signature, tampered))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH));
  }

  @Test
  void verify_tamperedTimestamp_isRefused() {
    long ts = now() - 10;
    String signature = sign(SECRET, ts, BODY);
    assertThatThrownBy(() -> verifier.verify("alert.created", Long.toString(ts + 5), signature, BODY))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH));
  }

  @Test
  void verify_timestampOlderThanFiveMinutes_isRefusedAsExpired() {
    long ts = now() - Duration.ofMinutes(5).toSeconds() - 1;
    assertThatThrownBy(() -> verifier.verify("alert.created", Long.toString(ts), sign(SECRET, ts, BODY), BODY))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP_EXPIRED));
  }

  @Test
  void verify_timestampExactlyFiveMinutesOld_isAccepted() {
    long ts = now() - Duration.ofMinutes(5).toSeconds();
    assertThat(verifier.verify("alert.created", Long.toString(ts), sign(SECRET, ts, BODY), BODY).alert().id())
        .isEqualTo("al-1001");
  }

  @Test
  void verify_timestampTooFarInTheFuture_isRefused() {
    long ts = now() + Duration.ofMinutes(6).toSeconds();
    assertThatThrownBy(() -> verifier.verify("alert.created", Long.toString(ts), sign(SECRET, ts, BODY), BODY))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP_IN_FUTURE));
  }

  @Test
  void verify_sameDeliveryTwice_secondIsRefusedAsReplay() {
    long ts = now();
    String signature = sign(SECRET, ts, BODY);
    verifier.verify("alert.created", Long.toString(ts), signature, BODY);
    time.advance(Duration.ofSeconds(20));

    assertThatThrownBy(() -> verifier.verify("alert.created", Long.toString(ts), signature, BODY))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REPLAYED));
  }

  @Test
  void verify_forgottenDelivery_isAcceptedAgain() {
    long ts = now();
    String signature = sign(SECRET, ts, BODY);
    AlertWebhookEvent first = verifier.verify("alert.created", Long.toString(ts), signature, BODY);
    verifier.forget(first);
    assertThat(verifier.verify("alert.created", Long.toString(ts), signature, BODY).alert().id())
        .isEqualTo("al-1001");
  }

  @Test
  void verify_replayMemoryIsBounded_oldestSignatureIsForgottenBeyondCapacity() {
    AlertWebhookVerifier small =
        AlertWebhookVerifier.builder().secret(SECRET).clock(time).replayCapacity(2).build();
    long ts = now();
    String first = sign(SECRET, ts, BODY);
    small.verify("alert.created", Long.toString(ts), first, BODY);
    small.verify("alert.created", Long.toString(ts - 1), sign(SECRET, ts - 1, BODY), BODY);
    small.verify("alert.created", Long.toString(ts - 2), sign(SECRET, ts - 2, BODY), BODY);
    // the first signature fell out of the bounded memory; the two latest are still refused
    assertThat(small.verify("alert.created", Long.toString(ts), first, BODY).alert().id()).isEqualTo("al-1001");
    assertThatThrownBy(
            () -> small.verify("alert.created", Long.toString(ts - 2), sign(SECRET, ts - 2, BODY), BODY))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REPLAYED));
  }

  @Test
  void verify_missingHeaders_areRefused() {
    long ts = now();
    String signature = sign(SECRET, ts, BODY);
    assertThatThrownBy(() -> verifier.verify(null, Long.toString(ts), signature, BODY))
        .hasMessageContaining("X-Alert-Event");
    assertThatThrownBy(() -> verifier.verify("alert.created", null, signature, BODY))
        .hasMessageContaining("X-Alert-Timestamp");
    assertThatThrownBy(() -> verifier.verify(Map.of("X-Alert-Event", List.of("alert.created")), BODY))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_HEADER));
  }

  @Test
  void verify_malformedSignatureOrTimestamp_isRefused() {
    long ts = now();
    assertThatThrownBy(() -> verifier.verify("alert.created", Long.toString(ts), "sha256=abc", BODY))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_SIGNATURE));
    assertThatThrownBy(() -> verifier.verify("alert.created", "yesterday", sign(SECRET, ts, BODY), BODY))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_TIMESTAMP));
  }

  @Test
  void verify_rotatedSecrets_anyMatchingV1ValueIsAccepted() {
    long ts = now();
    String header = sign(Secret.of("old-secret"), ts, BODY) + ", " + sign(SECRET, ts, BODY);
    assertThat(verifier.verify("alert.created", Long.toString(ts), header, BODY).alert().id()).isEqualTo("al-1001");
  }

  @Test
  void verify_signedButNotAnAlert_isRefusedAsMalformedBody() {
    long ts = now();
    byte[] body = "{\"id\":\"al-1\"}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> verifier.verify("alert.created", Long.toString(ts), sign(SECRET, ts, body), body))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.MALFORMED_BODY);
              assertThat(e.reason().isAuthenticationFailure()).isFalse();
              assertThat(e.getMessage()).contains("$.accountId");
            });
  }

  @Test
  void build_withoutSecret_failsNamingIt() {
    assertThatThrownBy(() -> AlertWebhookVerifier.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("secret");
    assertThat(verifier.toString()).doesNotContain("whsec-test-1");
  }
}
