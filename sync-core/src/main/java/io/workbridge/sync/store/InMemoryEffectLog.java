package io.workbridge.sync.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** In-memory {@link EffectLog}; one lock makes reserve atomic. */
final class InMemoryEffectLog implements EffectLog {
  private final Clock clock;
  private final Duration defaultLease;
  private final ReservationOwner owner;
  private final Map<String, EffectRecord> entries = new HashMap<>();

  InMemoryEffectLog(Clock clock, Duration defaultLease, ReservationOwner owner) {
    this.clock = clock;
    this.defaultLease = defaultLease;
    this.owner = owner;
  }

  @Override
  public boolean reserve(String key) {
    return reserve(key, defaultLease);
  }

  @Override
  public synchronized boolean reserve(String key, Duration lease) {
    StoreArguments.requireKey(key, "effect key");
    StoreArguments.requireLease(lease);
    Instant now = clock.instant();
    EffectRecord existing = entries.get(key);
    if (existing != null && !StoreArguments.mayTakeOver(existing, now, owner)) {
      return false;
    }
    int reservations = existing == null ? 1 : existing.reservations() + 1;
    entries.put(
        key,
        EffectRecord.builder()
            .key(key)
            .state(EffectState.RESERVED)
            .reservations(reservations)
            .reservedAt(now)
            .leaseExpiresAt(now.plus(lease))
            .owner(owner.token())
            .build());
    return true;
  }

  @Override
  public synchronized void confirm(String key, @Nullable String result) {
    StoreArguments.requireKey(key, "effect key");
    EffectRecord existing = entries.get(key);
    if (existing != null && existing.isConfirmed()) {
      return;
    }
    Instant now = clock.instant();
    entries.put(
        key,
        EffectRecord.builder()
            .key(key)
            .state(EffectState.CONFIRMED)
            .reservations(existing == null ? 1 : existing.reservations())
            .reservedAt(existing == null ? now : existing.reservedAt())
            .confirmedAt(now)
            .result(Optional.ofNullable(result))
            .build());
  }

  @Override
  public synchronized boolean release(String key) {
    StoreArguments.requireKey(key, "effect key");
    EffectRecord existing = entries.get(key);
    if (existing == null || existing.isConfirmed()) {
      return false;
    }
    entries.remove(key);
    return true;
  }

  @Override
  public synchronized boolean markUncertain(String key, Duration settle) {
    StoreArguments.requireKey(key, "effect key");
    StoreArguments.requireSettle(settle);
    EffectRecord existing = entries.get(key);
    if (existing == null || existing.state() != EffectState.RESERVED) {
      return false;
    }
    entries.put(key, EffectRecord.builder().from(existing).state(EffectState.UNCERTAIN).leaseExpiresAt(clock.instant().plus(settle)).build());
    return true;
  }

  @Override
  public synchronized List<EffectRecord> pending() {
    return entries.values().stream()
        .filter(record -> !record.isConfirmed())
        .sorted(Comparator.comparing(EffectRecord::reservedAt).thenComparing(EffectRecord::key))
        .toList();
  }

  @Override
  public synchronized Optional<EffectRecord> find(String key) {
    StoreArguments.requireKey(key, "effect key");
    return Optional.ofNullable(entries.get(key));
  }

}
