package io.workbridge.sync.jdbc;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.CursorStore;
import io.workbridge.sync.store.EffectLog;
import io.workbridge.sync.store.HeldLeads;
import io.workbridge.sync.store.LinkStore;
import io.workbridge.sync.store.MappingStore;
import io.workbridge.sync.store.NoteLedger;
import io.workbridge.sync.store.Quarantine;
import io.workbridge.sync.store.SyncStoreSettings;

/** One connection's view of the JDBC store: every part filters and writes by the connection id. */
final class JdbcConnectionStore implements ConnectionStore {
  private final ConnectionId connectionId;
  private final LinkStore links;
  private final MappingStore mappings;
  private final CursorStore cursors;
  private final EffectLog effects;
  private final NoteLedger notes;
  private final Quarantine quarantine;
  private final HeldLeads heldLeads;

  JdbcConnectionStore(Jdbc jdbc, Tables tables, ConnectionId connectionId, SyncStoreSettings settings) {
    String conn = connectionId.value();
    this.connectionId = connectionId;
    this.links = new JdbcLinkStore(jdbc, tables, conn);
    this.mappings = new JdbcMappingStore(jdbc, tables, conn, settings.clock());
    this.cursors = new JdbcCursorStore(jdbc, tables, conn);
    this.effects = new JdbcEffectLog(jdbc, tables, conn, settings.clock(), settings.defaultLease());
    this.notes = new JdbcNoteLedger(jdbc, tables, conn, settings.clock());
    this.quarantine = new JdbcQuarantine(jdbc, tables, connectionId, settings.clock());
    this.heldLeads = new JdbcHeldLeads(jdbc, tables, conn, settings.clock());
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
}
