package io.workbridge.sync.store;

import java.util.Objects;

/**
 * A {@link ConnectionStore} assembled from its parts — what a storage adapter returns from {@link
 * SyncStore#connection(ConnectionId)} once it has built each part for the connection.
 *
 * @param connectionId the connection every part is scoped to
 * @param links links between ids of the different systems
 * @param mappings learnt and explicit entity mappings
 * @param cursors per-stream read positions
 * @param effects the effect log
 * @param notes the note ledger
 * @param quarantine records that could not be processed
 * @param heldLeads leads held while the leads integration is disabled
 * @param deferred records whose handling failed transiently, tried again later
 */
public record ConnectionParts(
    ConnectionId connectionId,
    LinkStore links,
    MappingStore mappings,
    CursorStore cursors,
    EffectLog effects,
    NoteLedger notes,
    Quarantine quarantine,
    HeldLeads heldLeads,
    DeferredRecords deferred)
    implements ConnectionStore {

  /**
   * Checks that every part is present.
   *
   * @param connectionId the connection every part is scoped to
   * @param links links between ids of the different systems
   * @param mappings learnt and explicit entity mappings
   * @param cursors per-stream read positions
   * @param effects the effect log
   * @param notes the note ledger
   * @param quarantine records that could not be processed
   * @param heldLeads leads held while the leads integration is disabled
   * @param deferred records whose handling failed transiently, tried again later
   */
  public ConnectionParts {
    Objects.requireNonNull(connectionId, "connectionId");
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(mappings, "mappings");
    Objects.requireNonNull(cursors, "cursors");
    Objects.requireNonNull(effects, "effects");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(quarantine, "quarantine");
    Objects.requireNonNull(heldLeads, "heldLeads");
    Objects.requireNonNull(deferred, "deferred");
  }

  @Override
  public String toString() {
    return "ConnectionStore{" + connectionId + "}";
  }
}
