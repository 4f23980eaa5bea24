package io.workbridge.sync.workflow;

/**
 * A record cannot be handled yet: an earlier record of its group (the same work order) is deferred, and
 * handling this one first would apply their changes out of order. It is deferred behind that one.
 */
final class RecordWaitsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  RecordWaitsException(String recordKey, String group, String blocker) {
    super("record " + recordKey + " waits for the deferred record " + blocker + " of " + group, null, false, false);
  }
}
