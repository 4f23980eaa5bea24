package io.workbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.cli.webhook.BridgeWebhooks;
import io.workbridge.cli.webhook.WebhookSettings;
import io.workbridge.client.Secret;
import io.workbridge.runtime.config.WebhooksConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every key of the file's {@code webhooks} section reaches the webhook server's settings. */
class WebhookSettingsWiringTest {
  @Test
  void everyWebhooksKey_reachesTheServerSettings() {
    WebhooksConfig config =
        WebhooksConfig.builder()
            .enabled(true)
            .bindAddress("0.0.0.0")
            .port(0)
            .maxBodyBytes(8192)
            .threads(3)
            .maxQueued(5)
            .headerTimeout(Duration.ofSeconds(2))
            .bodyTimeout(Duration.ofSeconds(3))
            .replayWindow(Duration.ofMinutes(1))
            .serviceChannelSecret(Secret.of("k"))
            .build();

    WebhookSettings settings = BridgeWebhooks.settings(config).orElseThrow();

    assertThat(settings.bindAddress()).isEqualTo("0.0.0.0");
    assertThat(settings.maxBodyBytes()).isEqualTo(8192);
    assertThat(settings.threads()).isEqualTo(3);
    assertThat(settings.maxQueued()).isEqualTo(5);
    assertThat(settings.headerTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings.bodyTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(settings.replayWindow()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void defaults_match_betweenTheFileAndTheServer() {
    WebhookSettings settings = WebhookSettings.builder().serviceChannel("/hook", Secret.of("k")).build();
    WebhooksConfig config = WebhooksConfig.defaults();

    assertThat(settings.bindAddress()).isEqualTo(config.bindAddress());
    assertThat(settings.threads()).isEqualTo(config.threads());
    assertThat(settings.maxQueued()).isEqualTo(config.maxQueued());
    assertThat(settings.headerTimeout()).isEqualTo(config.headerTimeout());
    assertThat(settings.bodyTimeout()).isEqualTo(config.bodyTimeout());
    assertThat(settings.replayWindow()).isEqualTo(config.replayWindow());
  }
}
