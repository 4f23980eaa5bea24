package io.workbridge.sync.jdbc;

import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.store.SyncStoreContract;
import io.workbridge.sync.store.SyncStoreSettings;
import java.util.Optional;
import java.util.UUID;

/** The conformance suite on a fresh in-memory H2 database per test. */
class H2SyncStoreContractTest extends SyncStoreContract {
  private String url;

  @Override
  protected SyncStore createStore(SyncStoreSettings settings) {
    url = "jdbc:h2:mem:contract-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    return JdbcSyncStore.open(url, "", settings);
  }

  @Override
  protected Optional<SyncStore> reopenStore(SyncStoreSettings settings) {
    return Optional.of(JdbcSyncStore.open(url, "", settings));
  }
}
