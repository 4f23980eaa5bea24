package io.workbridge.benchmarks;

import io.workbridge.sync.jdbc.JdbcSyncStore;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.EffectLog;
import io.workbridge.sync.store.SyncStoreSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The store's share of one new remote effect on {@link JdbcSyncStore}: the effect-log calls a first attempt
 * makes around the remote write, on an embedded H2 file database, an in-memory H2 database, and PostgreSQL.
 *
 * <p>PostgreSQL is the database named by {@code WORKBRIDGE_TEST_PG_URL}, in a throw-away schema dropped at the
 * end; without that variable the PostgreSQL trial fails at once with a message saying so, and the others run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JdbcEffectLogBenchmark {
  /** The variable naming the PostgreSQL database, as for the store's tests. */
  public static final String POSTGRES_URL_VARIABLE = "WORKBRIDGE_TEST_PG_URL";

  /** Which database: {@code h2-file}, {@code h2-mem} or {@code postgresql}. */
  @Param({"h2-file", "h2-mem", "postgresql"})
  public String store;

  private JdbcSyncStore jdbcStore;
  private EffectLog effects;
  private Path directory;
  private String postgresSchema;
  private long sequence;

  /** Opens the store in a fresh database or schema. */
  @Setup
  public void setUp() throws IOException {
    SyncStoreSettings settings = SyncStoreSettings.defaults();
    switch (store) {
      case "h2-file":
        directory = Files.createTempDirectory("workbridge-bench");
        jdbcStore = JdbcSyncStore.embedded(directory, settings);
        break;
      case "h2-mem":
        jdbcStore =
            JdbcSyncStore.open("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "", settings);
        break;
      case "postgresql":
        String url = System.getenv(POSTGRES_URL_VARIABLE);
        if (url == null || url.isBlank()) {
          throw new IllegalStateException(
              POSTGRES_URL_VARIABLE + " is not set: PostgreSQL skipped"
                  + " (set it to e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)");
        }
        postgresSchema = "wb_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        jdbcStore = JdbcSyncStore.open(url, postgresSchema, settings);
        break;
      default:
        throw new IllegalArgumentException("unknown store " + store);
    }
    effects = jdbcStore.connection(ConnectionId.of("bench")).effects();
  }

  /** Closes the store and removes its database or schema. */
  @TearDown
  public void tearDown() throws IOException, SQLException {
    jdbcStore.close();
    if (postgresSchema != null) {
      try (Connection connection = DriverManager.getConnection(System.getenv(POSTGRES_URL_VARIABLE));
          Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS " + postgresSchema + " CASCADE");
      }
    }
    if (directory != null) {
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  /** A new effect: look the key up (absent), reserve it, confirm it with the created id. */
  @Benchmark
  public String newEffect() {
    String key = "booking:wo-" + ++sequence;
    if (effects.find(key).isPresent() || !effects.reserve(key)) {
      throw new IllegalStateException("fresh key was already known: " + key);
    }
    String created = "bk-" + sequence;
    effects.confirm(key, created);
    return created;
  }

  /**
   * A new effect as {@code EffectRunner} performs a first attempt: look up, reserve, look up again (did the
   * reservation take over an earlier attempt?), confirm.
   */
  @Benchmark
  public String newEffectWithRecheck() {
    String key = "booking:wo-" + ++sequence;
    if (effects.find(key).isPresent() || !effects.reserve(key)) {
      throw new IllegalStateException("fresh key was already known: " + key);
    }
    if (effects.find(key).orElseThrow().mayHaveHappened()) {
      throw new IllegalStateException("a first attempt may not have happened before: " + key);
    }
    String created = "bk-" + sequence;
    effects.confirm(key, created);
    return created;
  }
}
