package io.workbridge.sync.store;

/** The state of an entry of the {@link EffectLog}. */
public enum EffectState {
  /** Reserved by a process that is (or was, if its lease expired) performing the effect. */
  RESERVED,
  /**
   * Tried, with an unknown outcome: the write may or may not have reached the remote system (a timeout, a
   * connection dropped after the request was sent, a 5xx on a call that is not idempotent). Not under
   * anyone's lease: the next {@link EffectLog#reserve} takes it at once, and the caller must find out on the
   * remote system whether it happened before writing again.
   */
  UNCERTAIN,
  /** Performed and confirmed: it is never performed again. */
  CONFIRMED
}
