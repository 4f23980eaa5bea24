package io.workbridge.servicechannel.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.client.Secret;
import io.workbridge.servicechannel.model.WorkOrderStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Sign-Data verification and tolerant parsing of real-world envelope shapes. */
class WebhookTest {
  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void verify_knownVector_matchesBase64HmacSha256() {
    // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), base64
    WebhookVerifier verifier = new WebhookVerifier(Secret.of("key"));
    byte[] body = bytes("The quick brown fox jumps over the lazy dog");
    assertThat(verifier.sign(body)).isEqualTo("97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg=");
    assertThat(verifier.verify(body, "97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg=")).isTrue();
  }

  @Test
  void verify_tamperedMissingOrGarbledSignature_false() {
    WebhookVerifier verifier = new WebhookVerifier(Secret.of("key"));
    byte[] body = bytes("{\"EventType\":\"WorkOrderCreated\"}");
    String good = verifier.sign(body);
    assertThat(verifier.verify(bytes("{\"EventType\":\"WorkOrderCreated\" }"), good)).isFalse();
    assertThat(verifier.verify(body, null)).isFalse();
    assertThat(verifier.verify(body, " ")).isFalse();
    assertThat(verifier.verify(body, "not base64 !!")).isFalse();
    assertThat(verifier.verify(body, " " + good + " ")).isTrue();
  }

  @Test
  void parse_partialStarRemovedPayload_keepsWhatIsThere() {
    String body =
        "{\"EventType\":\"WorkOrderStarRemoved\",\"Action\":\"UPDATE\",\"Type\":\"WoRootNotification\",\"Version\":1,"
            + "\"Object\":{\"Id\":\"355123456\",\"SubscriberId\":2014917243,\"Trade\":\"HVAC\","
            + "\"UpdatedBy\":{\"Id\":5},\"UpdatedDate_DTO\":\"2024-04-02T19:40:16.5300000-04:00\"}}";
    WebhookEvent event = WebhookEvents.parse(bytes(body)).orElseThrow();
    assertThat(event.eventType()).isEqualTo("WorkOrderStarRemoved");
    assertThat(event.isWorkOrderEvent()).isTrue();
    assertThat(event.workOrderId()).hasValue(355123456L);
    assertThat(event.subscriberId()).hasValue(2014917243L);
    assertThat(event.providerId()).isEmpty();
    assertThat(event.status()).isEmpty();
    assertThat(event.version()).hasValue(1);
    assertThat(event.updatedAt()).contains(Instant.parse("2024-04-02T23:40:16.53Z"));
    assertThat(event.test()).isFalse();
  }

  @Test
  void parse_checkInPayload_usesWorkOrderId() {
    String body =
        "{\"EventType\":\"WorkOrderCheckIn\",\"Object\":{\"WorkOrderId\":84000123,\"SubscriberId\":1,"
            + "\"ProviderId\":2000090505,\"DateDTO\":\"2026-06-01T10:00:00+00:00\",\"WorkorderStatus\":\"IN PROGRESS\"}}";
    WebhookEvent event = WebhookEvents.parse(bytes(body)).orElseThrow();
    assertThat(event.workOrderId()).hasValue(84000123L);
    assertThat(event.providerId()).hasValue(2000090505L);
    assertThat(event.status()).contains(WorkOrderStatus.of("IN PROGRESS", ""));
    assertThat(event.updatedAt()).contains(Instant.parse("2026-06-01T10:00:00Z"));
  }

  @Test
  void parse_invoiceEvent_takesTrackingNumberAsWorkOrder() {
    String body = "{\"EventType\":\"InvoiceVoided\",\"Object\":{\"Id\":90000001,\"WoTrackingNumber\":84000200,\"Status\":\"OPEN\"}}";
    WebhookEvent event = WebhookEvents.parse(bytes(body)).orElseThrow();
    assertThat(event.objectId()).hasValue(90000001L);
    assertThat(event.workOrderId()).hasValue(84000200L);
    assertThat(event.isWorkOrderEvent()).isFalse();
  }

  @Test
  void parse_emptyBodyPing_isTestEvent_andGarbageIsEmpty() {
    WebhookEvent ping = WebhookEvents.parse(new byte[0]).orElseThrow();
    assertThat(ping.test()).isTrue();
    assertThat(ping.eventType()).isEmpty();
    assertThat(WebhookEvents.parse(bytes("<html>"))).isEmpty();
    assertThat(WebhookEvents.parse(bytes("[1,2]"))).isEmpty();
    assertThat(WebhookEvents.parse(bytes("{\"EventType\":"))).isEmpty();
  }

  @Test
  void parse_webhookTestSource_andDuplicatesShareTheKey() {
    byte[] body = bytes("{\"EventType\":\"WorkOrderCreated\",\"Object\":{\"Id\":7,\"Source\":\"WebhookTest\"}}");
    WebhookEvent first = WebhookEvents.parse(body).orElseThrow();
    WebhookEvent again = WebhookEvents.parse(body.clone()).orElseThrow();
    assertThat(first.test()).isTrue();
    assertThat(first.deduplicationKey()).isEqualTo(again.deduplicationKey()).hasSize(64);
    assertThat(WebhookEvents.parse(bytes("{\"EventType\":\"WorkOrderCreated\",\"Object\":{\"Id\":8}}"))
            .orElseThrow()
            .deduplicationKey())
        .isNotEqualTo(first.deduplicationKey());
  }
}
