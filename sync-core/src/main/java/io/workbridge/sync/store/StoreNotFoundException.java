package io.workbridge.sync.store;

/**
 * The store asked for does not exist (yet): thrown when a store is opened with {@link
 * SyncStoreSettings#existingOnly()} and there is nothing to open, e.g. before the first {@code workbridge run}
 * created it, or for the {@code memory} store, which keeps nothing between processes.
 */
public class StoreNotFoundException extends StoreException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; the message says which store and why.
   *
   * @param message the detail message
   */
  public StoreNotFoundException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message the detail message
   * @param cause the underlying failure
   */
  public StoreNotFoundException(String message, Throwable cause) {
    super(message, cause);
  }
}
