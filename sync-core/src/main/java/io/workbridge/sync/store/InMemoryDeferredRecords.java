package io.workbridge.sync.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** In-memory {@link DeferredRecords}. */
final class InMemoryDeferredRecords implements DeferredRecords {
  private static final Comparator<DeferredRecord> BY_DUE =
      Comparator.comparing(DeferredRecord::nextAttempt)
          .thenComparing(DeferredRecord::stream)
          .thenComparing(DeferredRecord::recordKey);

  private final ConnectionId connectionId;
  private final Clock clock;
  private final Map<Key, DeferredRecord> records = new HashMap<>();

  InMemoryDeferredRecords(ConnectionId connectionId, Clock clock) {
    this.connectionId = connectionId;
    this.clock = clock;
  }

  @Override
  public synchronized DeferredRecord defer(
      String stream, String recordKey, String group, String reason, String payload, Duration retryAfter) {
    Key key = Key.of(stream, recordKey);
    StoreArguments.requireKey(group, "group");
    StoreArguments.requireText(reason, "reason");
    Objects.requireNonNull(payload, "payload");
    StoreArguments.requireNotNegative(retryAfter, "retryAfter");
    Instant now = clock.instant();
    DeferredRecord existing = records.get(key);
    DeferredRecord updated =
        new DeferredRecord(
            connectionId,
            stream,
            recordKey,
            group,
            reason,
            payload,
            existing == null ? 1 : existing.attempts() + 1,
            existing == null ? now : existing.firstFailed(),
            now,
            now.plus(retryAfter));
    records.put(key, updated);
    return updated;
  }

  @Override
  public synchronized Optional<DeferredRecord> find(String stream, String recordKey) {
    return Optional.ofNullable(records.get(Key.of(stream, recordKey)));
  }

  @Override
  public synchronized List<DeferredRecord> due(String stream, int limit) {
    StoreArguments.requireKey(stream, "stream");
    StoreArguments.requirePositive(limit, "limit");
    Instant now = clock.instant();
    return records.values().stream()
        .filter(r -> r.stream().equals(stream) && !r.nextAttempt().isAfter(now))
        .sorted(BY_DUE)
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized List<DeferredRecord> list() {
    return records.values().stream().sorted(BY_DUE).toList();
  }

  @Override
  public synchronized boolean remove(String stream, String recordKey) {
    return records.remove(Key.of(stream, recordKey)) != null;
  }

  private record Key(String stream, String recordKey) {
    static Key of(String stream, String recordKey) {
      return new Key(
          StoreArguments.requireKey(stream, "stream"),
          StoreArguments.requireKey(recordKey, "record key"));
    }
  }
}
