package io.workbridge.sync.fake;

/**
 * Lets a test make a fake platform fail at a chosen point of a call: before the call touches the
 * fake's state ({@link Phase#BEFORE_EFFECT}) or after its effect is applied but before it returns
 * ({@link Phase#AFTER_EFFECT} — the effect happened, the caller sees a failure). The hook throws
 * whatever the test wants (a transient {@code PlatformUnavailableException}, or an exception that
 * stands for a process crash); returning normally lets the call go on.
 */
@FunctionalInterface
public interface FaultHook {

  /** Where in a call the hook is asked. */
  enum Phase {
    /** Before the call reads or changes anything. */
    BEFORE_EFFECT,
    /** After the call changed the fake's state, before it returns. Only for calls that write. */
    AFTER_EFFECT
  }

  /** A hook that never fails. */
  FaultHook NONE = (operation, phase) -> {};

  /**
   * Called at each point of each call.
   *
   * @param operation the port method's name, e.g. {@code "addNote"}
   * @param phase where in the call
   */
  void at(String operation, Phase phase);
}
