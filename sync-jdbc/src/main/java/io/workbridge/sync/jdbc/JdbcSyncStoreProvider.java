package io.workbridge.sync.jdbc;

import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.store.SyncStoreProvider;
import io.workbridge.sync.store.SyncStoreSettings;
import java.nio.file.Path;

/**
 * The {@code jdbc} store provider. Properties: {@code url} (a JDBC URL; without one, the embedded H2
 * database in {@code directory}, default {@code ./workbridge-data}) and {@code schema} (optional).
 */
public final class JdbcSyncStoreProvider implements SyncStoreProvider {
  /** The provider's name in configurations. */
  public static final String NAME = "jdbc";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public SyncStore create(SyncStoreSettings settings) {
    String url = settings.properties().get("url");
    String schema = settings.properties().getOrDefault("schema", "");
    if (url == null || url.isBlank()) {
      Path directory = Path.of(settings.properties().getOrDefault("directory", "workbridge-data"));
      return JdbcSyncStore.embedded(directory, settings);
    }
    return JdbcSyncStore.open(url, schema, settings);
  }
}
