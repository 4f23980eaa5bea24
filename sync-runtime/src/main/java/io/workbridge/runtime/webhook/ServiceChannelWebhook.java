package io.workbridge.runtime.webhook;

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
 * deliveries are acknowledged without a sync.
 */
final class ServiceChannelWebhook extends WebhookHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceChannelWebhook.class);

  private final WebhookVerifier verifier;
  private final Runnable trigger;

  ServiceChannelWebhook(String path, int maxBodyBytes, WebhookVerifier verifier, Runnable trigger) {
    super(path, maxBodyBytes);
    this.verifier = verifier;
    this.trigger = trigger;
  }

  @Override
  int receive(Headers headers, byte[] body) {
    if (!verifier.verify(body, headers.getFirst(WebhookVerifier.SIGNATURE_HEADER))) {
      LOG.warn("refused a ServiceChannel webhook: its {} signature does not match the body", WebhookVerifier.SIGNATURE_HEADER);
      return 401;
    }
    Optional<WebhookEvent> event = WebhookEvents.parse(body);
    if (event.map(WebhookEvent::test).orElse(false)) {
      LOG.info("ServiceChannel test webhook received");
      return 200;
    }
    LOG.debug(
        "ServiceChannel webhook {} (work order {}): syncing work orders now",
        event.map(WebhookEvent::eventType).orElse("unreadable"),
        event.map(e -> e.workOrderId().isPresent() ? Long.toString(e.workOrderId().getAsLong()) : "?").orElse("?"));
    trigger.run();
    return 200;
  }
}
