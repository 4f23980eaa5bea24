package io.workbridge.sync.store;

/**
 * The durable memory of the sync, partitioned by connection (tenant).
 *
 * <p>Tenant isolation is structural: the only way to reach stored state is
 * {@link #connection(ConnectionId)}, which returns a view bound to one connection. No method of that
 * view takes a connection id, so code holding one tenant's view cannot name another tenant's keys.
 * Two views for the same id see the same state.
 *
 * <p>Implementations are thread-safe and may be shared by several workflows and threads; durable
 * implementations may also be shared by several processes (see the effect log's lease). Failures of the
 * backing storage throw {@link StoreException}. Methods added later get {@code default} bodies.
 */
public interface SyncStore extends AutoCloseable {
  /** The longest key or id (connection id, link id, cursor stream, effect key, ...) accepted. */
  int MAX_KEY_LENGTH = 255;

  /**
   * {@return the view of one connection's state} Cheap: views may be created per call or cached. A
   * connection needs no registration; it has empty state until something is written.
   *
   * @param connectionId the connection
   */
  ConnectionStore connection(ConnectionId connectionId);

  /** Releases resources held by the store (connections, pools). The in-memory store holds none. */
  @Override
  default void close() {}
}
