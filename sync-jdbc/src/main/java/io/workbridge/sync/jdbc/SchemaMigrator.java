package io.workbridge.sync.jdbc;

import io.workbridge.sync.store.StoreException;
import io.workbridge.sync.store.StoreNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and migrates the store's schema at start. Applied versions are kept in a version table; each
 * migration claims its version row first, so two processes starting together apply it once.
 */
final class SchemaMigrator {
  /** The migrations, in order; file {@code V<n>__*.sql} is version n. */
  static final List<String> MIGRATIONS = List.of("V1__sync_store.sql", "V2__effect_owner.sql", "V3__deferred_record.sql");

  private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

  private final Jdbc jdbc;
  private final Tables tables;
  private final String schema;

  SchemaMigrator(Jdbc jdbc, Tables tables, String schema) {
    this.jdbc = jdbc;
    this.tables = tables;
    this.schema = schema;
  }

  /** The whole schema at the newest version as one script, every migration recorded as applied. */
  static String script(Tables tables, String schema) {
    StringBuilder sql = new StringBuilder();
    sql.append("-- WorkBridge sync store, schema version ").append(MIGRATIONS.size()).append('\n');
    for (String statement : versionTable(tables, schema)) {
      sql.append(statement).append(";\n");
    }
    for (int version = 1; version <= MIGRATIONS.size(); version++) {
      String file = MIGRATIONS.get(version - 1);
      sql.append("\n-- ").append(file).append('\n');
      for (String statement : statements(read(file, tables))) {
        sql.append(statement).append(";\n");
      }
      sql.append("INSERT INTO ").append(tables.version).append(" (version, applied_at) VALUES (")
          .append(version).append(", 0);\n");
    }
    return sql.toString();
  }

  /** Brings the schema to the newest version; returns the version it is at. */
  int migrate() {
    createVersionTable();
    int current = currentVersion();
    for (int version = current + 1; version <= MIGRATIONS.size(); version++) {
      apply(version, MIGRATIONS.get(version - 1));
    }
    return MIGRATIONS.size();
  }

  /**
   * Creates the schema and the version table unless they exist. PostgreSQL's {@code IF NOT EXISTS} does not
   * hold against a process creating the same at the same moment (one of them fails with a duplicate key in
   * the catalogue); the loser tries again, and then finds them.
   */
  private void createVersionTable() {
    for (int attempt = 1; ; attempt++) {
      try {
        createVersionTableOnce();
        return;
      } catch (StoreException failure) {
        if (attempt >= 3 || !isCreatedConcurrently(failure)) {
          throw failure;
        }
        LOG.debug("schema {} created by another process at the same time, trying again", schema);
      }
    }
  }

  private void createVersionTableOnce() {
    jdbc.inTransaction(
        "create the version table",
        connection -> {
          for (String statement : versionTable(tables, schema)) {
            execute(connection, statement);
          }
          return null;
        });
  }

  /** The statements creating the schema (when named) and the version table, unless they exist. */
  private static List<String> versionTable(Tables tables, String schema) {
    List<String> statements = new ArrayList<>();
    if (!schema.isEmpty()) {
      statements.add("CREATE SCHEMA IF NOT EXISTS " + schema);
    }
    statements.add(
        "CREATE TABLE IF NOT EXISTS " + tables.version + " (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)");
    return statements;
  }

  /** Whether a failure is a duplicate in the catalogue: 23505 unique violation, 42P06/42P07 duplicate schema/table. */
  private static boolean isCreatedConcurrently(StoreException failure) {
    for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.equals("23505") || state.equals("42P06") || state.equals("42P07")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Checks, creating and migrating nothing, that the schema exists at the newest version; returns it.
   *
   * @throws StoreNotFoundException when there is no schema (nothing has run yet)
   * @throws StoreException when the schema is at another version, saying which
   */
  int requireCurrent() {
    int version;
    try {
      version = currentVersion();
    } catch (StoreException missing) {
      if (isMissingTable(missing)) {
        throw new StoreNotFoundException(
            "the store has no WorkBridge tables" + (schema.isEmpty() ? "" : " in schema " + schema)
                + " (nothing has run yet: the first `workbridge run` creates them)",
            missing);
      }
      throw missing;
    }
    if (version < MIGRATIONS.size()) {
      throw new StoreException(
          "the store's schema is at version " + version + ", this WorkBridge needs version " + MIGRATIONS.size()
              + ": `workbridge run` migrates it");
    }
    if (version > MIGRATIONS.size()) {
      throw new StoreException(
          "the store's schema is at version " + version + ", newer than this WorkBridge knows (" + MIGRATIONS.size()
              + "): use the WorkBridge that migrated it");
    }
    return version;
  }

  private static boolean isMissingTable(StoreException failure) {
    for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        // 42S02/42S04 H2 table or schema not found, 42P01 PostgreSQL undefined table, 3F000 undefined schema,
        // 90079 H2 schema not found.
        if (state.equals("42S02") || state.equals("42S04") || state.equals("42P01") || state.equals("3F000")
            || state.equals("90079") || state.equals("42S03")) {
          return true;
        }
      }
    }
    return false;
  }

  int currentVersion() {
    return jdbc.queryOne(
            "read the schema version",
            "SELECT MAX(version) FROM " + tables.version,
            row -> row.getInt(1))
        .orElse(0);
  }

  private void apply(int version, String file) {
    List<String> statements = statements(read(file, tables));
    boolean applied =
        jdbc.inTransaction(
            "migrate the schema to version " + version,
            connection -> {
              try {
                Jdbc.update(
                    connection,
                    "INSERT INTO " + tables.version + " (version, applied_at) VALUES (?, ?)",
                    version, System.currentTimeMillis() * 1_000_000L);
              } catch (SQLException claimed) {
                if (Jdbc.isUniqueViolation(claimed)) {
                  return false;
                }
                throw claimed;
              }
              for (String statement : statements) {
                execute(connection, statement);
              }
              return true;
            });
    if (applied) {
      LOG.info("Sync store schema migrated to version {} ({})", version, file);
    }
  }

  private static String read(String file, Tables tables) {
    try (InputStream in = SchemaMigrator.class.getResourceAsStream("migration/" + file)) {
      if (in == null) {
        throw new StoreException("Store migration " + file + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("${prefix}", tables.prefix)
          .replace("${local}", "wb_");
    } catch (IOException unreadable) {
      throw new StoreException("Store migration " + file + " cannot be read", unreadable);
    }
  }

  /** Splits a script into statements: comment lines dropped, statements end with ';'. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String statement = current.toString().strip();
        statements.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
