package io.workbridge.client;

/**
 * The call failed below HTTP: connection refused or reset, DNS, TLS, or a timeout. {@link
 * #requestMaybeSent()} tells whether the request may have reached the server — when it is {@code true}
 * for a write, check the remote state (or retry with the same idempotency key) before repeating it.
 */
public class TransportException extends WorkBridgeException {
  private static final long serialVersionUID = 1L;

  /** The operation that failed. */
  private final String operation;
  /** Whether the request may have reached the server before the failure. */
  private final boolean requestMaybeSent;

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed, for example {@code notes.create}
   * @param requestMaybeSent whether any byte of the request may have reached the server
   * @param cause the I/O failure (its message must not contain secrets; OkHttp's never do)
   */
  public TransportException(String operation, boolean requestMaybeSent, Throwable cause) {
    super(
        "I/O failure on "
            + operation
            + (requestMaybeSent ? " (the request may have reached the server)" : " (nothing was sent)")
            + ": "
            + cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : " " + cause.getMessage()),
        cause);
    this.operation = operation;
    this.requestMaybeSent = requestMaybeSent;
  }

  /** {@return the operation that failed} */
  public String operation() {
    return operation;
  }

  /**
   * {@return whether the request may have reached the server (always {@code false} for a refused connection)}
   */
  public boolean requestMaybeSent() {
    return requestMaybeSent;
  }
}
