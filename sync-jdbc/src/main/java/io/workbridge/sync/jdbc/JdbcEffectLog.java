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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link EffectLog} on the effect table, one statement per step. A reservation is first tried as an insert —
 * the primary key makes exactly one of several racing threads or processes win — and only when the key exists
 * is an update tried that takes the entry over if {@link StoreArguments#mayTakeOver(EffectRecord, Instant,
 * ReservationOwner) it may be taken}: its condition is checked by the database on the row it locks, so of
 * several racing take-overs one wins. Confirmation updates the entry, or inserts it when it is unknown, and
 * never changes a confirmed one.
 */
final class JdbcEffectLog implements EffectLog {
  private static final String COLUMNS =
      "effect_key, state, reservations, reserved_at, lease_expires_at, confirmed_at, result, owner";
  /** Escapes the owner name in the {@code LIKE} patterns of the take-over. */
  private static final char LIKE_ESCAPE = '!';
  /** Insert and take-over attempts when the entry is released between the two. */
  private static final int RESERVE_ATTEMPTS = 3;

  private final Jdbc jdbc;
  private final Tables tables;
  private final String conn;
  private final Clock clock;
  private final Duration defaultLease;
  private final ReservationOwner owner;
  private final String takeOverSql;

  JdbcEffectLog(Jdbc jdbc, Tables tables, String conn, Clock clock, Duration defaultLease, ReservationOwner owner) {
    this.owner = owner;
    this.jdbc = jdbc;
    this.tables = tables;
    this.conn = conn;
    this.clock = clock;
    this.defaultLease = defaultLease;
    this.takeOverSql = takeOverSql(tables, owner);
  }

  /**
   * The update that takes over an existing entry, as {@link StoreArguments#mayTakeOver(EffectRecord, Instant,
   * ReservationOwner)} allows: not confirmed, and its lease or settling time over, or reserved by an earlier
   * incarnation of this owner (a token {@code <name>#<incarnation>} other than ours).
   */
  private static String takeOverSql(Tables tables, ReservationOwner owner) {
    String predecessor =
        owner.name().isEmpty()
            ? ""
            : " OR (state = ? AND owner <> ? AND owner LIKE ? ESCAPE '" + LIKE_ESCAPE + "'"
                + " AND owner NOT LIKE ? ESCAPE '" + LIKE_ESCAPE + "')";
    return "UPDATE " + tables.effect
        + " SET state = ?, reservations = reservations + 1, reserved_at = ?, lease_expires_at = ?, owner = ?"
        + " WHERE conn = ? AND effect_key = ? AND state <> ?"
        + " AND (lease_expires_at IS NULL OR lease_expires_at <= ?" + predecessor + ")";
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
    long reservedAt = Jdbc.nanos(now);
    long expires = Jdbc.nanos(now.plus(lease));
    for (int attempt = 0; attempt < RESERVE_ATTEMPTS; attempt++) {
      if (jdbc.insertUnlessExists(
          "reserve effect",
          "INSERT INTO " + tables.effect
              + " (conn, effect_key, state, reservations, reserved_at, lease_expires_at, owner)"
              + " VALUES (?, ?, ?, 1, ?, ?, ?)",
          conn, key, EffectState.RESERVED.name(), reservedAt, expires, owner.token())) {
        return true;
      }
      if (jdbc.update("reserve effect", takeOverSql, takeOverParameters(key, reservedAt, expires)) == 1) {
        return true;
      }
      if (find(key).isPresent()) {
        return false; // confirmed, or held under a live lease
      }
      // Released between the insert and the update: try again.
    }
    return false;
  }

  private Object[] takeOverParameters(String key, long reservedAt, long expires) {
    List<Object> parameters =
        new ArrayList<>(
            List.of(
                EffectState.RESERVED.name(), reservedAt, expires, owner.token(),
                conn, key, EffectState.CONFIRMED.name(), reservedAt));
    owner.name()
        .ifPresent(
            name -> {
              String prefix = likeLiteral(name) + "#";
              parameters.addAll(List.of(EffectState.RESERVED.name(), owner.token(), prefix + "%", prefix + "%#%"));
            });
    return parameters.toArray();
  }

  /** {@code text} matched literally by {@code LIKE … ESCAPE '!'}. */
  private static String likeLiteral(String text) {
    StringBuilder literal = new StringBuilder(text.length() + 4);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == LIKE_ESCAPE || c == '%' || c == '_') {
        literal.append(LIKE_ESCAPE);
      }
      literal.append(c);
    }
    return literal.toString();
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
