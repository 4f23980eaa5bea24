package io.workbridge.sync.store;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link SyncStoreProvider} needs to create a store: the clock (leases and timestamps), the
 * default lease of effect reservations, and adapter-specific properties (e.g. a JDBC URL). Properties
 * may hold credentials and are redacted from {@code toString()}.
 */
@Value.Immutable
public interface SyncStoreSettings {
  /** The default lease of an effect reservation: five minutes. */
  Duration DEFAULT_LEASE = Duration.ofMinutes(5);

  /** {@return the clock the store reads for leases and timestamps; the system UTC clock by default} */
  @Value.Default
  default Clock clock() {
    return Clock.systemUTC();
  }

  /** {@return the lease of {@link EffectLog#reserve(String)}; {@link #DEFAULT_LEASE} by default} */
  @Value.Default
  default Duration defaultLease() {
    return DEFAULT_LEASE;
  }

  /**
   * {@return whether to open only a store that exists and whose schema is current, creating and migrating
   * nothing: for tools that only read state ({@code workbridge status}) or check it ({@code workbridge
   * preflight})} A missing store is a {@link StoreNotFoundException}, a schema of another version a {@link
   * StoreException} saying which. Off by default (a store is created and migrated as needed).
   */
  @Value.Default
  default boolean existingOnly() {
    return false;
  }

  /**
   * {@return the name of the process using the store, kept across its restarts (e.g. {@code "bridge-1"}): a
   * process started again under the same name reclaims at once the effect reservations its previous
   * incarnation left when it died, instead of waiting for their leases to run out (each is then looked up
   * before it is performed again)} No two processes running at the same time may share a name. Empty by
   * default: leases only.
   */
  Optional<String> owner();

  /** {@return adapter-specific settings, by name} */
  @Value.Redacted
  Map<String, String> properties();

  /** Checks that the lease is positive. */
  @Value.Check
  default void check() {
    if (defaultLease().isNegative() || defaultLease().isZero()) {
      throw new IllegalArgumentException("default lease must be positive, was " + defaultLease());
    }
  }

  /** {@return settings with every default} */
  static SyncStoreSettings defaults() {
    return builder().build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SyncStoreSettings}. */
  final class Builder extends ImmutableSyncStoreSettings.Builder {}
}
