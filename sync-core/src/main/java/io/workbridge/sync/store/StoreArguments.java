package io.workbridge.sync.store;

import java.time.Duration;
import java.util.Objects;

/**
 * Argument checks shared by the store's value types and its implementations. Storage adapters call them
 * too, so every adapter rejects the same arguments with the same messages.
 */
public final class StoreArguments {
  /** The longest key or id accepted anywhere in the SPI; adapters size their columns for it. */
  static final int MAX_KEY_LENGTH = SyncStore.MAX_KEY_LENGTH;

  private StoreArguments() {}

  /** Returns {@code value} if it is non-null, not blank and at most {@link #MAX_KEY_LENGTH} long. */
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

  /** Returns {@code value} if it is non-null and not blank (no length limit). */
  public static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** Returns {@code lease} if it is non-null and positive: an effect reservation's lease. */
  public static Duration requireLease(Duration lease) {
    Objects.requireNonNull(lease, "lease");
    if (lease.isZero() || lease.isNegative()) {
      throw new IllegalArgumentException("lease must be positive, was " + lease);
    }
    return lease;
  }
}
