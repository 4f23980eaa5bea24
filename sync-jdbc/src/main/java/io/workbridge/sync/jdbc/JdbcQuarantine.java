package io.workbridge.sync.jdbc;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.Quarantine;
import io.workbridge.sync.store.QuarantinedRecord;
import io.workbridge.sync.store.StoreArguments;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link Quarantine} on the quarantine table; a repeated add or failed retry counts an attempt. */
final class JdbcQuarantine implements Quarantine {
  private static final String COLUMNS =
      "stream, record_key, reason, payload, attempts, first_seen, last_seen";

  private final Jdbc jdbc;
  private final Tables tables;
  private final ConnectionId connectionId;
  private final Clock clock;

  JdbcQuarantine(Jdbc jdbc, Tables tables, ConnectionId connectionId, Clock clock) {
    this.jdbc = jdbc;
    this.tables = tables;
    this.connectionId = connectionId;
    this.clock = clock;
  }

  private String conn() {
    return connectionId.value();
  }

  @Override
  public QuarantinedRecord add(String stream, String recordKey, String reason, String payload) {
    StoreArguments.requireKey(stream, "stream");
    StoreArguments.requireKey(recordKey, "record key");
    StoreArguments.requireText(reason, "reason");
    Objects.requireNonNull(payload, "payload");
    long now = Jdbc.nanos(clock.instant());
    jdbc.updateOrInsert(
        "quarantine a record",
        () ->
            jdbc.update(
                    "quarantine record",
                    "UPDATE " + tables.quarantine
                        + " SET reason = ?, payload = ?, attempts = attempts + 1, last_seen = ?"
                        + " WHERE conn = ? AND stream = ? AND record_key = ?",
                    reason, payload, now, conn(), stream, recordKey)
                == 1,
        () ->
            jdbc.insertUnlessExists(
                "quarantine record",
                "INSERT INTO " + tables.quarantine + " (conn, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
                conn(), stream, recordKey, reason, payload, now, now));
    return find(stream, recordKey).orElseThrow();
  }

  @Override
  public Optional<QuarantinedRecord> find(String stream, String recordKey) {
    StoreArguments.requireKey(stream, "stream");
    StoreArguments.requireKey(recordKey, "record key");
    return jdbc.queryOne(
        "read quarantine",
        "SELECT " + COLUMNS + " FROM " + tables.quarantine + " WHERE conn = ? AND stream = ? AND record_key = ?",
        this::read,
        conn(), stream, recordKey);
  }

  @Override
  public List<QuarantinedRecord> list() {
    return jdbc.query(
        "list quarantine",
        "SELECT " + COLUMNS + " FROM " + tables.quarantine + " WHERE conn = ? ORDER BY seq",
        this::read,
        conn());
  }

  @Override
  public List<QuarantinedRecord> list(String stream) {
    StoreArguments.requireKey(stream, "stream");
    return jdbc.query(
        "list quarantine",
        "SELECT " + COLUMNS + " FROM " + tables.quarantine + " WHERE conn = ? AND stream = ? ORDER BY seq",
        this::read,
        conn(), stream);
  }

  @Override
  public Set<String> keys(String stream) {
    StoreArguments.requireKey(stream, "stream");
    return new HashSet<>(
        jdbc.query(
            "list quarantined keys",
            "SELECT record_key FROM " + tables.quarantine + " WHERE conn = ? AND stream = ?",
            row -> row.getString("record_key"),
            conn(), stream));
  }

  @Override
  public Optional<QuarantinedRecord> retryFailed(String stream, String recordKey, String reason) {
    StoreArguments.requireKey(stream, "stream");
    StoreArguments.requireKey(recordKey, "record key");
    StoreArguments.requireText(reason, "reason");
    int updated =
        jdbc.update(
            "record failed retry",
            "UPDATE " + tables.quarantine + " SET reason = ?, attempts = attempts + 1, last_seen = ?"
                + " WHERE conn = ? AND stream = ? AND record_key = ?",
            reason, Jdbc.nanos(clock.instant()), conn(), stream, recordKey);
    return updated == 1 ? find(stream, recordKey) : Optional.empty();
  }

  @Override
  public boolean retrySucceeded(String stream, String recordKey) {
    return delete(stream, recordKey);
  }

  @Override
  public boolean drop(String stream, String recordKey) {
    return delete(stream, recordKey);
  }

  private boolean delete(String stream, String recordKey) {
    StoreArguments.requireKey(stream, "stream");
    StoreArguments.requireKey(recordKey, "record key");
    return jdbc.update(
            "remove quarantined record",
            "DELETE FROM " + tables.quarantine + " WHERE conn = ? AND stream = ? AND record_key = ?",
            conn(), stream, recordKey)
        == 1;
  }

  private QuarantinedRecord read(ResultSet row) throws SQLException {
    return new QuarantinedRecord(
        connectionId,
        row.getString("stream"),
        row.getString("record_key"),
        row.getString("reason"),
        row.getString("payload"),
        row.getInt("attempts"),
        Jdbc.instant(row.getLong("first_seen")),
        Jdbc.instant(row.getLong("last_seen")));
  }
}
