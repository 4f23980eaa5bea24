package io.workbridge.testkit.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.SimResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {

  private final WebhookSender sender = new WebhookSender();
  private final ApiSimulator receiver =
      ApiSimulator.builder("receiver")
          .publicRoute(
              "POST",
              "/hooks",
              request ->
                  request.header("X-Signature").orElse("").equals(
                          WebhookSender.hmacSha256Hex("k", request.bodyString()))
                      ? SimResponse.noContent()
                      : SimResponse.status(401))
          .build()
          .start();

  @AfterEach
  void tearDown() {
    sender.close();
    receiver.close();
  }

  @Test
  void post_signedBody_deliveredAndRecorded() {
    String body = "{\"id\":\"a1\"}";

    WebhookDelivery ok =
        sender.post(receiver.url("/hooks"), Map.of("X-Signature", WebhookSender.hmacSha256Hex("k", body)), body);
    WebhookDelivery rejected = sender.post(receiver.url("/hooks"), Map.of("X-Signature", "bad"), body);

    assertThat(ok.succeeded()).isTrue();
    assertThat(rejected.status()).isEqualTo(401);
    assertThat(sender.deliveries()).hasSize(2);
    assertThat(sender.failedDeliveries()).containsExactly(rejected);
    assertThat(receiver.journal().find("POST", "/hooks").get(0).bodyString()).isEqualTo(body);
  }

  @Test
  void post_receiverDown_recordedAsFailure() {
    String url = receiver.url("/hooks");
    receiver.close();

    WebhookDelivery delivery = sender.post(url, Map.of(), "{}");

    assertThat(delivery.status()).isEqualTo(-1);
    assertThat(delivery.error()).isPresent();
  }

  @Test
  void hmac_knownVector() {
    // RFC 4231 test case 2
    assertThat(WebhookSender.hmacSha256Hex("Jefe", "what do ya want for nothing?"))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    assertThat(WebhookSender.hmacSha256Base64("Jefe", "what do ya want for nothing?"))
        .isEqualTo("W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=");
  }
}
