package io.workbridge.cli;

import io.workbridge.runtime.config.ConfigReader;
import io.workbridge.runtime.config.StoreLocation;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.store.SyncStoreProvider;
import io.workbridge.sync.store.SyncStoreSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * Opens the store a configuration file names, for the commands that only read or tidy stored state: an existing
 * store only, never created or migrated (a missing one is an error, exit code 1).
 */
final class StoreCommands {
  private StoreCommands() {}

  /** Runs {@code action} on the configured connection's state and closes the store. */
  static <T> T withConnection(Path config, Map<String, String> environment, Function<ConnectionStore, T> action) {
    StoreLocation location = ConfigReader.loadStoreLocation(config, environment);
    SyncStoreSettings settings =
        SyncStoreSettings.builder().existingOnly(true).putAllProperties(location.storeProperties()).build();
    try (SyncStore store = SyncStoreProvider.named(location.store().provider()).create(settings)) {
      return action.apply(store.connection(ConnectionId.of(location.connectionId())));
    }
  }
}
