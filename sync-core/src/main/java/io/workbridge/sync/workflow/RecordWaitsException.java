package io.workbridge.sync.workflow;

/**
 * A record cannot be handled yet: an earlier record of its group (the same work order) is deferred, and
 * handling this one first would apply their changes out of order. It is deferred behind that one.
 */
final class RecordWaitsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How the reason of a deferred record that only waits begins: such a record holds up no other. */
  static final String REASON_PREFIX = "waits for the deferred record ";

  RecordWaitsException(String group, String blocker) {
    super(REASON_PREFIX + blocker + " of " + group, null, false, false);
  }

  /** Whether a deferred record's reason says it only waits behind another. */
  static boolean onlyWaits(String reason) {
    return reason.startsWith(REASON_PREFIX);
  }
}
