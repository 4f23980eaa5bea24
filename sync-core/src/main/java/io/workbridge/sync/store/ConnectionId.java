package io.workbridge.sync.store;

/**
 * Identifies one connection (one tenant's integration between the three systems). Every piece of
 * stored state belongs to exactly one connection, and {@link SyncStore#connection(ConnectionId)} only
 * ever shows that connection's state.
 *
 * @param value non-blank, at most {@link SyncStore#MAX_KEY_LENGTH} characters
 */
public record ConnectionId(String value) {
  /**
   * Validates the value.
   *
   * @param value non-blank, at most {@link SyncStore#MAX_KEY_LENGTH} characters
   */
  public ConnectionId {
    StoreArguments.requireKey(value, "connection id");
  }

  /**
   * {@return the connection id with the given value}
   *
   * @param value the id
   */
  public static ConnectionId of(String value) {
    return new ConnectionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
