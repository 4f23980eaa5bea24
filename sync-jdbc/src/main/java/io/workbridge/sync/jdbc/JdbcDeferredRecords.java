package io.workbridge.sync.jdbc;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.DeferredRecord;
import io.workbridge.sync.store.DeferredRecords;
import io.workbridge.sync.store.StoreArguments;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link DeferredRecords} on the deferred-record table; a repeated deferral counts an attempt. */
final class JdbcDeferredRecords implements DeferredRecords {
  private static final String COLUMNS =
      "stream, record_key, group_key, reason, payload, attempts, first_failed, last_failed, next_attempt";

  private final Jdbc jdbc;
  private final Tables tables;
  private final ConnectionId connectionId;
  private final Clock clock;

  JdbcDeferredRecords(Jdbc jdbc, Tables tables, ConnectionId connectionId, Clock clock) {
    this.jdbc = jdbc;
    this.tables = tables;
    this.connectionId = connectionId;
    this.clock = clock;
  }

  private String conn() {
    return connectionId.value();
  }

  @Override
  public DeferredRecord defer(
      String stream, String recordKey, String group, String reason, String payload, Duration retryAfter) {
    StoreArguments.requireKey(stream, "stream");
    StoreArguments.requireKey(recordKey, "record key");
    StoreArguments.requireKey(group, "group");
    StoreArguments.requireText(reason, "reason");
    Objects.requireNonNull(payload, "payload");
    StoreArguments.requireNotNegative(retryAfter, "retryAfter");
    Instant now = clock.instant();
    long nowNanos = Jdbc.nanos(now);
    long due = Jdbc.nanos(now.plus(retryAfter));
    jdbc.updateOrInsert(
        "defer a record",
        () ->
            jdbc.update(
                    "defer record",
                    "UPDATE " + tables.deferred
                        + " SET group_key = ?, reason = ?, payload = ?, attempts = attempts + 1, last_failed = ?,"
                        + " next_attempt = ? WHERE conn = ? AND stream = ? AND record_key = ?",
                    group, reason, payload, nowNanos, due, conn(), stream, recordKey)
                == 1,
        () ->
            jdbc.insertUnlessExists(
                "defer record",
                "INSERT INTO " + tables.deferred + " (conn, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
                conn(), stream, recordKey, group, reason, payload, nowNanos, nowNanos, due));
    return find(stream, recordKey).orElseThrow();
  }

  @Override
  public Optional<DeferredRecord> find(String stream, String recordKey) {
    StoreArguments.requireKey(stream, "stream");
    StoreArguments.requireKey(recordKey, "record key");
    return jdbc.queryOne(
        "read deferred record",
        "SELECT " + COLUMNS + " FROM " + tables.deferred + " WHERE conn = ? AND stream = ? AND record_key = ?",
        this::read,
        conn(), stream, recordKey);
  }

  @Override
  public List<DeferredRecord> due(String stream, int limit) {
    StoreArguments.requireKey(stream, "stream");
    StoreArguments.requirePositive(limit, "limit");
    return jdbc.query(
        "list due deferred records",
        "SELECT " + COLUMNS + " FROM " + tables.deferred
            + " WHERE conn = ? AND stream = ? AND next_attempt <= ?"
            + " ORDER BY next_attempt, record_key LIMIT ?",
        this::read,
        conn(), stream, Jdbc.nanos(clock.instant()), limit);
  }

  @Override
  public List<DeferredRecord> list() {
    return jdbc.query(
        "list deferred records",
        "SELECT " + COLUMNS + " FROM " + tables.deferred
            + " WHERE conn = ? ORDER BY next_attempt, stream, record_key",
        this::read,
        conn());
  }

  @Override
  public boolean remove(String stream, String recordKey) {
    StoreArguments.requireKey(stream, "stream");
    StoreArguments.requireKey(recordKey, "record key");
    return jdbc.update(
            "remove deferred record",
            "DELETE FROM " + tables.deferred + " WHERE conn = ? AND stream = ? AND record_key = ?",
            conn(), stream, recordKey)
        == 1;
  }

  private DeferredRecord read(ResultSet row) throws SQLException {
    return new DeferredRecord(
        connectionId,
        row.getString("stream"),
        row.getString("record_key"),
        row.getString("group_key"),
        row.getString("reason"),
        row.getString("payload"),
        row.getInt("attempts"),
        Jdbc.instant(row.getLong("first_failed")),
        Jdbc.instant(row.getLong("last_failed")),
        Jdbc.instant(row.getLong("next_attempt")));
  }
}
