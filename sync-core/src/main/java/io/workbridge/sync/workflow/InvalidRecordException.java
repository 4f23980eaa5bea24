package io.workbridge.sync.workflow;

/** A record read from a feed lacks what the sync needs; it is quarantined with this reason (SDK-5). */
final class InvalidRecordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InvalidRecordException(String reason) {
    super(reason);
  }
}
