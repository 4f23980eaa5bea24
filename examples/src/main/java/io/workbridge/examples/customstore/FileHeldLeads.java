package io.workbridge.examples.customstore;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.HeldLead;
import io.workbridge.sync.store.HeldLeads;
import io.workbridge.sync.store.StoreArguments;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@link HeldLeads} of one connection in a {@link FileSyncStore}. */
final class FileHeldLeads implements HeldLeads {
  private final StateFile file;
  private final ConnectionId connectionId;
  private final Clock clock;

  FileHeldLeads(StateFile file, ConnectionId connectionId, Clock clock) {
    this.file = file;
    this.connectionId = connectionId;
    this.clock = clock;
  }

  @Override
  public boolean hold(String alertId, String payload) {
    StoreArguments.requireKey(alertId, "alert id");
    Objects.requireNonNull(payload, "payload");
    return file.write(
        connectionId,
        state -> {
          if (state.heldLeads.containsKey(alertId)) {
            return false;
          }
          state.lastHeldSequence++;
          state.heldLeads.put(
              alertId, new ConnectionState.Held(alertId, payload, state.lastHeldSequence, clock.instant()));
          return true;
        });
  }

  @Override
  public List<HeldLead> list() {
    return file.read(connectionId, state -> ConnectionState.convert(state.heldLeads.values(), ConnectionState.Held::toLead));
  }

  @Override
  public Optional<HeldLead> find(String alertId) {
    StoreArguments.requireKey(alertId, "alert id");
    return file.read(connectionId, state -> Optional.ofNullable(state.heldLeads.get(alertId)).map(ConnectionState.Held::toLead));
  }

  @Override
  public boolean release(String alertId) {
    StoreArguments.requireKey(alertId, "alert id");
    return file.write(connectionId, state -> state.heldLeads.remove(alertId) != null);
  }

  @Override
  public int count() {
    return file.read(connectionId, state -> state.heldLeads.size());
  }
}
