package io.workbridge.sync.store;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Creates {@link SyncStore}s of one kind, found through {@link ServiceLoader} and chosen by
 * {@link #name()} (e.g. "memory", "jdbc"). An adapter registers its provider in
 * {@code META-INF/services/io.workbridge.sync.store.SyncStoreProvider}.
 */
public interface SyncStoreProvider {
  /** {@return the stable name configurations use to choose this provider, e.g. "memory"} */
  String name();

  /**
   * Creates a store with the given settings; the caller closes it.
   *
   * @param settings the store settings
   * @return the store
   */
  SyncStore create(SyncStoreSettings settings);

  /**
   * {@return the provider named {@code name}, looked up with this interface's class loader}
   *
   * @param name the provider's name
   */
  static SyncStoreProvider named(String name) {
    return named(name, SyncStoreProvider.class.getClassLoader());
  }

  /**
   * {@return the provider named {@code name} among those visible to {@code classLoader}}
   *
   * @param name the provider's name
   * @param classLoader the class loader to search
   * @throws StoreException if there is none, naming the providers that are available
   */
  static SyncStoreProvider named(String name, ClassLoader classLoader) {
    StoreArguments.requireText(name, "provider name");
    List<String> available = new ArrayList<>();
    for (SyncStoreProvider provider : ServiceLoader.load(SyncStoreProvider.class, classLoader)) {
      if (provider.name().equals(name)) {
        return provider;
      }
      available.add(provider.name());
    }
    throw new StoreException(
        "no SyncStoreProvider named '" + name + "'; available: " + available);
  }
}
