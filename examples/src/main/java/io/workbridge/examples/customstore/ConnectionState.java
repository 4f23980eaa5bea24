package io.workbridge.examples.customstore;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.CustomerLocation;
import io.workbridge.sync.store.DeferredRecord;
import io.workbridge.sync.store.EffectRecord;
import io.workbridge.sync.store.EffectState;
import io.workbridge.sync.store.HeldLead;
import io.workbridge.sync.store.MappingOrigin;
import io.workbridge.sync.store.NoteDirection;
import io.workbridge.sync.store.NoteRecord;
import io.workbridge.sync.store.QuarantinedRecord;
import io.workbridge.sync.store.StoredMapping;
import io.workbridge.sync.store.SubscriberLocation;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Everything one connection has stored, in plain serializable collections — the shape {@link StateFile}
 * writes to disk. The SPI's value types are not {@link Serializable}, so each kind of entry has a small
 * record here that converts to its SPI type when read. Not thread-safe: only touched under the {@link
 * StateFile}'s lock. Insertion-ordered maps give the orders the SPI promises (links in creation order,
 * quarantine in first-quarantined order, held leads in arrival order).
 */
final class ConnectionState implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** Stream name → cursor. */
  final TreeMap<String, String> cursors = new TreeMap<>();

  /** Link kind name → its links. */
  final HashMap<String, LinkTable> links = new HashMap<>();

  /** (subscriber id, location id) → mapping. */
  final LinkedHashMap<Pair, Mapping> mappings = new LinkedHashMap<>();

  /** Effect key → entry. */
  final HashMap<String, Effect> effects = new HashMap<>();

  /** Every note copy, oldest first. */
  final ArrayList<NoteCopy> notes = new ArrayList<>();

  /** (stream, record key) → quarantined record. */
  final LinkedHashMap<Pair, Parked> quarantine = new LinkedHashMap<>();

  /** (stream, record key) → deferred record; null in a file written before deferral existed. */
  private LinkedHashMap<Pair, Retry> deferred = new LinkedHashMap<>();

  /** Alert id → held lead. */
  final LinkedHashMap<String, Held> heldLeads = new LinkedHashMap<>();

  /** The sequence number of the last lead held. */
  long lastHeldSequence;

  /** The links of one kind, indexed both ways; {@code bySource} keeps creation order. */
  static final class LinkTable implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    final LinkedHashMap<String, String> bySource = new LinkedHashMap<>();
    final HashMap<String, String> byTarget = new HashMap<>();
  }

  /** A two-part key. */
  record Pair(String first, String second) implements Serializable {}

  /** A stored entity mapping. */
  record Mapping(
      String subscriberId,
      String locationId,
      String customerId,
      String customerLocationId,
      MappingOrigin origin,
      Instant updatedAt)
      implements Serializable {
    StoredMapping toStored() {
      return new StoredMapping(
          SubscriberLocation.of(subscriberId, locationId),
          CustomerLocation.of(customerId, customerLocationId),
          origin,
          updatedAt);
    }
  }

  /** An effect-log entry; the lease is null once confirmed, the confirmation time null while reserved. */
  record Effect(
      String key,
      boolean confirmed,
      int reservations,
      Instant reservedAt,
      Instant leaseExpiresAt,
      Instant confirmedAt,
      String result,
      boolean uncertain,
      String owner)
      implements Serializable {
    EffectRecord toRecord() {
      return EffectRecord.builder()
          .key(key)
          .state(confirmed ? EffectState.CONFIRMED : uncertain ? EffectState.UNCERTAIN : EffectState.RESERVED)
          .reservations(reservations)
          .reservedAt(reservedAt)
          .leaseExpiresAt(Optional.ofNullable(leaseExpiresAt))
          .confirmedAt(Optional.ofNullable(confirmedAt))
          .result(Optional.ofNullable(result))
          .owner(Optional.ofNullable(owner))
          .build();
    }
  }

  /** A copied note; {@code targetNoteId} is null when the other side returned no id. */
  record NoteCopy(
      NoteDirection direction,
      String threadId,
      String sourceNoteId,
      String contentHash,
      String targetNoteId,
      Instant recordedAt)
      implements Serializable {
    static NoteCopy of(NoteRecord note, Instant recordedAt) {
      return new NoteCopy(
          note.direction(),
          note.threadId(),
          note.sourceNoteId(),
          note.contentHash(),
          note.targetNoteId().orElse(null),
          recordedAt);
    }

    NoteRecord toRecord() {
      return NoteRecord.builder()
          .direction(direction)
          .threadId(threadId)
          .sourceNoteId(sourceNoteId)
          .contentHash(contentHash)
          .targetNoteId(Optional.ofNullable(targetNoteId))
          .recordedAt(recordedAt)
          .build();
    }
  }

  /** A quarantined record. */
  record Parked(
      String stream,
      String recordKey,
      String reason,
      String payload,
      int attempts,
      Instant firstSeen,
      Instant lastSeen)
      implements Serializable {
    /** The same record failing again for {@code newReason} at {@code now}. */
    Parked failedAgain(String newReason, String newPayload, Instant now) {
      return new Parked(stream, recordKey, newReason, newPayload, attempts + 1, firstSeen, now);
    }

    QuarantinedRecord toRecord(ConnectionId connectionId) {
      return new QuarantinedRecord(
          connectionId, stream, recordKey, reason, payload, attempts, firstSeen, lastSeen);
    }
  }

  /** (stream, record key) → deferred record, created on first use in a file that had none. */
  LinkedHashMap<Pair, Retry> deferred() {
    if (deferred == null) {
      deferred = new LinkedHashMap<>();
    }
    return deferred;
  }

  /** A deferred record. */
  record Retry(
      String stream,
      String recordKey,
      String group,
      String reason,
      String payload,
      int attempts,
      Instant firstFailed,
      Instant lastFailed,
      Instant nextAttempt)
      implements Serializable {
    DeferredRecord toRecord(ConnectionId connectionId) {
      return new DeferredRecord(
          connectionId, stream, recordKey, group, reason, payload, attempts, firstFailed, lastFailed, nextAttempt);
    }
  }

  /** A held lead. */
  record Held(String alertId, String payload, long sequence, Instant heldAt) implements Serializable {
    HeldLead toLead() {
      return new HeldLead(alertId, payload, sequence, heldAt);
    }
  }

  /** Converts every value of an ordered collection, returning an unmodifiable list. */
  static <S, T> List<T> convert(Iterable<S> values, Function<S, T> conversion) {
    List<T> converted = new ArrayList<>();
    values.forEach(value -> converted.add(conversion.apply(value)));
    return List.copyOf(converted);
  }
}
