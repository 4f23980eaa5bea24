package io.workbridge.sync.jdbc;

import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.store.SyncStoreContract;
import io.workbridge.sync.store.SyncStoreSettings;
import java.util.UUID;

/** The conformance suite on a fresh in-memory H2 database per test. */
class H2SyncStoreContractTest extends SyncStoreContract {
  @Override
  protected SyncStore createStore(SyncStoreSettings settings) {
    return JdbcSyncStore.open("jdbc:h2:mem:contract-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "", settings);
  }
}
