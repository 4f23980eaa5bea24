package io.workbridge.sync.jdbc;

import io.workbridge.sync.store.HeldLead;
import io.workbridge.sync.store.HeldLeads;
import io.workbridge.sync.store.StoreArguments;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link HeldLeads} on the held-lead table; the identity column gives the arrival order. */
final class JdbcHeldLeads implements HeldLeads {
  private final Jdbc jdbc;
  private final Tables tables;
  private final String conn;
  private final Clock clock;

  JdbcHeldLeads(Jdbc jdbc, Tables tables, String conn, Clock clock) {
    this.jdbc = jdbc;
    this.tables = tables;
    this.conn = conn;
    this.clock = clock;
  }

  @Override
  public boolean hold(String alertId, String payload) {
    StoreArguments.requireKey(alertId, "alert id");
    Objects.requireNonNull(payload, "payload");
    return jdbc.insertUnlessExists(
        "hold lead",
        "INSERT INTO " + tables.heldLead + " (conn, alert_id, payload, held_at) VALUES (?, ?, ?, ?)",
        conn, alertId, payload, Jdbc.nanos(clock.instant()));
  }

  @Override
  public List<HeldLead> list() {
    return jdbc.query(
        "list held leads",
        "SELECT alert_id, payload, seq, held_at FROM " + tables.heldLead + " WHERE conn = ? ORDER BY seq",
        JdbcHeldLeads::read,
        conn);
  }

  @Override
  public Optional<HeldLead> find(String alertId) {
    StoreArguments.requireKey(alertId, "alert id");
    return jdbc.queryOne(
        "read held lead",
        "SELECT alert_id, payload, seq, held_at FROM " + tables.heldLead + " WHERE conn = ? AND alert_id = ?",
        JdbcHeldLeads::read,
        conn, alertId);
  }

  @Override
  public boolean release(String alertId) {
    StoreArguments.requireKey(alertId, "alert id");
    return jdbc.update(
            "release held lead",
            "DELETE FROM " + tables.heldLead + " WHERE conn = ? AND alert_id = ?",
            conn, alertId)
        == 1;
  }

  @Override
  public int count() {
    return jdbc.queryOne(
            "count held leads",
            "SELECT COUNT(*) FROM " + tables.heldLead + " WHERE conn = ?",
            row -> row.getInt(1),
            conn)
        .orElse(0);
  }

  private static HeldLead read(ResultSet row) throws SQLException {
    return new HeldLead(
        row.getString("alert_id"), row.getString("payload"), row.getLong("seq"), Jdbc.instant(row.getLong("held_at")));
  }
}
