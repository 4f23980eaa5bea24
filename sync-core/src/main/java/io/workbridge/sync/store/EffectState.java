package io.workbridge.sync.store;

/** The state of an entry of the {@link EffectLog}. */
public enum EffectState {
  /** Reserved by a process that is (or was, if its lease expired) performing the effect. */
  RESERVED,
  /** Performed and confirmed: it is never performed again. */
  CONFIRMED
}
