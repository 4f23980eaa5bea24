package io.workbridge.examples.customstore;

import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.store.SyncStoreContract;
import io.workbridge.sync.store.SyncStoreSettings;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/** The custom adapter passes sync-core's conformance suite: every behaviour the SPI documents. */
class FileSyncStoreContractTest extends SyncStoreContract {
  @TempDir Path directory;

  @Override
  protected SyncStore createStore(SyncStoreSettings settings) {
    return FileSyncStore.open(directory.resolve("state.bin"), settings);
  }

  @Override
  protected Optional<SyncStore> reopenStore(SyncStoreSettings settings) {
    return Optional.of(FileSyncStore.open(directory.resolve("state.bin"), settings));
  }
}
