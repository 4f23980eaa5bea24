package io.workbridge.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * The task table a clustered fleet's scheduler keeps its (connection, stream) tasks in: db-scheduler's table
 * layout, for PostgreSQL and H2.
 */
public final class ClusterTable {
  private ClusterTable() {}

  /**
   * The statements that create the table and its indexes when they are missing.
   *
   * @param tableName the table, optionally schema-qualified
   * @param postgres true for PostgreSQL, false for H2
   * @return the statements, in order
   */
  public static List<String> ddl(String tableName, boolean postgres) {
    String index = tableName.replace('.', '_');
    String time = "timestamp with time zone";
    String text = postgres ? "text" : "varchar(512)";
    String bytes = postgres ? "bytea" : "blob";
    return List.of(
        "create table if not exists " + tableName + " ("
            + "task_name " + text + " not null, task_instance " + text + " not null, task_data " + bytes + ", "
            + "execution_time " + time + " not null, picked boolean not null, picked_by " + text + ", "
            + "last_success " + time + ", last_failure " + time + ", consecutive_failures int, "
            + "last_heartbeat " + time + ", version bigint not null, priority smallint, "
            + "primary key (task_name, task_instance))",
        "create index if not exists " + index + "_execution_time_idx on " + tableName + " (execution_time)",
        "create index if not exists " + index + "_last_heartbeat_idx on " + tableName + " (last_heartbeat)");
  }

  /**
   * Whether the data source is PostgreSQL (true) or H2 (false).
   *
   * @param dataSource the shared database
   * @return true for PostgreSQL
   * @throws IllegalStateException for any other database, or when it cannot be reached
   */
  static boolean isPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      if (!product.equals("PostgreSQL") && !product.equals("H2")) {
        throw new IllegalStateException("a clustered fleet runs on PostgreSQL (or H2 for one process), not " + product);
      }
      return product.equals("PostgreSQL");
    } catch (SQLException failed) {
      throw new IllegalStateException("cannot reach the cluster's database: " + failed.getMessage(), failed);
    }
  }

  /**
   * Creates the table in the data source's database when it is missing; a process racing another one to create it
   * tries once more.
   *
   * @param dataSource the shared database
   * @param tableName the table, optionally schema-qualified
   * @param postgres true for PostgreSQL, false for H2
   * @throws IllegalStateException when the statements fail
   */
  static void create(DataSource dataSource, String tableName, boolean postgres) {
    try {
      execute(dataSource, tableName, postgres);
    } catch (SQLException raced) {
      try {
        Thread.sleep(200);
        execute(dataSource, tableName, postgres);
      } catch (SQLException | InterruptedException failed) {
        if (failed instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("cannot create the task table " + tableName + ": " + failed.getMessage(), failed);
      }
    }
  }

  private static void execute(DataSource dataSource, String tableName, boolean postgres) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      int dot = tableName.indexOf('.');
      if (dot > 0) {
        statement.execute("create schema if not exists " + tableName.substring(0, dot));
      }
      for (String sql : ddl(tableName, postgres)) {
        statement.execute(sql);
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    }
  }
}
