package io.workbridge.sync.store;

/**
 * The stored state of one connection, split into parts. Obtained from
 * {@link SyncStore#connection(ConnectionId)}; every part it returns is scoped to {@link #connectionId()}
 * and can neither read nor change another connection's state. Thread-safe.
 */
public interface ConnectionStore {
  /** {@return the connection this view is bound to} */
  ConnectionId connectionId();

  /**
   * Links between ids of the different systems (work order to booking, alert to booking, ...).
   *
   * @return the connection's links
   */
  LinkStore links();

  /**
   * {@return learnt and explicit entity mappings (SC subscriber + location to ST customer + location, SC-5)}
   */
  MappingStore mappings();

  /** {@return per-stream read positions, advanced with compare-and-set} */
  CursorStore cursors();

  /** {@return the effect log that makes each remote write happen at most once (reserve, confirm, release)} */
  EffectLog effects();

  /** {@return which notes were copied in which direction, so none is echoed or duplicated (SC-16, SC-17)} */
  NoteLedger notes();

  /**
   * Records that could not be processed, with the reason (SDK-5).
   *
   * @return the connection's quarantine
   */
  Quarantine quarantine();

  /** {@return records whose handling failed transiently, tried again on later cycles with backoff} */
  DeferredRecords deferred();

  /** {@return leads held while the leads integration is disabled, for later replay (LD-6)} */
  HeldLeads heldLeads();
}
