package io.workbridge.sync.jdbc;

import io.workbridge.sync.store.EffectLog;
import io.workbridge.sync.store.EffectRecord;
import io.workbridge.sync.store.EffectState;
import io.workbridge.sync.store.ReservationOwner;
import io.workbridge.sync.store.StoreArguments;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link EffectLog} on the effect table. A reservation is first tried as an insert — the primary key makes
 * exactly one of several racing threads or processes win — and only when the key exists is the row locked
 * ({@code SELECT … FOR UPDATE}) to take over an expired lease. Confirmation is an upsert that never
 * changes a confirmed row.
 */
final class JdbcEffectLog implements EffectLog {
  private static final String COLUMNS =
      "effect_key, state, reservations, reserved_at, lease_expires_at, confirmed_at, result, owner";

  private final Jdbc jdbc;
  private final Tables tables;
  private final String conn;
  private final Clock clock;
  private final Duration defaultLease;
  private final ReservationOwner owner;

  JdbcEffectLog(Jdbc jdbc, Tables tables, String conn, Clock clock, Duration defaultLease, ReservationOwner owner) {
    this.owner = owner;
    this.jdbc = jdbc;
    this.tables = tables;
    this.conn = conn;
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
    Instant now = clock.instant();
    if (jdbc.insertUnlessExists(
        "reserve effect",
        "INSERT INTO " + tables.effect
            + " (conn, effect_key, state, reservations, reserved_at, lease_expires_at, owner) VALUES (?, ?, ?, 1, ?, ?, ?)",
        conn, key, EffectState.RESERVED.name(), Jdbc.nanos(now), Jdbc.nanos(now.plus(lease)), owner.token())) {
      return true;
    }
    return jdbc.inTransaction(
        "reserve effect",
        connection -> {
          List<EffectRecord> rows =
              Jdbc.list(
                  connection,
                  "SELECT " + COLUMNS + " FROM " + tables.effect + " WHERE conn = ? AND effect_key = ? FOR UPDATE",
                  JdbcEffectLog::read,
                  conn, key);
          if (rows.isEmpty()) {
            // Released between our insert and this read: take it now.
            return Jdbc.update(
                    connection,
                    "INSERT INTO " + tables.effect
                        + " (conn, effect_key, state, reservations, reserved_at, lease_expires_at, owner)"
                        + " VALUES (?, ?, ?, 1, ?, ?, ?)",
                    conn, key, EffectState.RESERVED.name(), Jdbc.nanos(now), Jdbc.nanos(now.plus(lease)), owner.token())
                == 1;
          }
          EffectRecord existing = rows.get(0);
          if (!StoreArguments.mayTakeOver(existing, now, owner)) {
            return false;
          }
          return Jdbc.update(
                  connection,
                  "UPDATE " + tables.effect
                      + " SET state = ?, reservations = reservations + 1, reserved_at = ?, lease_expires_at = ?, owner = ?"
                      + " WHERE conn = ? AND effect_key = ? AND state <> ?",
                  EffectState.RESERVED.name(), Jdbc.nanos(now), Jdbc.nanos(now.plus(lease)), owner.token(), conn, key,
                  EffectState.CONFIRMED.name())
              == 1;
        });
  }

  @Override
  public void confirm(String key, @Nullable String result) {
    StoreArguments.requireKey(key, "effect key");
    Instant now = clock.instant();
    int updated =
        jdbc.update(
            "confirm effect",
            "UPDATE " + tables.effect
                + " SET state = ?, lease_expires_at = NULL, confirmed_at = ?, result = ?"
                + " WHERE conn = ? AND effect_key = ? AND state <> ?",
            EffectState.CONFIRMED.name(), Jdbc.nanos(now), result, conn, key, EffectState.CONFIRMED.name());
    if (updated == 0) {
      // Unknown (never reserved, or released meanwhile) or already confirmed: record it unless confirmed.
      jdbc.insertUnlessExists(
          "confirm effect",
          "INSERT INTO " + tables.effect
              + " (conn, effect_key, state, reservations, reserved_at, confirmed_at, result) VALUES (?, ?, ?, 1, ?, ?, ?)",
          conn, key, EffectState.CONFIRMED.name(), Jdbc.nanos(now), Jdbc.nanos(now), result);
    }
  }

  @Override
  public boolean release(String key) {
    StoreArguments.requireKey(key, "effect key");
    return jdbc.update(
            "release effect",
            "DELETE FROM " + tables.effect + " WHERE conn = ? AND effect_key = ? AND state <> ?",
            conn, key, EffectState.CONFIRMED.name())
        == 1;
  }

  @Override
  public boolean markUncertain(String key, Duration settle) {
    StoreArguments.requireKey(key, "effect key");
    StoreArguments.requireSettle(settle);
    return jdbc.update(
            "mark effect uncertain",
            "UPDATE " + tables.effect + " SET state = ?, lease_expires_at = ? WHERE conn = ? AND effect_key = ? AND state = ?",
            EffectState.UNCERTAIN.name(), Jdbc.nanos(clock.instant().plus(settle)), conn, key, EffectState.RESERVED.name())
        == 1;
  }

  @Override
  public List<EffectRecord> pending() {
    return jdbc.query(
        "list pending effects",
        "SELECT " + COLUMNS + " FROM " + tables.effect + " WHERE conn = ? AND state <> ? ORDER BY reserved_at, effect_key",
        JdbcEffectLog::read,
        conn, EffectState.CONFIRMED.name());
  }

  @Override
  public Optional<EffectRecord> find(String key) {
    StoreArguments.requireKey(key, "effect key");
    return jdbc.queryOne(
        "read effect",
        "SELECT " + COLUMNS + " FROM " + tables.effect + " WHERE conn = ? AND effect_key = ?",
        JdbcEffectLog::read,
        conn, key);
  }

  private static EffectRecord read(ResultSet row) throws SQLException {
    return EffectRecord.builder()
        .key(row.getString("effect_key"))
        .state(EffectState.valueOf(row.getString("state")))
        .reservations(row.getInt("reservations"))
        .reservedAt(Jdbc.instant(row.getLong("reserved_at")))
        .leaseExpiresAt(Optional.ofNullable(Jdbc.instantOrNull(row, "lease_expires_at")))
        .confirmedAt(Optional.ofNullable(Jdbc.instantOrNull(row, "confirmed_at")))
        .result(Optional.ofNullable(row.getString("result")))
        .owner(Optional.ofNullable(row.getString("owner")))
        .build();
  }
}
