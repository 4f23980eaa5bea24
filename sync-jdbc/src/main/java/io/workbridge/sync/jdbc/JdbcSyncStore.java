package io.workbridge.sync.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.ConnectionParts;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.StoreException;
import io.workbridge.sync.store.ReservationOwner;
import io.workbridge.sync.store.StoreNotFoundException;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.store.SyncStoreSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A durable {@link SyncStore} over JDBC, for an embedded H2 file database (the default: nothing to
 * install) or PostgreSQL (several WorkBridge processes sharing one database and the work).
 *
 * <p>The schema is created and migrated when the store opens, with a version table (unless the settings ask
 * for an {@linkplain SyncStoreSettings#existingOnly() existing store only}: then nothing is created or
 * migrated). Every state transition is one transaction, and the workflows write state before they perform
 * an effect, so a killed process loses nothing. Effect reservations are exclusive across processes: the effect table's primary key lets
 * exactly one racing reservation in, and an expired lease is taken over by one conditional update.
 *
 * <pre>{@code
 * SyncStore embedded = JdbcSyncStore.embedded(Path.of("workbridge-data"), SyncStoreSettings.defaults());
 * SyncStore shared = JdbcSyncStore.open(pooledPostgresDataSource, "workbridge", SyncStoreSettings.defaults());
 * }</pre>
 *
 * <p>Thread-safe. Opened by URL, the store pools its connections; or pass your own pooled {@link
 * DataSource}.
 */
public final class JdbcSyncStore implements SyncStore {
  /** Connections kept by the pool {@link #open(String, String, SyncStoreSettings)} creates. */
  public static final int POOL_SIZE = 8;

  /**
   * H2 writes a commit to its file at once instead of up to 500 ms later ({@code WRITE_DELAY}'s default): a
   * killed process would otherwise lose the effect log's last reservations and confirmations, and its
   * successor would repeat writes that had happened.
   */
  static final String DURABLE_COMMITS = ";WRITE_DELAY=0";

  private static final Pattern SCHEMA = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

  private final Jdbc jdbc;
  private final Tables tables;
  private final SyncStoreSettings settings;
  /** This process's identity on the effects it reserves (reclaims its previous incarnation's at once). */
  private final ReservationOwner owner;
  private final @Nullable AutoCloseable ownedResource;
  private final int schemaVersion;

  private JdbcSyncStore(
      DataSource dataSource, String schema, SyncStoreSettings settings, @Nullable AutoCloseable owned) {
    requirePlainName(schema);
    this.jdbc = new Jdbc(dataSource);
    this.tables = new Tables(schema);
    this.settings = Objects.requireNonNull(settings, "settings");
    this.owner = ReservationOwner.newIncarnation(settings.owner());
    this.ownedResource = owned;
    SchemaMigrator migrator = new SchemaMigrator(jdbc, tables, schema);
    this.schemaVersion = settings.existingOnly() ? migrator.requireCurrent() : migrator.migrate();
  }

  /** Refuses a schema name that is not a plain SQL identifier (it is written into the SQL as it is). */
  private static void requirePlainName(String schema) {
    if (!schema.isEmpty() && !SCHEMA.matcher(schema).matches()) {
      throw new IllegalArgumentException(
          "schema must be a plain SQL identifier (letters, digits, '_'), was '" + schema + "'");
    }
  }

  /**
   * Opens a store on the caller's data source (the caller keeps ownership of it).
   *
   * @param dataSource a (preferably pooled) data source for H2 or PostgreSQL
   * @param schema the database schema holding the tables, created if missing; empty for the default
   * @param settings clock and default lease
   * @return the store
   */
  public static JdbcSyncStore open(DataSource dataSource, String schema, SyncStoreSettings settings) {
    return new JdbcSyncStore(Objects.requireNonNull(dataSource, "dataSource"), schema, settings, null);
  }

  /**
   * Opens a store by JDBC URL. A PostgreSQL URL gets a HikariCP pool, an H2 URL H2's own pool (each {@value
   * #POOL_SIZE} connections, closed with the store); other drivers a new connection per operation.
   *
   * @param jdbcUrl for example {@code jdbc:postgresql://127.0.0.1:5432/workbridge?user=workbridge} or
   *     {@code jdbc:h2:file:./workbridge-data/workbridge;WRITE_DELAY=0} (an H2 file database without {@code
   *     WRITE_DELAY=0} may lose its last commits when the process is killed; {@link #embedded} sets it)
   * @param schema the schema holding the tables; empty for the default
   * @param settings clock and default lease
   * @return the store
   */
  public static JdbcSyncStore open(String jdbcUrl, String schema, SyncStoreSettings settings) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      HikariDataSource pool = postgresPool(jdbcUrl);
      return openOwning(pool, schema, settings, pool::close);
    }
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      DataSource pool = H2Pool.open(jdbcUrl, POOL_SIZE);
      return openOwning(pool, schema, settings, () -> H2Pool.close(pool));
    }
    return new JdbcSyncStore(new UrlDataSource(jdbcUrl), schema, settings, null);
  }

  private static JdbcSyncStore openOwning(
      DataSource pool, String schema, SyncStoreSettings settings, AutoCloseable closePool) {
    try {
      return new JdbcSyncStore(pool, schema, settings, closePool);
    } catch (RuntimeException failed) {
      try {
        closePool.close();
      } catch (Exception closing) {
        failed.addSuppressed(closing);
      }
      throw failed;
    }
  }

  /**
   * A HikariCP pool of {@value #POOL_SIZE} connections for a PostgreSQL URL (credentials may be in the URL's
   * {@code user} and {@code password} parameters), failing fast when the database cannot be reached.
   */
  private static HikariDataSource postgresPool(String jdbcUrl) {
    try {
      Class.forName("org.postgresql.Driver", false, JdbcSyncStore.class.getClassLoader());
    } catch (ClassNotFoundException missing) {
      throw new StoreException(
          "the PostgreSQL store needs the PostgreSQL driver on the class path: add org.postgresql:postgresql to your dependencies");
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName("workbridge-store");
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(10_000);
    config.setInitializationFailTimeout(10_000);
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException unreachable) {
      // Hikari's message may quote the URL, and the URL may hold a password: say what failed without it.
      throw new StoreException(
          "cannot connect to the PostgreSQL store: " + rootMessage(unreachable).replace(jdbcUrl, "(the store URL)"));
    }
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  /**
   * The store's whole schema at the newest version as one SQL script (H2 and PostgreSQL), for hosts that own
   * their schema: run it with your own migration tool, then open the store with {@link
   * SyncStoreSettings#existingOnly()} so that it creates and migrates nothing and only checks the version. The
   * script creates the schema (when named), the tables and the version table, and records every migration as
   * applied.
   *
   * @param schema the schema to hold the tables; empty for the default
   * @return the script, statements ending with {@code ;}
   */
  public static String schemaScript(String schema) {
    requirePlainName(schema);
    return SchemaMigrator.script(new Tables(schema), schema);
  }

  /**
   * Opens (creating if needed) the embedded H2 database in {@code directory} — the default store, with
   * nothing to install. With {@link SyncStoreSettings#existingOnly()}, a database that does not exist is a
   * {@link StoreNotFoundException} and nothing is created.
   *
   * @param directory the directory
   * @param settings the store settings
   * @return the store
   */
  public static JdbcSyncStore embedded(Path directory, SyncStoreSettings settings) {
    Path file = directory.toAbsolutePath().resolve("workbridge");
    if (settings.existingOnly() && !Files.exists(directory.toAbsolutePath().resolve("workbridge.mv.db"))) {
      throw new StoreNotFoundException(
          "there is no WorkBridge database in " + directory.toAbsolutePath()
              + " (nothing has run yet: the first `workbridge run` creates it)");
    }
    String existing = settings.existingOnly() ? ";IFEXISTS=TRUE" : "";
    return open("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE" + DURABLE_COMMITS + existing, "", settings);
  }

  @Override
  public ConnectionStore connection(ConnectionId connectionId) {
    Objects.requireNonNull(connectionId, "connectionId");
    String conn = connectionId.value();
    return new ConnectionParts(
        connectionId,
        new JdbcLinkStore(jdbc, tables, conn),
        new JdbcMappingStore(jdbc, tables, conn, settings.clock()),
        new JdbcCursorStore(jdbc, tables, conn),
        new JdbcEffectLog(jdbc, tables, conn, settings.clock(), settings.defaultLease(), owner),
        new JdbcNoteLedger(jdbc, tables, conn, settings.clock()),
        new JdbcQuarantine(jdbc, tables, connectionId, settings.clock()),
        new JdbcHeldLeads(jdbc, tables, conn, settings.clock()),
        new JdbcDeferredRecords(jdbc, tables, connectionId, settings.clock()));
  }

  /** {@return the schema version the database is at} */
  public int schemaVersion() {
    return schemaVersion;
  }

  @Override
  public void close() {
    if (ownedResource != null) {
      try {
        ownedResource.close();
      } catch (Exception failure) {
        throw new StoreException("Store failed to close its connection pool", failure);
      }
    }
  }
}
