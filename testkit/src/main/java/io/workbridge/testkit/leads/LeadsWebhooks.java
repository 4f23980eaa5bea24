package io.workbridge.testkit.leads;

import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.webhook.WebhookSender;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The vendor's webhook side: the registered endpoint, the queue of events waiting for it, and signed
 * deliveries ({@code X-Alert-Signature}); events not answered 2xx stay queued for the next round.
 */
final class LeadsWebhooks implements AutoCloseable {
  private final MutableClock clock;
  private final String secret;
  private final WebhookSender sender = new WebhookSender();
  private final List<String[]> pending = new ArrayList<>();
  private final List<WebhookDelivery> deliveries = new ArrayList<>();
  private @Nullable String endpoint;

  LeadsWebhooks(MutableClock clock, String secret) {
    this.clock = clock;
    this.secret = secret;
  }

  String secret() {
    return secret;
  }

  /** {@return the registered endpoint, if any} (read under the simulator's lock) */
  @Nullable String endpoint() {
    return endpoint;
  }

  /** Registers the endpoint (under the simulator's lock). */
  void endpoint(String url) {
    this.endpoint = Objects.requireNonNull(url, "url");
  }

  void queue(String event, String alertId, String body) {
    synchronized (pending) {
      pending.add(new String[] {event, alertId, body});
    }
  }

  /** {@return the queued events, removed from the queue} */
  List<String[]> takePending() {
    synchronized (pending) {
      List<String[]> batch = new ArrayList<>(pending);
      pending.clear();
      return batch;
    }
  }

  /** Posts a batch taken from the queue to {@code url}; puts the undelivered events back at its head. */
  List<WebhookDelivery> deliver(String url, List<String[]> batch) {
    List<WebhookDelivery> attempted = new ArrayList<>();
    List<String[]> failed = new ArrayList<>();
    for (String[] event : batch) {
      WebhookDelivery delivery = send(url, event[1], event[0], event[2]);
      attempted.add(delivery);
      if (!delivery.delivered()) {
        failed.add(event);
      }
    }
    synchronized (pending) {
      pending.addAll(0, failed);
    }
    return attempted;
  }

  int pendingCount() {
    synchronized (pending) {
      return pending.size();
    }
  }

  List<WebhookDelivery> deliveries() {
    synchronized (deliveries) {
      return List.copyOf(deliveries);
    }
  }

  /** Posts one event now, signed with the current time, and records the delivery. */
  WebhookDelivery send(String url, String alertId, String event, String body) {
    long timestamp = clock.instant().getEpochSecond();
    String signature = LeadsVendorSimulator.signature(secret, timestamp, body);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Alert-Event", event);
    headers.put("X-Alert-Timestamp", Long.toString(timestamp));
    headers.put("X-Alert-Signature", signature);
    int status = sender.post(url, headers, body).status();
    WebhookDelivery delivery = new WebhookDelivery(event, alertId, timestamp, signature, body, status);
    synchronized (deliveries) {
      deliveries.add(delivery);
    }
    return delivery;
  }

  @Override
  public void close() {
    sender.close();
  }
}
