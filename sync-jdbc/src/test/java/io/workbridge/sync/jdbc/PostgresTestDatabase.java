package io.workbridge.sync.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/** The PostgreSQL the tests may use: {@code WORKBRIDGE_TEST_PG_URL}, one throw-away schema per test. */
final class PostgresTestDatabase {
  static final String URL = System.getenv("WORKBRIDGE_TEST_PG_URL");

  /** Why PostgreSQL tests are skipped when no database is configured. */
  static final String SKIP_REASON =
      "WORKBRIDGE_TEST_PG_URL is not set: PostgreSQL store tests skipped"
          + " (set it to e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)";

  private PostgresTestDatabase() {}

  /** A fresh, unique schema name. */
  static String newSchema() {
    return "wb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
  }

  /** Drops a test schema and everything in it. */
  static void drop(String schema) {
    try (Connection connection = DriverManager.getConnection(URL);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException failure) {
      throw new IllegalStateException("could not drop test schema " + schema, failure);
    }
  }
}
