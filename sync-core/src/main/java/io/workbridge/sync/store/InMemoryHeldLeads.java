package io.workbridge.sync.store;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** In-memory {@link HeldLeads}, in arrival order. */
final class InMemoryHeldLeads implements HeldLeads {
  private final Clock clock;
  private final Map<String, HeldLead> leads = new LinkedHashMap<>();
  private long nextSequence = 1;

  InMemoryHeldLeads(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized boolean hold(String alertId, String payload) {
    StoreArguments.requireKey(alertId, "alert id");
    Objects.requireNonNull(payload, "payload");
    if (leads.containsKey(alertId)) {
      return false;
    }
    leads.put(alertId, new HeldLead(alertId, payload, nextSequence++, clock.instant()));
    return true;
  }

  @Override
  public synchronized List<HeldLead> list() {
    return List.copyOf(leads.values());
  }

  @Override
  public synchronized Optional<HeldLead> find(String alertId) {
    return Optional.ofNullable(leads.get(StoreArguments.requireKey(alertId, "alert id")));
  }

  @Override
  public synchronized boolean release(String alertId) {
    return leads.remove(StoreArguments.requireKey(alertId, "alert id")) != null;
  }

  @Override
  public synchronized int count() {
    return leads.size();
  }
}
