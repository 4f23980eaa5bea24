package io.workbridge.examples.customstore;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.DeferredRecord;
import io.workbridge.sync.store.DeferredRecords;
import io.workbridge.sync.store.StoreArguments;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@link DeferredRecords} of one connection in a {@link FileSyncStore}. */
final class FileDeferredRecords implements DeferredRecords {
  private static final Comparator<ConnectionState.Retry> BY_DUE =
      Comparator.comparing(ConnectionState.Retry::nextAttempt)
          .thenComparing(ConnectionState.Retry::stream)
          .thenComparing(ConnectionState.Retry::recordKey);

  private final StateFile file;
  private final ConnectionId connectionId;
  private final Clock clock;

  FileDeferredRecords(StateFile file, ConnectionId connectionId, Clock clock) {
    this.file = file;
    this.connectionId = connectionId;
    this.clock = clock;
  }

  @Override
  public DeferredRecord defer(
      String stream, String recordKey, String group, String reason, String payload, Duration retryAfter) {
    ConnectionState.Pair key = key(stream, recordKey);
    StoreArguments.requireKey(group, "group");
    StoreArguments.requireText(reason, "reason");
    Objects.requireNonNull(payload, "payload");
    StoreArguments.requireNotNegative(retryAfter, "retryAfter");
    return file.write(
        connectionId,
        state -> {
          Instant now = clock.instant();
          ConnectionState.Retry existing = state.deferred().get(key);
          ConnectionState.Retry retry =
              new ConnectionState.Retry(
                  stream,
                  recordKey,
                  group,
                  reason,
                  payload,
                  existing == null ? 1 : existing.attempts() + 1,
                  existing == null ? now : existing.firstFailed(),
                  now,
                  now.plus(retryAfter));
          state.deferred().put(key, retry);
          return retry.toRecord(connectionId);
        });
  }

  @Override
  public Optional<DeferredRecord> find(String stream, String recordKey) {
    ConnectionState.Pair key = key(stream, recordKey);
    return file.read(connectionId, state -> Optional.ofNullable(state.deferred().get(key)).map(this::toRecord));
  }

  @Override
  public List<DeferredRecord> due(String stream, int limit) {
    StoreArguments.requireKey(stream, "stream");
    StoreArguments.requirePositive(limit, "limit");
    Instant now = clock.instant();
    return file.read(
        connectionId,
        state ->
            state.deferred().values().stream()
                .filter(r -> r.stream().equals(stream) && !r.nextAttempt().isAfter(now))
                .sorted(BY_DUE)
                .limit(limit)
                .map(this::toRecord)
                .toList());
  }

  @Override
  public List<DeferredRecord> list() {
    return file.read(
        connectionId, state -> state.deferred().values().stream().sorted(BY_DUE).map(this::toRecord).toList());
  }

  @Override
  public boolean remove(String stream, String recordKey) {
    ConnectionState.Pair key = key(stream, recordKey);
    return file.write(connectionId, state -> state.deferred().remove(key) != null);
  }

  private DeferredRecord toRecord(ConnectionState.Retry retry) {
    return retry.toRecord(connectionId);
  }

  private static ConnectionState.Pair key(String stream, String recordKey) {
    return new ConnectionState.Pair(
        StoreArguments.requireKey(stream, "stream"), StoreArguments.requireKey(recordKey, "record key"));
  }
}
