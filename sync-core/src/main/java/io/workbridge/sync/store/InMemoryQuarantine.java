package io.workbridge.sync.store;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** In-memory {@link Quarantine}, in first-quarantined order. */
final class InMemoryQuarantine implements Quarantine {
  private final ConnectionId connectionId;
  private final Clock clock;
  private final Map<Key, QuarantinedRecord> records = new LinkedHashMap<>();

  InMemoryQuarantine(ConnectionId connectionId, Clock clock) {
    this.connectionId = connectionId;
    this.clock = clock;
  }

  @Override
  public synchronized QuarantinedRecord add(
      String stream, String recordKey, String reason, String payload) {
    Key key = Key.of(stream, recordKey);
    StoreArguments.requireText(reason, "reason");
    Objects.requireNonNull(payload, "payload");
    Instant now = clock.instant();
    QuarantinedRecord existing = records.get(key);
    QuarantinedRecord updated =
        existing == null
            ? new QuarantinedRecord(connectionId, stream, recordKey, reason, payload, 1, now, now)
            : new QuarantinedRecord(
                connectionId,
                stream,
                recordKey,
                reason,
                payload,
                existing.attempts() + 1,
                existing.firstSeen(),
                now);
    records.put(key, updated);
    return updated;
  }

  @Override
  public synchronized Optional<QuarantinedRecord> find(String stream, String recordKey) {
    return Optional.ofNullable(records.get(Key.of(stream, recordKey)));
  }

  @Override
  public synchronized List<QuarantinedRecord> list() {
    return List.copyOf(records.values());
  }

  @Override
  public synchronized List<QuarantinedRecord> list(String stream) {
    StoreArguments.requireKey(stream, "stream");
    return records.values().stream().filter(r -> r.stream().equals(stream)).toList();
  }

  @Override
  public synchronized Optional<QuarantinedRecord> retryFailed(
      String stream, String recordKey, String reason) {
    Key key = Key.of(stream, recordKey);
    StoreArguments.requireText(reason, "reason");
    QuarantinedRecord existing = records.get(key);
    if (existing == null) {
      return Optional.empty();
    }
    QuarantinedRecord updated =
        new QuarantinedRecord(
            connectionId,
            stream,
            recordKey,
            reason,
            existing.payload(),
            existing.attempts() + 1,
            existing.firstSeen(),
            clock.instant());
    records.put(key, updated);
    return Optional.of(updated);
  }

  @Override
  public synchronized boolean retrySucceeded(String stream, String recordKey) {
    return records.remove(Key.of(stream, recordKey)) != null;
  }

  @Override
  public synchronized boolean drop(String stream, String recordKey) {
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
