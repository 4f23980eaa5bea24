package io.workbridge.cli.webhook;

import io.workbridge.runtime.WorkBridge;
import io.workbridge.runtime.config.WebhooksConfig;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The webhook endpoints of a configured {@link WorkBridge}: their settings read from the configuration's {@code
 * webhooks} section, and a {@link WebhookServer} whose verified deliveries trigger the bridge's streams (a
 * ServiceChannel delivery {@link WorkBridge#WORK_ORDERS}, a vendor delivery {@link WorkBridge#LEADS}).
 *
 * <pre>{@code
 * try (WorkBridge bridge = WorkBridgeFactory.create(config, clock)) {
 *   bridge.start();
 *   try (WebhookServer server = BridgeWebhooks.settings(config.webhooks())
 *       .map(settings -> BridgeWebhooks.start(bridge, settings, clock)).orElse(null)) {
 *     ...
 *   }
 * }
 * }</pre>
 */
public final class BridgeWebhooks {
  private BridgeWebhooks() {}

  /**
   * The endpoints to serve: none unless enabled, and each only with its signing key.
   *
   * @param config the configuration's {@code webhooks} section
   * @return the settings, or empty when no endpoint is to be served
   */
  public static Optional<WebhookSettings> settings(WebhooksConfig config) {
    if (!config.enabled() || (config.serviceChannelSecret().isEmpty() && config.leadsSecret().isEmpty())) {
      return Optional.empty();
    }
    WebhookSettings.Builder settings =
        WebhookSettings.builder()
            .bindAddress(config.bindAddress())
            .port(config.port())
            .maxBodyBytes(config.maxBodyBytes())
            .threads(config.threads())
            .maxQueued(config.maxQueued())
            .headerTimeout(config.headerTimeout())
            .bodyTimeout(config.bodyTimeout())
            .replayWindow(config.replayWindow());
    config.serviceChannelSecret().ifPresent(key -> settings.serviceChannel(config.serviceChannelPath(), key));
    config.leadsSecret().ifPresent(secret -> settings.leads(config.leadsPath(), secret));
    return Optional.of(settings.build());
  }

  /**
   * Starts serving {@code settings}' endpoints for {@code bridge}: each verified delivery triggers its stream.
   *
   * @param bridge the bridge whose streams the deliveries trigger
   * @param settings the endpoints
   * @param clock the time delivery timestamps and the replay window are checked against
   * @return the running server; close it before the bridge
   * @throws IllegalStateException when an endpoint's stream is not run by the bridge (naming the setting to
   *     remove), or the port cannot be bound
   */
  public static WebhookServer start(WorkBridge bridge, WebhookSettings settings, Clock clock) {
    Objects.requireNonNull(bridge, "bridge");
    if (settings.serviceChannel().isPresent() && !bridge.streams().contains(WorkBridge.WORK_ORDERS)) {
      throw new IllegalStateException(
          "webhooks.serviceChannelSecret is set, but this connection syncs no ServiceChannel work orders; remove it");
    }
    if (settings.leads().isPresent() && !bridge.streams().contains(WorkBridge.LEADS)) {
      throw new IllegalStateException("webhooks.leadsSecret is set, but this connection syncs no leads; remove it");
    }
    return WebhookServer.start(
        settings, clock, () -> bridge.trigger(WorkBridge.WORK_ORDERS), () -> bridge.trigger(WorkBridge.LEADS));
  }
}
