package io.workbridge.sync.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Argument checks shared by the store's value types and its implementations. Storage adapters call them
 * too, so every adapter rejects the same arguments with the same messages.
 */
public final class StoreArguments {
  /** The longest key or id accepted anywhere in the SPI; adapters size their columns for it. */
  static final int MAX_KEY_LENGTH = SyncStore.MAX_KEY_LENGTH;

  /**
   * Whether {@link EffectLog#reserve} may take an existing entry: never a confirmed one; a reserved one
   * once its lease ran out; an uncertain one once its settling time passed.
   *
   * @param existing the entry
   * @param now the store's time
   * @return true if a reservation takes it over
   */
  public static boolean mayTakeOver(EffectRecord existing, Instant now) {
    if (existing.isConfirmed()) {
      return false;
    }
    return existing.leaseExpiresAt().map(expiry -> !now.isBefore(expiry)).orElse(true);
  }

  /**
   * As {@link #mayTakeOver(EffectRecord, Instant)}, and also a reservation left by an earlier incarnation of
   * {@code me} (that process is gone), at once.
   *
   * @param existing the entry
   * @param now the store's time
   * @param me the owner of the reservations this store makes
   * @return true if a reservation takes it over
   */
  public static boolean mayTakeOver(EffectRecord existing, Instant now, ReservationOwner me) {
    if (existing.isConfirmed()) {
      return false;
    }
    return mayTakeOver(existing, now)
        || (existing.state() == EffectState.RESERVED && me.succeeds(existing.owner()));
  }

  private StoreArguments() {}

  /**
   * {@return {@code value} if it is non-null, not blank and at most {@link #MAX_KEY_LENGTH} long}
   *
   * @param value the argument
   * @param name the argument's name, for the message
   */
  public static String requireKey(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    if (value.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException(
          name + " must be at most " + MAX_KEY_LENGTH + " characters, was " + value.length());
    }
    return value;
  }

  /**
   * {@return {@code value} if it is non-null and not blank (no length limit)}
   *
   * @param value the argument
   * @param name the argument's name, for the message
   */
  public static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * Checks that an uncertain effect's settling time is non-null and zero or more.
   *
   * @param settle how long until a later reservation may look the outcome up
   */
  public static void requireSettle(Duration settle) {
    requireNotNegative(settle, "settle");
  }

  /**
   * Checks that a duration is non-null and zero or more.
   *
   * @param duration the duration
   * @param name its name for the error message
   * @return the duration
   */
  public static Duration requireNotNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + duration);
    }
    return duration;
  }

  /**
   * Checks that a number is positive.
   *
   * @param value the number
   * @param name its name for the error message
   * @return the number
   */
  public static int requirePositive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  /**
   * {@return {@code lease} if it is non-null and positive: an effect reservation's lease}
   *
   * @param lease how long the reservation holds
   */
  public static Duration requireLease(Duration lease) {
    Objects.requireNonNull(lease, "lease");
    if (lease.isZero() || lease.isNegative()) {
      throw new IllegalArgumentException("lease must be positive, was " + lease);
    }
    return lease;
  }
}
