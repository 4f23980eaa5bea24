package io.workbridge.leads.webhook;

import io.workbridge.client.WorkBridgeException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A webhook delivery was refused: answer it with a 4xx (401 for authenticity problems, 400 for a malformed
 * body) and do not process it. The message names the {@link Reason}, never the secret or the signature.
 */
public final class WebhookVerificationException extends WorkBridgeException {
  private static final long serialVersionUID = 1L;

  /** Why a delivery was refused. */
  public enum Reason {
    /** {@code X-Alert-Event}, {@code X-Alert-Timestamp} or {@code X-Alert-Signature} is absent. */
    MISSING_HEADER,
    /** {@code X-Alert-Timestamp} is not a number of unix seconds. */
    MALFORMED_TIMESTAMP,
    /** {@code X-Alert-Signature} is not {@code v1=<64 hex digits>}. */
    MALFORMED_SIGNATURE,
    /** The signature does not match the body and timestamp under the shared secret. */
    SIGNATURE_MISMATCH,
    /** The timestamp is older than the tolerance (a replay of an old delivery, or a stale retry). */
    TIMESTAMP_EXPIRED,
    /** The timestamp lies further in the future than the tolerance allows. */
    TIMESTAMP_IN_FUTURE,
    /** This exact signed delivery was already accepted. */
    REPLAYED,
    /** Correctly signed, but the body is not an alert. */
    MALFORMED_BODY;

    /** {@return whether the delivery failed authentication (answer 401) rather than being malformed (400)} */
    public boolean isAuthenticationFailure() {
      return this != MALFORMED_BODY;
    }
  }

  /** Why the delivery was refused. */
  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason why
   * @param message the detail message
   * @param cause the underlying failure
   */
  public WebhookVerificationException(Reason reason, String message, @Nullable Throwable cause) {
    super(Objects.requireNonNull(reason, "reason") + ": " + message, cause);
    this.reason = reason;
  }

  /** {@return why the delivery was refused} */
  public Reason reason() {
    return reason;
  }
}
