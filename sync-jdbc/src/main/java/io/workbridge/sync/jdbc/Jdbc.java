package io.workbridge.sync.jdbc;

import io.workbridge.sync.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The few JDBC moves the store makes, each with its connection handling in one place: a query, an update,
 * and a transaction. Every state transition runs in one transaction; SQL failures become {@link
 * StoreException} naming what was being done. A single statement runs in auto-commit mode: it is a
 * transaction of its own, without the extra round trip of a separate commit.
 */
final class Jdbc {
  /** SQLState of a unique-constraint violation, the same in H2 and PostgreSQL. */
  private static final String UNIQUE_VIOLATION = "23505";

  private final DataSource dataSource;

  Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Reads one row of a result set. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** Work done inside one transaction. */
  @FunctionalInterface
  interface TransactionWork<T> {
    T run(Connection connection) throws SQLException;
  }

  <T> List<T> query(String what, String sql, RowReader<T> reader, Object... parameters) {
    try {
      return inAutoCommit(connection -> list(connection, sql, reader, parameters));
    } catch (SQLException failure) {
      throw new StoreException("Store failed to " + what + ": " + failure.getMessage(), failure);
    }
  }

  <T> Optional<T> queryOne(String what, String sql, RowReader<T> reader, Object... parameters) {
    List<T> rows = query(what, sql, reader, parameters);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  int update(String what, String sql, @Nullable Object... parameters) {
    try {
      return inAutoCommit(connection -> update(connection, sql, parameters));
    } catch (SQLException failure) {
      throw new StoreException("Store failed to " + what + ": " + failure.getMessage(), failure);
    }
  }

  /**
   * Inserts a row in its own transaction.
   *
   * @return false if a unique constraint refused it (the row, or a conflicting one, exists)
   */
  boolean insertUnlessExists(String what, String sql, @Nullable Object... parameters) {
    try {
      return inAutoCommit(connection -> update(connection, sql, parameters) == 1);
    } catch (SQLException failure) {
      if (isUniqueViolation(failure)) {
        return false;
      }
      throw new StoreException("Store failed to " + what + ": " + failure.getMessage(), failure);
    }
  }

  /**
   * Updates a row, or inserts it when there is none; an insert that loses to a concurrent one makes it try the
   * update again.
   *
   * @param updated runs the update; true when it changed the row
   * @param inserted runs the insert; true when it inserted the row, false when one exists
   * @throws StoreException when three rounds lose to concurrent writers
   */
  void updateOrInsert(String what, BooleanSupplier updated, BooleanSupplier inserted) {
    for (int attempt = 0; attempt < 3; attempt++) {
      if (updated.getAsBoolean() || inserted.getAsBoolean()) {
        return;
      }
    }
    throw new StoreException("Store failed to " + what + ": contended by concurrent writers");
  }

  <T> T inTransaction(String what, TransactionWork<T> work) {
    try {
      return inTransactionRaw(work);
    } catch (SQLException failure) {
      throw new StoreException("Store failed to " + what + ": " + failure.getMessage(), failure);
    }
  }

  /** Runs one statement as its own transaction (auto-commit). */
  private <T> T inAutoCommit(TransactionWork<T> work) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.getAutoCommit()) {
        connection.setAutoCommit(true);
      }
      return work.run(connection);
    }
  }

  private <T> T inTransactionRaw(TransactionWork<T> work) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException failure) {
        connection.rollback();
        throw failure;
      }
    }
  }

  static <T> List<T> list(Connection connection, String sql, RowReader<T> reader, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      List<T> result = new ArrayList<>();
      while (rows.next()) {
        result.add(reader.read(rows));
      }
      return result;
    }
  }

  static int update(Connection connection, String sql, @Nullable Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, parameters)) {
      return statement.executeUpdate();
    }
  }

  static boolean isUniqueViolation(SQLException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** An instant as stored: nanoseconds since the epoch. */
  static long nanos(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
  }

  /** A stored instant read back. */
  static Instant instant(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  /** A nullable stored instant read back. */
  static @Nullable Instant instantOrNull(ResultSet row, String column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : instant(value);
  }

  private static PreparedStatement prepare(Connection connection, String sql, @Nullable Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < parameters.length; i++) {
        if (parameters[i] == null) {
          statement.setNull(i + 1, Types.NULL);
        } else {
          statement.setObject(i + 1, parameters[i]);
        }
      }
      return statement;
    } catch (SQLException failure) {
      statement.close();
      throw failure;
    }
  }
}
