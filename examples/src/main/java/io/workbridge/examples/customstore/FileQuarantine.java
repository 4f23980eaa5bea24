package io.workbridge.examples.customstore;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.Quarantine;
import io.workbridge.sync.store.QuarantinedRecord;
import io.workbridge.sync.store.StoreArguments;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@link Quarantine} of one connection in a {@link FileSyncStore}. */
final class FileQuarantine implements Quarantine {
  private final StateFile file;
  private final ConnectionId connectionId;
  private final Clock clock;

  FileQuarantine(StateFile file, ConnectionId connectionId, Clock clock) {
    this.file = file;
    this.connectionId = connectionId;
    this.clock = clock;
  }

  @Override
  public QuarantinedRecord add(String stream, String recordKey, String reason, String payload) {
    ConnectionState.Pair key = key(stream, recordKey);
    StoreArguments.requireText(reason, "reason");
    Objects.requireNonNull(payload, "payload");
    return file.write(
        connectionId,
        state -> {
          Instant now = clock.instant();
          ConnectionState.Parked existing = state.quarantine.get(key);
          ConnectionState.Parked parked =
              existing != null
                  ? existing.failedAgain(reason, payload, now)
                  : new ConnectionState.Parked(stream, recordKey, reason, payload, 1, now, now);
          state.quarantine.put(key, parked);
          return parked.toRecord(connectionId);
        });
  }

  @Override
  public Optional<QuarantinedRecord> find(String stream, String recordKey) {
    ConnectionState.Pair key = key(stream, recordKey);
    return file.read(connectionId, state -> Optional.ofNullable(state.quarantine.get(key)).map(this::toRecord));
  }

  @Override
  public List<QuarantinedRecord> list() {
    return file.read(connectionId, state -> ConnectionState.convert(state.quarantine.values(), this::toRecord));
  }

  @Override
  public List<QuarantinedRecord> list(String stream) {
    StoreArguments.requireKey(stream, "stream");
    return file.read(
        connectionId,
        state -> state.quarantine.values().stream().filter(p -> p.stream().equals(stream)).map(this::toRecord).toList());
  }

  @Override
  public Optional<QuarantinedRecord> retryFailed(String stream, String recordKey, String reason) {
    ConnectionState.Pair key = key(stream, recordKey);
    StoreArguments.requireText(reason, "reason");
    return file.write(
        connectionId,
        state ->
            Optional.ofNullable(state.quarantine.computeIfPresent(
                    key, (k, parked) -> parked.failedAgain(reason, parked.payload(), clock.instant())))
                .map(this::toRecord));
  }

  @Override
  public boolean retrySucceeded(String stream, String recordKey) {
    return remove(stream, recordKey);
  }

  @Override
  public boolean drop(String stream, String recordKey) {
    return remove(stream, recordKey);
  }

  private boolean remove(String stream, String recordKey) {
    ConnectionState.Pair key = key(stream, recordKey);
    return file.write(connectionId, state -> state.quarantine.remove(key) != null);
  }

  private QuarantinedRecord toRecord(ConnectionState.Parked parked) {
    return parked.toRecord(connectionId);
  }

  private static ConnectionState.Pair key(String stream, String recordKey) {
    return new ConnectionState.Pair(
        StoreArguments.requireKey(stream, "stream"), StoreArguments.requireKey(recordKey, "record key"));
  }
}
