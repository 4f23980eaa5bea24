package io.workbridge.sync.jdbc;

import io.workbridge.sync.store.CustomerLocation;
import io.workbridge.sync.store.MappingOrigin;
import io.workbridge.sync.store.MappingStore;
import io.workbridge.sync.store.StoredMapping;
import io.workbridge.sync.store.SubscriberLocation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link MappingStore} on the mapping table; learning inserts only, an explicit set upserts. */
final class JdbcMappingStore implements MappingStore {
  private static final String COLUMNS =
      "subscriber_id, sc_location_id, customer_id, st_location_id, origin, updated_at";

  private final Jdbc jdbc;
  private final Tables tables;
  private final String conn;
  private final Clock clock;

  JdbcMappingStore(Jdbc jdbc, Tables tables, String conn, Clock clock) {
    this.jdbc = jdbc;
    this.tables = tables;
    this.conn = conn;
    this.clock = clock;
  }

  @Override
  public boolean learn(SubscriberLocation key, CustomerLocation value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    return insert(key, value, MappingOrigin.LEARNT);
  }

  @Override
  public void set(SubscriberLocation key, CustomerLocation value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    jdbc.updateOrInsert(
        "set mapping",
        () ->
            jdbc.update(
                    "set mapping",
                    "UPDATE " + tables.mapping + " SET customer_id = ?, st_location_id = ?, origin = ?, updated_at = ?"
                        + " WHERE conn = ? AND subscriber_id = ? AND sc_location_id = ?",
                    value.customerId(), value.locationId(), MappingOrigin.EXPLICIT.name(),
                    Jdbc.nanos(clock.instant()), conn, key.subscriberId(), key.locationId())
                == 1,
        () -> insert(key, value, MappingOrigin.EXPLICIT));
  }

  private boolean insert(SubscriberLocation key, CustomerLocation value, MappingOrigin origin) {
    return jdbc.insertUnlessExists(
        "store mapping",
        "INSERT INTO " + tables.mapping + " (conn, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
        conn, key.subscriberId(), key.locationId(), value.customerId(), value.locationId(), origin.name(),
        Jdbc.nanos(clock.instant()));
  }

  @Override
  public Optional<StoredMapping> find(SubscriberLocation key) {
    Objects.requireNonNull(key, "key");
    return jdbc.queryOne(
        "read mapping",
        "SELECT " + COLUMNS + " FROM " + tables.mapping
            + " WHERE conn = ? AND subscriber_id = ? AND sc_location_id = ?",
        JdbcMappingStore::read,
        conn, key.subscriberId(), key.locationId());
  }

  @Override
  public boolean remove(SubscriberLocation key) {
    Objects.requireNonNull(key, "key");
    return jdbc.update(
            "remove mapping",
            "DELETE FROM " + tables.mapping + " WHERE conn = ? AND subscriber_id = ? AND sc_location_id = ?",
            conn, key.subscriberId(), key.locationId())
        == 1;
  }

  @Override
  public List<StoredMapping> list() {
    return jdbc.query(
        "list mappings",
        "SELECT " + COLUMNS + " FROM " + tables.mapping + " WHERE conn = ? ORDER BY seq",
        JdbcMappingStore::read,
        conn);
  }

  private static StoredMapping read(ResultSet row) throws SQLException {
    return new StoredMapping(
        SubscriberLocation.of(row.getString("subscriber_id"), row.getString("sc_location_id")),
        CustomerLocation.of(row.getString("customer_id"), row.getString("st_location_id")),
        MappingOrigin.valueOf(row.getString("origin")),
        Jdbc.instant(row.getLong("updated_at")));
  }
}
