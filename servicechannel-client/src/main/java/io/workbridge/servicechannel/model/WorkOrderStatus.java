package io.workbridge.servicechannel.model;

import org.immutables.value.Value;

/**
 * A work order status: the primary status ({@code OPEN}, {@code IN PROGRESS}, {@code COMPLETED}, …) and the
 * subscriber-defined extended status ({@code DISPATCH CONFIRMED}, {@code ON SITE}, …; empty when blank). Both are
 * open strings, upper case with spaces as ServiceChannel sends them.
 */
@Value.Immutable
public interface WorkOrderStatus {
  /** The primary status, for example {@code IN PROGRESS}. */
  @Value.Parameter
  String primary();

  /** The extended status, for example {@code DISPATCH CONFIRMED}; empty when the work order has none. */
  @Value.Parameter
  String extended();

  /** A status from its two parts. */
  static WorkOrderStatus of(String primary, String extended) {
    return ImmutableWorkOrderStatus.of(primary, extended);
  }

  /** Whether both parts equal the given ones, ignoring case and surrounding blanks. */
  default boolean is(String primary, String extended) {
    return primary().trim().equalsIgnoreCase(primary.trim())
        && extended().trim().equalsIgnoreCase(extended.trim());
  }
}
