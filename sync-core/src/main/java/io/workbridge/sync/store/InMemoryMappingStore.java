package io.workbridge.sync.store;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** In-memory {@link MappingStore}. */
final class InMemoryMappingStore implements MappingStore {
  private final Clock clock;
  private final Map<SubscriberLocation, StoredMapping> mappings = new LinkedHashMap<>();

  InMemoryMappingStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized boolean learn(SubscriberLocation key, CustomerLocation value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (mappings.containsKey(key)) {
      return false;
    }
    mappings.put(key, new StoredMapping(key, value, MappingOrigin.LEARNT, clock.instant()));
    return true;
  }

  @Override
  public synchronized void set(SubscriberLocation key, CustomerLocation value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    mappings.put(key, new StoredMapping(key, value, MappingOrigin.EXPLICIT, clock.instant()));
  }

  @Override
  public synchronized Optional<StoredMapping> find(SubscriberLocation key) {
    Objects.requireNonNull(key, "key");
    return Optional.ofNullable(mappings.get(key));
  }

  @Override
  public synchronized boolean remove(SubscriberLocation key) {
    Objects.requireNonNull(key, "key");
    return mappings.remove(key) != null;
  }

  @Override
  public synchronized List<StoredMapping> list() {
    return List.copyOf(mappings.values());
  }
}
