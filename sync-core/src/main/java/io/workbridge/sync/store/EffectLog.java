package io.workbridge.sync.store;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The effect log: makes each remote write (create a booking, add a note, check in, submit an invoice,
 * ...) happen at most once per idempotency key, across retries, restarts and processes.
 *
 * <p>It follows the eager idempotent-consumer protocol (as Camel's {@code IdempotentRepository}):
 *
 * <ol>
 *   <li>{@link #reserve(String)} before performing the effect. It returns false if the key is already
 *       known — confirmed, or reserved by someone whose lease has not run out — and then the effect
 *       must not be performed now.
 *   <li>Perform the effect.
 *   <li>On success {@link #confirm(String, String)} (with the result to remember, e.g. the created
 *       remote id); on a definite failure — nothing was done: refused before sending, a 4xx that proves it —
 *       {@link #release(String)}, so a later cycle may try again as a first attempt; on a failure whose
 *       outcome is unknown — a timeout, a connection dropped after the request was sent, a 5xx on a call
 *       that is not idempotent — {@link #markUncertain(String, Duration)}.
 * </ol>
 *
 * <p><b>Uncertain effects.</b> An {@link EffectState#UNCERTAIN} effect is durably known to have been
 * tried. It holds no one's lease; after a short settling time (so that a write still in flight on the
 * remote system can land first) the next {@link #reserve} takes it (counting one more reservation), and
 * the caller must resolve it by a lookup on the remote system before writing again. {@link
 * EffectRecord#mayHaveHappened()} tells a reservation that needs that lookup (uncertain before, or taken
 * over from a dead process) from a first attempt, which needs none.
 *
 * <p><b>Leases.</b> A reservation carries a lease (by default the store's, see {@link
 * SyncStoreProvider}). A reservation whose lease has run out — left by a process that crashed between
 * reserve and confirm — is taken over by the next {@link #reserve}, which returns true. The remote
 * effect may then already have happened, so the caller must make it safe to redo (look the remote
 * record up before creating it). Time comes from the store's {@link java.time.Clock}.
 *
 * <p><b>Confirmation is final.</b> A confirmed key is never reserved again, and {@link #release}
 * leaves it alone. {@code confirm} is idempotent and the first confirmation's result is kept. Confirming
 * a key that is not reserved (its lease was taken over and released meanwhile, or it was never
 * reserved) still records it as confirmed: a confirmation states that the effect happened.
 *
 * <p>Keys are non-blank and at most {@link SyncStore#MAX_KEY_LENGTH} characters. Scoped to one
 * connection; thread-safe: of several threads or processes reserving one key at once, exactly one gets
 * true.
 */
public interface EffectLog {
  /**
   * Reserves {@code key} with the store's default lease.
   *
   * @param key the effect's key
   * @return true if the caller now holds the reservation and should perform the effect; false if the
   *     effect is confirmed or reserved by someone else under a live lease
   */
  boolean reserve(String key);

  /**
   * Reserves {@code key} with the given lease (positive).
   *
   * @param key the effect's key
   * @param lease how long the reservation holds
   * @return as {@link #reserve(String)}
   */
  boolean reserve(String key, Duration lease);

  /**
   * Confirms the effect without a result. Idempotent.
   *
   * @param key the effect's key
   */
  default void confirm(String key) {
    confirm(key, null);
  }

  /**
   * Confirms the effect and records {@code result} (may be null for none). Idempotent: confirming an
   * already confirmed key changes nothing, not even its result.
   *
   * @param key the effect's key
   * @param result the result to remember, e.g. the created remote id, or {@code null} for none
   */
  void confirm(String key, @Nullable String result);

  /**
   * Gives up a reservation after the effect failed for certain (nothing was done), so it may be reserved
   * again at once, as a first attempt.
   *
   * @param key the effect's key
   * @return true if a reservation (or an uncertain entry) was removed; false if the key is unknown or
   *     confirmed (a confirmation is never removed)
   */
  boolean release(String key);

  /**
   * Records that the reserved effect was tried and its outcome is unknown ({@link EffectState#UNCERTAIN}):
   * the lease ends, the entry stays, and whoever reserves it next — not before {@code settle} has passed,
   * shown as {@link EffectRecord#leaseExpiresAt()} — must look it up before writing again.
   *
   * @param key the effect
   * @param settle how long a write of unknown outcome may still take to land on the remote system (zero or
   *     more)
   * @return true if a reservation became uncertain; false if the key is unknown, confirmed or already
   *     uncertain
   */
  boolean markUncertain(String key, Duration settle);

  /**
   * {@return the effects reserved or uncertain but not confirmed — in flight, left by a crashed process until
   * their lease runs out, or tried with an unknown outcome — oldest reservation first (for status reports)}
   *
   * @throws UnsupportedOperationException if the adapter cannot list them
   */
  default List<EffectRecord> pending() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot list pending effects");
  }

  /**
   * {@return the entry for {@code key}, reserved or confirmed, if any}
   *
   * @param key the effect's key
   */
  Optional<EffectRecord> find(String key);

  /**
   * {@return true if the effect was confirmed}
   *
   * @param key the effect's key
   */
  default boolean isConfirmed(String key) {
    return find(key).map(EffectRecord::isConfirmed).orElse(false);
  }

  /**
   * {@return the result recorded when the effect was confirmed, if it is confirmed with a result}
   *
   * @param key the effect's key
   */
  default Optional<String> result(String key) {
    return find(key).filter(EffectRecord::isConfirmed).flatMap(EffectRecord::result);
  }
}
