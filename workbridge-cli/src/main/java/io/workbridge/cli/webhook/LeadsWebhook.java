package io.workbridge.cli.webhook;

import com.sun.net.httpserver.Headers;
import io.workbridge.leads.webhook.AlertWebhookEvent;
import io.workbridge.leads.webhook.AlertWebhookVerifier;
import io.workbridge.leads.webhook.WebhookVerificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The leads vendor's endpoint: a delivery with a valid {@code X-Alert-Signature}, a fresh timestamp and not
 * seen before triggers the leads stream. Refused deliveries are answered 401 (authenticity: bad or missing
 * signature, stale timestamp, replay) or 400 (a genuine delivery whose body is not an alert), and trigger
 * nothing. The alert is not stored from the body: the vendor keeps it, and the triggered cycle reads it
 * from the vendor's feed like any poll would, so a 2xx never loses an alert.
 */
final class LeadsWebhook extends WebhookHandler {
  private static final Logger LOG = LoggerFactory.getLogger(LeadsWebhook.class);

  private final AlertWebhookVerifier verifier;
  private final Runnable trigger;

  LeadsWebhook(String path, Limits limits, AlertWebhookVerifier verifier, Runnable trigger) {
    super(path, limits);
    this.verifier = verifier;
    this.trigger = trigger;
  }

  @Override
  int receive(Headers headers, byte[] body) {
    AlertWebhookEvent event;
    try {
      event = verifier.verify(headers, body);
    } catch (WebhookVerificationException refused) {
      refused(String.valueOf(refused.reason()));
      return refused.reason().isAuthenticationFailure() ? 401 : 400;
    }
    LOG.debug("leads vendor webhook {} for alert {}: syncing leads now", event.event(), event.alert().id());
    trigger.run();
    return 200;
  }
}
