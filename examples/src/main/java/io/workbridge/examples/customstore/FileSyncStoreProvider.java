package io.workbridge.examples.customstore;

import io.workbridge.sync.store.StoreException;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.store.SyncStoreProvider;
import io.workbridge.sync.store.SyncStoreSettings;
import java.nio.file.Path;

/**
 * Makes {@link FileSyncStore} available by name, {@value #NAME}, to code that chooses its store from
 * configuration with {@link SyncStoreProvider#named(String)}. Registered in {@code
 * META-INF/services/io.workbridge.sync.store.SyncStoreProvider}; the file comes from the property {@value
 * #FILE_PROPERTY}.
 */
public final class FileSyncStoreProvider implements SyncStoreProvider {
  /** The provider's name. */
  public static final String NAME = "file";

  /** The settings property naming the store file. */
  public static final String FILE_PROPERTY = "file";

  /** Creates the provider (called by {@link java.util.ServiceLoader}). */
  public FileSyncStoreProvider() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public SyncStore create(SyncStoreSettings settings) {
    String file = settings.properties().get(FILE_PROPERTY);
    if (file == null || file.isBlank()) {
      throw new StoreException("the file store needs the property '" + FILE_PROPERTY + "'");
    }
    return FileSyncStore.open(Path.of(file), settings);
  }
}
