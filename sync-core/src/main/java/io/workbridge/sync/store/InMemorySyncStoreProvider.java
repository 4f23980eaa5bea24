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
    return InMemorySyncStore.create(settings);
  }
}
