package io.workbridge.sync.store;

import java.util.List;
import java.util.Optional;

/**
 * Links between ids of the different systems, one-to-one within a {@link LinkKind}: a source has at
 * most one target and a target at most one source, so both directions can be looked up. Scoped to one
 * connection; thread-safe.
 */
public interface LinkStore {
  /**
   * Stores the link {@code sourceId → targetId} under {@code kind}.
   *
   * @param kind the kind of link
   * @param sourceId the id in the source system
   * @param targetId the id in the target system
   * @return true if the link was created, false if exactly this link already existed (idempotent)
   * @throws LinkConflictException if the source is linked to another target, or the target to another
   *     source, under the same kind
   */
  boolean link(LinkKind kind, String sourceId, String targetId);

  /**
   * {@return the target linked to {@code sourceId} under {@code kind}, if any}
   *
   * @param kind the kind of link
   * @param sourceId the id in the source system
   */
  Optional<String> target(LinkKind kind, String sourceId);

  /**
   * {@return the source linked to {@code targetId} under {@code kind}, if any (reverse lookup)}
   *
   * @param kind the kind of link
   * @param targetId the id in the target system
   */
  Optional<String> source(LinkKind kind, String targetId);

  /**
   * Removes the link whose source is {@code sourceId} under {@code kind}.
   *
   * @param kind the kind of link
   * @param sourceId the id in the source system
   * @return true if a link was removed
   */
  boolean unlink(LinkKind kind, String sourceId);

  /**
   * {@return every link of {@code kind}, in the order they were created}
   *
   * @param kind the kind of link
   */
  List<Link> list(LinkKind kind);
}
