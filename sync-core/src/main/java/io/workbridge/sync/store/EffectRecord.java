package io.workbridge.sync.store;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of the {@link EffectLog}, as read back with {@link EffectLog#find(String)}. */
@Value.Immutable
public interface EffectRecord {
  /** {@return the idempotency key of the effect} */
  String key();

  /** {@return reserved, uncertain or confirmed} */
  EffectState state();

  /** {@return how many times the effect was reserved (1, plus one per lease takeover)} */
  int reservations();

  /** {@return when the effect was last reserved (store clock)} */
  Instant reservedAt();

  /**
   * {@return when the current reservation's lease runs out — for an uncertain effect, when it may be retried;
   * empty once confirmed}
   */
  Optional<Instant> leaseExpiresAt();

  /**
   * {@return who holds or last held the reservation ({@link ReservationOwner#token()}), when the store
   * records it}
   */
  Optional<String> owner();

  /** {@return when the effect was confirmed; empty while reserved} */
  Optional<Instant> confirmedAt();

  /** {@return the result recorded at confirmation (e.g. the id of the created remote record)} */
  Optional<String> result();

  /**
   * {@return true if the effect may have happened without being confirmed: it was tried before (its outcome
   * was unknown, or a process holding it died), so it must be looked up on the remote system before it is
   * performed again} False for a first reservation.
   */
  default boolean mayHaveHappened() {
    return !isConfirmed() && (state() == EffectState.UNCERTAIN || reservations() > 1);
  }

  /** {@return true if the effect was confirmed} */
  default boolean isConfirmed() {
    return state() == EffectState.CONFIRMED;
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EffectRecord}. */
  final class Builder extends ImmutableEffectRecord.Builder {}
}
