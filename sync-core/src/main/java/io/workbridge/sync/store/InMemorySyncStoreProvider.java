package io.workbridge.sync.store;

/** The {@link SyncStoreProvider} of {@link InMemorySyncStore}, named {@value #NAME}. */
public final class InMemorySyncStoreProvider implements SyncStoreProvider {
  /** The provider's name. */
  public static final String NAME = "memory";

  /** Creates the provider (called by {@link java.util.ServiceLoader}). */
  public InMemorySyncStoreProvider() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public SyncStore create(SyncStoreSettings settings) {
    if (settings.existingOnly()) {
      throw new StoreNotFoundException(
          "the memory store keeps nothing between processes: there is no existing state to open");
    }
    return InMemorySyncStore.create(settings);
  }
}
