package io.workbridge.sync.port;

import java.util.Objects;

/**
 * The platform refused the request for good (e.g. ServiceChannel error 904 "status not allowed").
 * Retrying the same request will not help; the workflow falls back or quarantines.
 */
public final class PlatformRejectedException extends PlatformException {

  private static final long serialVersionUID = 1L;

  /** Why the request was refused. */
  private final RejectionReason reason;

  /**
   * A rejection.
   *
   * @param reason why the request was refused
   * @param message details for people
   */
  public PlatformRejectedException(RejectionReason reason, String message) {
    super(reason + ": " + message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** {@return why the request was refused} */
  public RejectionReason reason() {
    return reason;
  }
}
