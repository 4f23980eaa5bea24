package io.workbridge.cli.webhook;

import com.sun.net.httpserver.Headers;
import io.workbridge.servicechannel.webhook.WebhookEvent;
import io.workbridge.servicechannel.webhook.WebhookEvents;
import io.workbridge.servicechannel.webhook.WebhookVerifier;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ServiceChannel's endpoint: a delivery whose {@code Sign-Data} is the body's HMAC under the account's
 * signing key triggers the work-order stream (401 otherwise, nothing triggered). ServiceChannel's payloads
 * are partial change signals, so the stream re-reads the work orders rather than trusting the body; test
 * deliveries are acknowledged without a sync. ServiceChannel's signature has no timestamp, so a delivery
 * identical to one already handled within the replay window (same signature, same body: a retry or a
 * replay) is answered 200 without triggering the stream again; polling remains the backstop.
 */
final class ServiceChannelWebhook extends WebhookHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceChannelWebhook.class);

  private final WebhookVerifier verifier;
  private final RecentDeliveries recent;
  private final Runnable trigger;

  ServiceChannelWebhook(String path, Limits limits, WebhookVerifier verifier, RecentDeliveries recent, Runnable trigger) {
    super(path, limits);
    this.verifier = verifier;
    this.recent = recent;
    this.trigger = trigger;
  }

  @Override
  int receive(Headers headers, byte[] body) {
    String signature = headers.getFirst(WebhookVerifier.SIGNATURE_HEADER);
    if (signature == null || !verifier.verify(body, signature)) {
      refused("its " + WebhookVerifier.SIGNATURE_HEADER + " signature is missing or does not match the body");
      return 401;
    }
    Optional<WebhookEvent> event = WebhookEvents.parse(body);
    if (event.map(WebhookEvent::test).orElse(false)) {
      LOG.info("ServiceChannel test webhook received");
      return 200;
    }
    if (!recent.first(signature, body)) {
      LOG.debug("ServiceChannel webhook identical to one received within the replay window: acknowledged, no sync");
      return 200;
    }
    LOG.debug(
        "ServiceChannel webhook {} (work order {}): syncing work orders now",
        event.map(WebhookEvent::eventType).orElse("unreadable"),
        event.map(e -> e.workOrderId().isPresent() ? Long.toString(e.workOrderId().getAsLong()) : "?").orElse("?"));
    try {
      trigger.run();
    } catch (RuntimeException failure) {
      recent.forget(signature, body);
      throw failure;
    }
    return 200;
  }
}
