package io.workbridge.sync.store;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link SyncStore} that keeps everything in memory: for tests, examples and single-process runs
 * where losing state on exit is acceptable. Thread-safe; each part of each connection is guarded by its
 * own lock. Registered as the provider named {@value InMemorySyncStoreProvider#NAME}.
 */
public final class InMemorySyncStore implements SyncStore {
  private final SyncStoreSettings settings;
  private final ConcurrentMap<ConnectionId, ConnectionStore> connections =
      new ConcurrentHashMap<>();

  private InMemorySyncStore(SyncStoreSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Creates an empty store on the system UTC clock with the default lease.
   *
   * @return the store
   */
  public static InMemorySyncStore create() {
    return create(SyncStoreSettings.defaults());
  }

  /**
   * Creates an empty store reading time from {@code clock}, with the default lease.
   *
   * @param clock the clock to read time from
   * @return the store
   */
  public static InMemorySyncStore create(Clock clock) {
    return create(SyncStoreSettings.builder().clock(clock).build());
  }

  /**
   * Creates an empty store with the given settings (properties are ignored).
   *
   * @param settings the store settings
   * @return the store
   */
  public static InMemorySyncStore create(SyncStoreSettings settings) {
    return new InMemorySyncStore(settings);
  }

  @Override
  public ConnectionStore connection(ConnectionId connectionId) {
    Objects.requireNonNull(connectionId, "connectionId");
    return connections.computeIfAbsent(
        connectionId, id -> newConnection(id, settings));
  }

  @Override
  public String toString() {
    return "InMemorySyncStore{connections=" + connections.size() + "}";
  }

  /** One instance of each in-memory part for the connection. */
  private static ConnectionStore newConnection(ConnectionId id, SyncStoreSettings settings) {
    return new ConnectionParts(
        id,
        new InMemoryLinkStore(),
        new InMemoryMappingStore(settings.clock()),
        new InMemoryCursorStore(),
        new InMemoryEffectLog(
            settings.clock(), settings.defaultLease(), ReservationOwner.newIncarnation(settings.owner())),
        new InMemoryNoteLedger(settings.clock()),
        new InMemoryQuarantine(id, settings.clock()),
        new InMemoryHeldLeads(settings.clock()),
        new InMemoryDeferredRecords(id, settings.clock()));
  }
}
