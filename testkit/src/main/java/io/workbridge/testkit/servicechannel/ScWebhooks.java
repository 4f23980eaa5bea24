package io.workbridge.testkit.servicechannel;

import io.workbridge.testkit.Json;
import io.workbridge.testkit.webhook.WebhookDelivery;
import io.workbridge.testkit.webhook.WebhookSender;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Signed webhook deliveries ({@code Sign-Data}: base64 HMAC-SHA256 of the body) to the configured URL, with
 * the thin work order reference live deliveries carry; sent once the simulator's lock is released.
 */
final class ScWebhooks implements AutoCloseable {
  private final ScState state;
  private final WebhookSender sender = new WebhookSender();
  private @Nullable String url;
  private @Nullable String signingKey;

  ScWebhooks(ScState state) {
    this.state = state;
  }

  /** Delivers events to {@code url} from now on, signed with {@code key}. */
  void configure(String url, String key) {
    this.url = url;
    this.signingKey = key;
  }

  /** Bumps {@code UpdatedDate} and sends the event with the thin reference live deliveries carry. */
  void deliver(String eventType, String action, ScState.WorkOrder wo, String actorLogin) {
    wo.updatedDate = state.now();
    if (url == null) {
      return;
    }
    ScState.Location location = state.location(wo);
    post(
        Json.obj(
            "Type", "WoRootNotification", "Version", 1L, "Action", action, "EventType", eventType,
            "Object", ScViews.webhookObject(wo, state.user(actorLogin, wo), location.zone)));
  }

  void deliverInvoice(ScState.Invoice invoice) {
    if (url == null) {
      return;
    }
    post(
        Json.obj(
            "EventType", "InvoiceCreated", "Action", "NEW", "Type", "GenericRootNotification", "Version", 1L,
            "Object", Json.obj("Id", invoice.id, "Number", invoice.number, "WoTrackingNumber", invoice.workOrderId,
                "Status", invoice.status, "InvoiceTotal", invoice.total)));
  }

  /** Sends the test delivery of ServiceChannel's webhook page; fails when no URL is configured. */
  void sendTest() {
    if (url == null) {
      throw new IllegalStateException("no webhook URL configured; call webhooks(url, key) first");
    }
    post(
          Json.obj(
              "EventType", "WorkOrderCreated", "Action", "NEW", "Type", "WoRootNotification", "Version", 1L,
              "Object", Json.obj("Id", 0L, "ProviderId", ServiceChannelSimulator.PROVIDER_ID, "Source", "WebhookTest")));
  }

  List<WebhookDelivery> deliveries() {
    return sender.deliveries();
  }

  private void post(Map<String, @Nullable Object> payload) {
    String body = Json.write(payload);
    String key = Objects.requireNonNull(signingKey);
    String target = Objects.requireNonNull(url);
    Map<String, String> headers =
        Map.of("Sign-Type", "HMACSHA256", "Sign-Data", ServiceChannelSimulator.sign(body, key));
    // Delivered once the simulator's lock is released, so a receiver may call the simulator back.
    state.afterUnlock(() -> sender.post(target, headers, body));
  }

  @Override
  public void close() {
    sender.close();
  }
}
