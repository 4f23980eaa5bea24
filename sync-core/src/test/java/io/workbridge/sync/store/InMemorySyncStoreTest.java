package io.workbridge.sync.store;

/** Runs the conformance suite against {@link InMemorySyncStore}. */
class InMemorySyncStoreTest extends SyncStoreContract {
  @Override
  protected SyncStore createStore(SyncStoreSettings settings) {
    return InMemorySyncStore.create(settings);
  }
}
