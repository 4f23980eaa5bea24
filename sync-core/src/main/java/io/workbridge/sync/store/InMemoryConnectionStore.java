package io.workbridge.sync.store;

/** The in-memory state of one connection: one instance of each part. */
final class InMemoryConnectionStore implements ConnectionStore {
  private final ConnectionId connectionId;
  private final InMemoryLinkStore links = new InMemoryLinkStore();
  private final InMemoryMappingStore mappings;
  private final InMemoryCursorStore cursors = new InMemoryCursorStore();
  private final InMemoryEffectLog effects;
  private final InMemoryNoteLedger notes;
  private final InMemoryQuarantine quarantine;
  private final InMemoryHeldLeads heldLeads;

  InMemoryConnectionStore(ConnectionId connectionId, SyncStoreSettings settings) {
    this.connectionId = connectionId;
    this.mappings = new InMemoryMappingStore(settings.clock());
    this.effects = new InMemoryEffectLog(settings.clock(), settings.defaultLease());
    this.notes = new InMemoryNoteLedger(settings.clock());
    this.quarantine = new InMemoryQuarantine(connectionId, settings.clock());
    this.heldLeads = new InMemoryHeldLeads(settings.clock());
  }

  @Override
  public ConnectionId connectionId() {
    return connectionId;
  }

  @Override
  public LinkStore links() {
    return links;
  }

  @Override
  public MappingStore mappings() {
    return mappings;
  }

  @Override
  public CursorStore cursors() {
    return cursors;
  }

  @Override
  public EffectLog effects() {
    return effects;
  }

  @Override
  public NoteLedger notes() {
    return notes;
  }

  @Override
  public Quarantine quarantine() {
    return quarantine;
  }

  @Override
  public HeldLeads heldLeads() {
    return heldLeads;
  }

  @Override
  public String toString() {
    return "InMemoryConnectionStore{" + connectionId + "}";
  }
}
