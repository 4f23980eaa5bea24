package io.workbridge.examples.customstore;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.EffectLog;
import io.workbridge.sync.store.EffectRecord;
import io.workbridge.sync.store.ReservationOwner;
import io.workbridge.sync.store.StoreArguments;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The {@link EffectLog} of one connection in a {@link FileSyncStore}. A reservation is on disk before
 * {@link #reserve} returns true, so an effect performed after it is never repeated by a restarted process
 * while the lease lasts.
 */
final class FileEffects implements EffectLog {
  private final StateFile file;
  private final ConnectionId connectionId;
  private final Clock clock;
  private final Duration defaultLease;
  private final ReservationOwner owner;

  FileEffects(StateFile file, ConnectionId connectionId, Clock clock, Duration defaultLease, ReservationOwner owner) {
    this.owner = owner;
    this.file = file;
    this.connectionId = connectionId;
    this.clock = clock;
    this.defaultLease = defaultLease;
  }

  @Override
  public boolean reserve(String key) {
    return reserve(key, defaultLease);
  }

  @Override
  public boolean reserve(String key, Duration lease) {
    StoreArguments.requireKey(key, "effect key");
    StoreArguments.requireLease(lease);
    return file.write(
        connectionId,
        state -> {
          Instant now = clock.instant();
          ConnectionState.Effect existing = state.effects.get(key);
          if (existing != null && !StoreArguments.mayTakeOver(existing.toRecord(), now, owner)) {
            return false;
          }
          int reservations = existing == null ? 1 : existing.reservations() + 1;
          state.effects.put(
              key, new ConnectionState.Effect(key, false, reservations, now, now.plus(lease), null, null, false, owner.token()));
          return true;
        });
  }

  @Override
  public void confirm(String key, String result) {
    StoreArguments.requireKey(key, "effect key");
    file.write(
        connectionId,
        state -> {
          ConnectionState.Effect existing = state.effects.get(key);
          if (existing != null && existing.confirmed()) {
            return false;
          }
          Instant now = clock.instant();
          state.effects.put(
              key,
              new ConnectionState.Effect(
                  key,
                  true,
                  existing == null ? 1 : existing.reservations(),
                  existing == null ? now : existing.reservedAt(),
                  null,
                  now,
                  result,
                  false,
                  existing == null ? null : existing.owner()));
          return true;
        });
  }

  @Override
  public boolean release(String key) {
    StoreArguments.requireKey(key, "effect key");
    return file.write(
        connectionId,
        state -> {
          ConnectionState.Effect existing = state.effects.get(key);
          if (existing == null || existing.confirmed()) {
            return false;
          }
          state.effects.remove(key);
          return true;
        });
  }

  @Override
  public boolean markUncertain(String key, Duration settle) {
    StoreArguments.requireKey(key, "effect key");
    StoreArguments.requireSettle(settle);
    return file.write(
        connectionId,
        state -> {
          ConnectionState.Effect existing = state.effects.get(key);
          if (existing == null || existing.confirmed() || existing.uncertain()) {
            return false;
          }
          state.effects.put(
              key,
              new ConnectionState.Effect(
                  key, false, existing.reservations(), existing.reservedAt(), clock.instant().plus(settle), null, null, true, existing.owner()));
          return true;
        });
  }

  @Override
  public List<EffectRecord> pending() {
    return file.read(
        connectionId,
        state ->
            state.effects.values().stream()
                .filter(effect -> !effect.confirmed())
                .sorted(Comparator.comparing(ConnectionState.Effect::reservedAt).thenComparing(ConnectionState.Effect::key))
                .map(ConnectionState.Effect::toRecord)
                .toList());
  }

  @Override
  public Optional<EffectRecord> find(String key) {
    StoreArguments.requireKey(key, "effect key");
    return file.read(connectionId, state -> Optional.ofNullable(state.effects.get(key)).map(ConnectionState.Effect::toRecord));
  }
}
