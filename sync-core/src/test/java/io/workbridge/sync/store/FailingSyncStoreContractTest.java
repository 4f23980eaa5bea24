package io.workbridge.sync.store;

/**
 * With no fault configured, {@link FailingSyncStore} is transparent: the decorated in-memory store
 * still passes the whole conformance suite.
 */
class FailingSyncStoreContractTest extends SyncStoreContract {
  @Override
  protected SyncStore createStore(SyncStoreSettings settings) {
    return FailingSyncStore.wrap(InMemorySyncStore.create(settings));
  }
}
