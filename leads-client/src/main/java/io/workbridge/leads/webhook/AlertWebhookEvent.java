package io.workbridge.leads.webhook;

import io.workbridge.leads.model.Alert;
import java.time.Instant;
import java.util.Objects;

/**
 * A verified webhook delivery: the event name, the signed timestamp and the alert it carries.
 */
public final class AlertWebhookEvent {
  /** A new alert was raised. */
  public static final String ALERT_CREATED = "alert.created";

  /** An existing alert changed (status, details, ...). */
  public static final String ALERT_UPDATED = "alert.updated";

  private final String event;
  private final Instant timestamp;
  private final Alert alert;
  private final String signature;

  AlertWebhookEvent(String event, Instant timestamp, Alert alert, String signature) {
    this.event = Objects.requireNonNull(event, "event");
    this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
    this.alert = Objects.requireNonNull(alert, "alert");
    this.signature = Objects.requireNonNull(signature, "signature");
  }

  /**
   * {@return the {@code X-Alert-Event} value, e.g. {@link #ALERT_CREATED}; unknown events are kept as sent}
   */
  public String event() {
    return event;
  }

  /** {@return the signed {@code X-Alert-Timestamp}} */
  public Instant timestamp() {
    return timestamp;
  }

  /** {@return the alert in the body} */
  public Alert alert() {
    return alert;
  }

  /** The signature the delivery was accepted under (its replay-protection key). */
  String signature() {
    return signature;
  }

  @Override
  public String toString() {
    return "AlertWebhookEvent{event=" + event + ", timestamp=" + timestamp + ", alertId=" + alert.id() + '}';
  }
}
