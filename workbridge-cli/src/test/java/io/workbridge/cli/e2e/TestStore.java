package io.workbridge.cli.e2e;

import io.workbridge.sync.jdbc.JdbcSyncStore;
import io.workbridge.sync.store.SyncStoreSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

/**
 * Where an end-to-end test keeps the sync's state: an embedded H2 database in a directory, or a fresh
 * schema of its own in the PostgreSQL named by {@code WORKBRIDGE_TEST_PG_URL} (dropped on close), so runs
 * never see each other's state. Each {@link #open} is a new store over the same data, as a restarted or a
 * second process would have.
 */
final class TestStore implements AutoCloseable {
  /** The PostgreSQL the tests may use, or null. */
  static final String POSTGRES_URL = System.getenv("WORKBRIDGE_TEST_PG_URL");

  /** Why PostgreSQL tests are skipped when no database is configured. */
  static final String POSTGRES_SKIPPED =
      "WORKBRIDGE_TEST_PG_URL is not set: end-to-end runs on PostgreSQL skipped"
          + " (set it to e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)";

  private final String url;
  private final String schema;
  private final boolean dropOnClose;

  private TestStore(String url, String schema, boolean dropOnClose) {
    this.url = url;
    this.schema = schema;
    this.dropOnClose = dropOnClose;
  }

  /** The embedded H2 database in {@code directory}. */
  static TestStore h2(Path directory) {
    return new TestStore(
        "jdbc:h2:file:" + directory.toAbsolutePath().resolve("workbridge") + ";DB_CLOSE_ON_EXIT=FALSE", "", false);
  }

  /** A new H2 database in memory, named uniquely, dropped on close (for runs that need no files). */
  static TestStore h2InMemory() {
    String name = "wb_mem_" + UUID.randomUUID().toString().replace("-", "");
    return new TestStore("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "", true);
  }

  /** A new, uniquely named schema in the test PostgreSQL. */
  static TestStore postgres() {
    if (POSTGRES_URL == null || POSTGRES_URL.isBlank()) {
      throw new IllegalStateException(POSTGRES_SKIPPED);
    }
    String schema = "wb_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    return new TestStore(POSTGRES_URL, schema, true);
  }

  /** The JDBC URL, for a configuration file pointing at this store. */
  String url() {
    return url;
  }

  /** The schema, empty for the database's default. */
  String schema() {
    return schema;
  }

  /** Opens a new store over this location, its leases and timestamps on {@code clock}. */
  JdbcSyncStore open(Clock clock) {
    return JdbcSyncStore.open(url, schema, SyncStoreSettings.builder().clock(clock).build());
  }

  /** Drops the PostgreSQL schema or the in-memory H2 database; an H2 directory is left to its temporary folder. */
  @Override
  public void close() {
    if (!dropOnClose) {
      return;
    }
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(schema.isEmpty() ? "SHUTDOWN" : "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException failure) {
      throw new IllegalStateException("could not drop test schema " + schema, failure);
    }
  }

  @Override
  public String toString() {
    return schema.isEmpty() ? "H2" : "PostgreSQL schema " + schema;
  }
}
