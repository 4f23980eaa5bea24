package io.workbridge.testkit.webhook;

import java.util.Map;
import java.util.Optional;

/**
 * One webhook call a simulator made.
 *
 * @param url the receiver's URL
 * @param headers the headers sent
 * @param body the raw body sent
 * @param status the receiver's status; {@code -1} when the call failed without an answer
 * @param error why the call failed, when it did
 */
public record WebhookDelivery(
    String url, Map<String, String> headers, String body, int status, Optional<String> error) {

  /**
   * Copies the headers.
   *
   * @param url the receiver's URL
   * @param headers the headers sent
   * @param body the raw body sent
   * @param status the receiver's status; {@code -1} when the call failed without an answer
   * @param error why the call failed, when it did
   */
  public WebhookDelivery {
    headers = Map.copyOf(headers);
  }

  /**
   * Whether the receiver answered 2xx.
   *
   * @return true on success
   */
  public boolean succeeded() {
    return status >= 200 && status < 300;
  }

  @Override
  public String toString() {
    return "WebhookDelivery{" + url + " -> " + status + error.map(e -> " (" + e + ")").orElse("") + "}";
  }
}
