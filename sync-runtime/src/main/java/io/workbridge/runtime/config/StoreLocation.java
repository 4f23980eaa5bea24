package io.workbridge.runtime.config;

import java.util.Map;
import java.util.Objects;

/**
 * Where one connection's state lives: all the store commands ({@code status}, {@code quarantine}) read, so they
 * run without the remote systems' credentials in the environment.
 *
 * @param connectionId the connection
 * @param store the store settings
 */
public record StoreLocation(String connectionId, StoreConfig store) {
  /**
   * Checks both are given.
   *
   * @param connectionId the connection
   * @param store the store settings
   */
  public StoreLocation {
    Objects.requireNonNull(connectionId, "connectionId");
    Objects.requireNonNull(store, "store");
  }

  /** {@return the store settings as properties for its provider} */
  public Map<String, String> storeProperties() {
    return store.properties();
  }
}
