package io.workbridge.sync.store;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Who holds an effect reservation: the process's configured owner name (kept across restarts, see {@link
 * SyncStoreSettings#owner()}) and an incarnation drawn when the store is opened. A reservation left by an
 * earlier incarnation of the same owner was left by a process that is gone — the owner runs once — so a
 * store reclaims it at once instead of waiting for its lease to run out. Without an owner name, only leases
 * apply.
 */
public final class ReservationOwner {

  private static final char SEPARATOR = '#';

  private final Optional<String> name;
  private final String token;

  private ReservationOwner(Optional<String> name, String incarnation) {
    this.name = name;
    this.token = name.orElse("") + SEPARATOR + incarnation;
  }

  /**
   * A new incarnation of an owner.
   *
   * @param name the owner's name, e.g. {@code "bridge-1"}; empty for an anonymous process
   * @return the owner of this process's reservations
   */
  public static ReservationOwner newIncarnation(Optional<String> name) {
    Objects.requireNonNull(name, "name");
    name.ifPresent(
        value -> {
          StoreArguments.requireKey(value, "owner");
          if (value.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("owner must not contain '" + SEPARATOR + "': " + value);
          }
        });
    return new ReservationOwner(name, UUID.randomUUID().toString());
  }

  /** {@return the owner's configured name; empty for an anonymous process} */
  public Optional<String> name() {
    return name;
  }

  /** {@return what the store records with each reservation: {@code <name>#<incarnation>}} */
  public String token() {
    return token;
  }

  /**
   * Whether a reservation recorded under {@code otherToken} was made by an earlier incarnation of this owner
   * (same name, another incarnation): that process is gone.
   *
   * @param otherToken the token recorded with a reservation, if any
   * @return true if this owner may reclaim it at once
   */
  public boolean succeeds(Optional<String> otherToken) {
    if (name.isEmpty() || otherToken.isEmpty() || otherToken.get().equals(token)) {
      return false;
    }
    int cut = otherToken.get().lastIndexOf(SEPARATOR);
    return cut > 0 && otherToken.get().substring(0, cut).equals(name.get());
  }

  @Override
  public String toString() {
    return token;
  }
}
