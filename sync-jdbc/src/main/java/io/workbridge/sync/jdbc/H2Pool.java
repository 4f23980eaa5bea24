package io.workbridge.sync.jdbc;

import io.workbridge.sync.store.StoreException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * H2's own connection pool for an H2 URL. Kept apart so that H2 — an optional dependency — is loaded only by a
 * store that uses it; without it on the class path, opening an H2 store says which artifact to add.
 */
final class H2Pool {
  private H2Pool() {}

  /**
   * A pool of at most {@code size} connections to {@code jdbcUrl}; {@link #close} closes it. Typed as a plain
   * {@link DataSource}, so that callers' bytecode names no H2 class.
   */
  static DataSource open(String jdbcUrl, int size) {
    requireDriver();
    JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl, "", "");
    pool.setMaxConnections(size);
    return pool;
  }

  /** Checks H2 is on the class path, naming the artifact to add when it is not. */
  static void requireDriver() {
    try {
      Class.forName("org.h2.Driver", false, H2Pool.class.getClassLoader());
    } catch (ClassNotFoundException missing) {
      throw new StoreException(
          "the embedded H2 store needs the H2 database on the class path: add com.h2database:h2 to your dependencies");
    }
  }

  /** Closes a pool {@link #open} returned. */
  static void close(DataSource pool) {
    ((JdbcConnectionPool) pool).dispose();
  }
}
