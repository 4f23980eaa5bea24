package io.workbridge.testkit.leads;

/**
 * One webhook delivery the simulator attempted, with everything needed to replay or tamper with it in a
 * test.
 *
 * @param event the {@code X-Alert-Event} value, {@code alert.created} or {@code alert.updated}
 * @param alertId the alert in the body
 * @param timestamp the {@code X-Alert-Timestamp} value (unix seconds)
 * @param signature the {@code X-Alert-Signature} value ({@code v1=<hex>})
 * @param body the raw JSON body
 * @param status the receiver's HTTP status, or {@code -1} when the connection failed
 */
public record WebhookDelivery(
    String event, String alertId, long timestamp, String signature, String body, int status) {

  /** {@return whether the receiver answered 2xx} */
  public boolean delivered() {
    return status >= 200 && status < 300;
  }
}
