package io.workbridge.sync.jdbc;

import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.store.SyncStoreContract;
import io.workbridge.sync.store.SyncStoreSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The conformance suite on PostgreSQL, in a fresh schema per test; skipped without a database. */
@EnabledIfEnvironmentVariable(
    named = "WORKBRIDGE_TEST_PG_URL",
    matches = ".+",
    disabledReason = PostgresTestDatabase.SKIP_REASON)
class PostgresSyncStoreContractTest extends SyncStoreContract {
  private final List<String> schemas = new ArrayList<>();

  @Override
  protected SyncStore createStore(SyncStoreSettings settings) {
    String schema = PostgresTestDatabase.newSchema();
    schemas.add(schema);
    return JdbcSyncStore.open(PostgresTestDatabase.URL, schema, settings);
  }

  @Override
  protected Optional<SyncStore> reopenStore(SyncStoreSettings settings) {
    return Optional.of(JdbcSyncStore.open(PostgresTestDatabase.URL, schemas.get(schemas.size() - 1), settings));
  }

  @AfterEach
  void dropSchemas() {
    schemas.forEach(PostgresTestDatabase::drop);
  }
}
