package io.workbridge.sync.workflow;

/**
 * An effect is reserved by another process (or by a crashed one whose lease has not yet run out). The
 * stream stops without advancing its cursor; a later cycle takes the effect over once the lease ends.
 */
final class EffectInFlightException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  EffectInFlightException(String key) {
    super("effect " + key + " is reserved by another process");
  }
}
