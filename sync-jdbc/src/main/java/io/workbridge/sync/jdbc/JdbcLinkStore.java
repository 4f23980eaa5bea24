package io.workbridge.sync.jdbc;

import io.workbridge.sync.store.Link;
import io.workbridge.sync.store.LinkConflictException;
import io.workbridge.sync.store.LinkKind;
import io.workbridge.sync.store.LinkStore;
import io.workbridge.sync.store.StoreArguments;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link LinkStore} on the link table; one-to-one in both directions through two unique keys. */
final class JdbcLinkStore implements LinkStore {
  private final Jdbc jdbc;
  private final Tables tables;
  private final String conn;

  JdbcLinkStore(Jdbc jdbc, Tables tables, String conn) {
    this.jdbc = jdbc;
    this.tables = tables;
    this.conn = conn;
  }

  @Override
  public boolean link(LinkKind kind, String sourceId, String targetId) {
    Objects.requireNonNull(kind, "kind");
    StoreArguments.requireKey(sourceId, "source id");
    StoreArguments.requireKey(targetId, "target id");
    if (jdbc.insertUnlessExists(
        "store link",
        "INSERT INTO " + tables.link + " (conn, kind, source_id, target_id) VALUES (?, ?, ?, ?)",
        conn, kind.name(), sourceId, targetId)) {
      return true;
    }
    Optional<String> existingTarget = target(kind, sourceId);
    if (existingTarget.isPresent() && existingTarget.get().equals(targetId)) {
      return false;
    }
    throw new LinkConflictException(
        existingTarget.isPresent()
            ? kind + " link from " + sourceId + " already points to " + existingTarget.get()
                + ", not " + targetId
            : kind + " link to " + targetId + " already comes from " + source(kind, targetId).orElse("?")
                + ", not " + sourceId);
  }

  @Override
  public Optional<String> target(LinkKind kind, String sourceId) {
    Objects.requireNonNull(kind, "kind");
    StoreArguments.requireKey(sourceId, "source id");
    return jdbc.queryOne(
        "read link",
        "SELECT target_id FROM " + tables.link + " WHERE conn = ? AND kind = ? AND source_id = ?",
        row -> row.getString(1),
        conn, kind.name(), sourceId);
  }

  @Override
  public Optional<String> source(LinkKind kind, String targetId) {
    Objects.requireNonNull(kind, "kind");
    StoreArguments.requireKey(targetId, "target id");
    return jdbc.queryOne(
        "read link",
        "SELECT source_id FROM " + tables.link + " WHERE conn = ? AND kind = ? AND target_id = ?",
        row -> row.getString(1),
        conn, kind.name(), targetId);
  }

  @Override
  public boolean unlink(LinkKind kind, String sourceId) {
    Objects.requireNonNull(kind, "kind");
    StoreArguments.requireKey(sourceId, "source id");
    return jdbc.update(
            "remove link",
            "DELETE FROM " + tables.link + " WHERE conn = ? AND kind = ? AND source_id = ?",
            conn, kind.name(), sourceId)
        == 1;
  }

  @Override
  public List<Link> list(LinkKind kind) {
    Objects.requireNonNull(kind, "kind");
    return jdbc.query(
        "list links",
        "SELECT source_id, target_id FROM " + tables.link + " WHERE conn = ? AND kind = ? ORDER BY seq",
        row -> new Link(kind, row.getString(1), row.getString(2)),
        conn, kind.name());
  }
}
