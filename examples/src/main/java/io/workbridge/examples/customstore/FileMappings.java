package io.workbridge.examples.customstore;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.CustomerLocation;
import io.workbridge.sync.store.MappingOrigin;
import io.workbridge.sync.store.MappingStore;
import io.workbridge.sync.store.StoredMapping;
import io.workbridge.sync.store.SubscriberLocation;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@link MappingStore} of one connection in a {@link FileSyncStore}. */
final class FileMappings implements MappingStore {
  private final StateFile file;
  private final ConnectionId connectionId;
  private final Clock clock;

  FileMappings(StateFile file, ConnectionId connectionId, Clock clock) {
    this.file = file;
    this.connectionId = connectionId;
    this.clock = clock;
  }

  @Override
  public boolean learn(SubscriberLocation key, CustomerLocation value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    return file.write(
        connectionId,
        state -> state.mappings.putIfAbsent(pair(key), mapping(key, value, MappingOrigin.LEARNT)) == null);
  }

  @Override
  public void set(SubscriberLocation key, CustomerLocation value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    file.write(connectionId, state -> state.mappings.put(pair(key), mapping(key, value, MappingOrigin.EXPLICIT)));
  }

  @Override
  public Optional<StoredMapping> find(SubscriberLocation key) {
    Objects.requireNonNull(key, "key");
    return file.read(
        connectionId, state -> Optional.ofNullable(state.mappings.get(pair(key))).map(ConnectionState.Mapping::toStored));
  }

  @Override
  public boolean remove(SubscriberLocation key) {
    Objects.requireNonNull(key, "key");
    return file.write(connectionId, state -> state.mappings.remove(pair(key)) != null);
  }

  @Override
  public List<StoredMapping> list() {
    return file.read(
        connectionId, state -> ConnectionState.convert(state.mappings.values(), ConnectionState.Mapping::toStored));
  }

  private ConnectionState.Mapping mapping(SubscriberLocation key, CustomerLocation value, MappingOrigin origin) {
    return new ConnectionState.Mapping(
        key.subscriberId(), key.locationId(), value.customerId(), value.locationId(), origin, clock.instant());
  }

  private static ConnectionState.Pair pair(SubscriberLocation key) {
    return new ConnectionState.Pair(key.subscriberId(), key.locationId());
  }
}
