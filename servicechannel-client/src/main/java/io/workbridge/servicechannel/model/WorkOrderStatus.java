package io.workbridge.servicechannel.model;

import org.immutables.value.Value;

/**
 * A work order status: the primary status ({@code OPEN}, {@code IN PROGRESS}, {@code COMPLETED}, …) and the
 * subscriber-defined extended status ({@code DISPATCH CONFIRMED}, {@code ON SITE}, …; empty when blank). Both are
 * open strings, upper case with spaces as ServiceChannel sends them.
 */
@Value.Immutable
public interface WorkOrderStatus {
  /** {@return the primary status, for example {@code IN PROGRESS}} */
  @Value.Parameter
  String primary();

  /**
   * {@return the extended status, for example {@code DISPATCH CONFIRMED}; empty when the work order has none}
   */
  @Value.Parameter
  String extended();

  /**
   * {@return a status from its two parts}
   *
   * @param primary the primary status
   * @param extended the extended status
   */
  static WorkOrderStatus of(String primary, String extended) {
    return ImmutableWorkOrderStatus.of(primary, extended);
  }

  /**
   * {@return whether both parts equal the given ones, ignoring case and surrounding blanks}
   *
   * @param primary the primary status
   * @param extended the extended status
   */
  default boolean is(String primary, String extended) {
    return primary().trim().equalsIgnoreCase(primary.trim())
        && extended().trim().equalsIgnoreCase(extended.trim());
  }
}
