package io.workbridge.sync.store;

/**
 * The stored state of one connection, split into parts. Obtained from
 * {@link SyncStore#connection(ConnectionId)}; every part it returns is scoped to {@link #connectionId()}
 * and can neither read nor change another connection's state. Thread-safe.
 */
public interface ConnectionStore {
  /** The connection this view is bound to. */
  ConnectionId connectionId();

  /** Links between ids of the different systems (work order to booking, alert to booking, ...). */
  LinkStore links();

  /** Learnt and explicit entity mappings (SC subscriber + location to ST customer + location, SC-5). */
  MappingStore mappings();

  /** Per-stream read positions, advanced with compare-and-set. */
  CursorStore cursors();

  /** The effect log that makes each remote write happen at most once (reserve, confirm, release). */
  EffectLog effects();

  /** Which notes were copied in which direction, so none is echoed or duplicated (SC-16, SC-17). */
  NoteLedger notes();

  /** Records that could not be processed, with the reason (SDK-5). */
  Quarantine quarantine();

  /** Records whose handling failed transiently, tried again on later cycles with backoff. */
  DeferredRecords deferred();

  /** Leads held while the leads integration is disabled, for later replay (LD-6). */
  HeldLeads heldLeads();
}
