package io.workbridge.sync.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ServiceChannel work order as the sync sees it: who issued it, where, what is to be done, its
 * two-part status and its not-to-exceed amount. Only the fields the sync needs; not the wire DTO.
 */
@Value.Immutable
public interface WorkOrder {

  /** {@return the ServiceChannel tracking number (work order id), the key used everywhere} */
  long id();

  /** {@return the work order number shown to people (often equal to the id)} */
  String number();

  /** {@return the purchase order number, when there is one} */
  Optional<String> purchaseNumber();

  /** {@return the subscriber that issued the work order} */
  Subscriber subscriber();

  /** {@return the location where the work is to be done} */
  WorkOrderLocation location();

  /** {@return the current two-part status} */
  WorkOrderStatus status();

  /** {@return the trade, e.g. {@code "HVAC"} or {@code "PLUMBING"}} */
  Optional<String> trade();

  /** {@return the category, e.g. {@code "REPAIR"} or {@code "MAINTENANCE"}} */
  Optional<String> category();

  /** {@return the priority as the subscriber names it, e.g. {@code "P1 - Emergency"}} */
  Optional<String> priority();

  /** {@return the problem description} */
  Optional<String> description();

  /** {@return the caller as free text (name, sometimes with a phone number)} */
  Optional<String> caller();

  /** {@return the not-to-exceed amount, when set} */
  Optional<Money> nte();

  /** {@return when the work order was created (call date)} */
  Instant createdAt();

  /** {@return when the work order was last updated in ServiceChannel} */
  Instant updatedAt();

  /** {@return when the work is scheduled, when set} */
  Optional<Instant> scheduledAt();

  /**
   * {@return how many notes the work order has, all authors and system notes included (ServiceChannel's {@code
   * Notes.Count.Total}), when the source says: a change of it is the cheap sign that notes were added}
   */
  Optional<Long> noteCount();

  /**
   * {@return whether the work order is new and not yet accepted ({@code OPEN} with a blank extended status)}
   */
  @Value.Derived
  @Value.Auxiliary
  default boolean isNew() {
    return status().isOpen() && status().extended().isEmpty();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WorkOrder} instances. */
  final class Builder extends ImmutableWorkOrder.Builder {}
}
