package io.workbridge.servicechannel.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A ServiceChannel work order, as a provider sees it.
 *
 * <p>Dates are instants: the {@code *_DTO} twin (with offset) is preferred; a value without offset is read
 * in the location's time zone ({@code TimeZoneIanaName}), or in UTC when the location has none.
 */
@Value.Immutable
public interface WorkOrder {
  /** The tracking number, the id used in every path. */
  long id();

  /** The work order number (often equal to the id; changeable). */
  String number();

  /** The purchase order number. */
  Optional<String> purchaseNumber();

  /** The current status. */
  WorkOrderStatus status();

  /** The subscriber that issued the work order. */
  Optional<Company> subscriber();

  /** The subscriber id: from the subscriber object, or else the location's. */
  @Value.Derived
  default OptionalLong subscriberId() {
    if (subscriber().isPresent()) {
      return OptionalLong.of(subscriber().get().id());
    }
    return location().map(Location::subscriberId).orElse(OptionalLong.empty());
  }

  /** The provider the work order is assigned to. */
  Optional<Company> provider();

  /** The location. */
  Optional<Location> location();

  /** The trade, for example {@code HVAC}. */
  Optional<String> trade();

  /** The trade id. */
  OptionalLong tradeId();

  /** The category, for example {@code REPAIR}. */
  Optional<String> category();

  /** The category id. */
  OptionalLong categoryId();

  /** The priority, for example {@code P2 - 24 Hours}. */
  Optional<String> priority();

  /** The problem description. */
  Optional<String> description();

  /** The caller (free text). */
  Optional<String> caller();

  /** The resolution text. */
  Optional<String> resolution();

  /** The not-to-exceed amount in {@link #currency()}. */
  Optional<BigDecimal> nte();

  /** The ISO 4217 code of the work order's currency, for example {@code USD}. */
  Optional<String> currency();

  /** When the work order was called in. */
  Optional<Instant> callDate();

  /** When the work is scheduled. */
  Optional<Instant> scheduledDate();

  /** When the work order was completed. */
  Optional<Instant> completedDate();

  /** When the work order expires. */
  Optional<Instant> expirationDate();

  /** When the work order was created. */
  Optional<Instant> createdDate();

  /** When the work order last changed. */
  Optional<Instant> updatedDate();

  /** Whether an invoice exists for the work order. */
  @Value.Default
  default boolean invoiced() {
    return false;
  }

  /** Whether check-in is denied (for example because the subscriber requires IVR). */
  @Value.Default
  default boolean checkInDenied() {
    return false;
  }

  /** Why check-in is denied, when it is. */
  Optional<String> checkInDeniedReason();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WorkOrder}. */
  class Builder extends ImmutableWorkOrder.Builder {}
}
