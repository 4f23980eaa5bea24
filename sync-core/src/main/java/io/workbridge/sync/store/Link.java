package io.workbridge.sync.store;

import java.util.Objects;

/**
 * One stored link: under {@code kind}, {@code sourceId} corresponds to {@code targetId}.
 *
 * @param kind the kind of link
 * @param sourceId the id on the source side (e.g. the SC work order id)
 * @param targetId the id on the target side (e.g. the ST booking id)
 */
public record Link(LinkKind kind, String sourceId, String targetId) {
  /**
   * Validates the components.
   *
   * @param kind the kind of link
   * @param sourceId the id on the source side (e.g. the SC work order id)
   * @param targetId the id on the target side (e.g. the ST booking id)
   */
  public Link {
    Objects.requireNonNull(kind, "kind");
    StoreArguments.requireKey(sourceId, "source id");
    StoreArguments.requireKey(targetId, "target id");
  }
}
