package io.workbridge.sync.workflow;

/**
 * An effect cannot be performed now: it is reserved by another process (or by a crashed one whose lease has
 * not yet run out), or its outcome is unknown and it is settling. Its record is deferred (or, for a record that
 * cannot be read again on its own, the stream stops without advancing its cursor); a later cycle takes it up.
 */
final class EffectInFlightException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  EffectInFlightException(String key) {
    this(key, "is reserved by another process");
  }

  EffectInFlightException(String key, String why) {
    super("effect " + key + " " + why);
  }
}
