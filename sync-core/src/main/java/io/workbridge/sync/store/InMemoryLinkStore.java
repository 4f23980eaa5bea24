package io.workbridge.sync.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** In-memory {@link LinkStore}: a forward and a reverse map per kind, under one lock. */
final class InMemoryLinkStore implements LinkStore {
  private final Map<LinkKind, Map<String, String>> forward = new HashMap<>();
  private final Map<LinkKind, Map<String, String>> reverse = new HashMap<>();

  @Override
  public synchronized boolean link(LinkKind kind, String sourceId, String targetId) {
    Link link = new Link(kind, sourceId, targetId);
    Map<String, String> targets = forward.computeIfAbsent(kind, k -> new LinkedHashMap<>());
    Map<String, String> sources = reverse.computeIfAbsent(kind, k -> new HashMap<>());
    String existingTarget = targets.get(sourceId);
    String existingSource = sources.get(targetId);
    if (targetId.equals(existingTarget)) {
      return false;
    }
    if (existingTarget != null) {
      throw new LinkConflictException(
          kind + ": source " + sourceId + " is already linked to " + existingTarget
              + ", not " + targetId);
    }
    if (existingSource != null) {
      throw new LinkConflictException(
          kind + ": target " + targetId + " is already linked from " + existingSource
              + ", not " + sourceId);
    }
    targets.put(link.sourceId(), link.targetId());
    sources.put(link.targetId(), link.sourceId());
    return true;
  }

  @Override
  public synchronized Optional<String> target(LinkKind kind, String sourceId) {
    Objects.requireNonNull(kind, "kind");
    StoreArguments.requireKey(sourceId, "source id");
    return Optional.ofNullable(forward.getOrDefault(kind, Map.of()).get(sourceId));
  }

  @Override
  public synchronized Optional<String> source(LinkKind kind, String targetId) {
    Objects.requireNonNull(kind, "kind");
    StoreArguments.requireKey(targetId, "target id");
    return Optional.ofNullable(reverse.getOrDefault(kind, Map.of()).get(targetId));
  }

  @Override
  public synchronized boolean unlink(LinkKind kind, String sourceId) {
    Objects.requireNonNull(kind, "kind");
    StoreArguments.requireKey(sourceId, "source id");
    String target = forward.getOrDefault(kind, new HashMap<>()).remove(sourceId);
    if (target == null) {
      return false;
    }
    reverse.get(kind).remove(target);
    return true;
  }

  @Override
  public synchronized List<Link> list(LinkKind kind) {
    Objects.requireNonNull(kind, "kind");
    List<Link> links = new ArrayList<>();
    forward.getOrDefault(kind, Map.of()).forEach((s, t) -> links.add(new Link(kind, s, t)));
    return List.copyOf(links);
  }
}
