package io.workbridge.examples.customstore;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.Link;
import io.workbridge.sync.store.LinkConflictException;
import io.workbridge.sync.store.LinkKind;
import io.workbridge.sync.store.LinkStore;
import io.workbridge.sync.store.StoreArguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@link LinkStore} of one connection in a {@link FileSyncStore}. */
final class FileLinks implements LinkStore {
  private final StateFile file;
  private final ConnectionId connectionId;

  FileLinks(StateFile file, ConnectionId connectionId) {
    this.file = file;
    this.connectionId = connectionId;
  }

  @Override
  public boolean link(LinkKind kind, String sourceId, String targetId) {
    Objects.requireNonNull(kind, "kind");
    StoreArguments.requireKey(sourceId, "source id");
    StoreArguments.requireKey(targetId, "target id");
    return file.write(
        connectionId,
        state -> {
          ConnectionState.LinkTable table =
              state.links.computeIfAbsent(kind.name(), name -> new ConnectionState.LinkTable());
          String existingTarget = table.bySource.get(sourceId);
          if (targetId.equals(existingTarget)) {
            return false;
          }
          if (existingTarget != null) {
            throw new LinkConflictException(
                kind + ": source " + sourceId + " is already linked to " + existingTarget + ", not " + targetId);
          }
          String existingSource = table.byTarget.get(targetId);
          if (existingSource != null) {
            throw new LinkConflictException(
                kind + ": target " + targetId + " is already linked from " + existingSource + ", not " + sourceId);
          }
          table.bySource.put(sourceId, targetId);
          table.byTarget.put(targetId, sourceId);
          return true;
        });
  }

  @Override
  public Optional<String> target(LinkKind kind, String sourceId) {
    Objects.requireNonNull(kind, "kind");
    StoreArguments.requireKey(sourceId, "source id");
    return file.read(connectionId, state -> table(state, kind).map(table -> table.bySource.get(sourceId)));
  }

  @Override
  public Optional<String> source(LinkKind kind, String targetId) {
    Objects.requireNonNull(kind, "kind");
    StoreArguments.requireKey(targetId, "target id");
    return file.read(connectionId, state -> table(state, kind).map(table -> table.byTarget.get(targetId)));
  }

  @Override
  public boolean unlink(LinkKind kind, String sourceId) {
    Objects.requireNonNull(kind, "kind");
    StoreArguments.requireKey(sourceId, "source id");
    return file.write(
        connectionId,
        state -> {
          Optional<ConnectionState.LinkTable> table = table(state, kind);
          String targetId = table.map(t -> t.bySource.remove(sourceId)).orElse(null);
          if (targetId == null) {
            return false;
          }
          table.get().byTarget.remove(targetId);
          return true;
        });
  }

  @Override
  public List<Link> list(LinkKind kind) {
    Objects.requireNonNull(kind, "kind");
    return file.read(
        connectionId,
        state -> {
          List<Link> links = new ArrayList<>();
          table(state, kind).ifPresent(table -> table.bySource.forEach((s, t) -> links.add(new Link(kind, s, t))));
          return List.copyOf(links);
        });
  }

  private static Optional<ConnectionState.LinkTable> table(ConnectionState state, LinkKind kind) {
    return Optional.ofNullable(state.links.get(kind.name()));
  }
}
