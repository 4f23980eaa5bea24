package io.workbridge.runtime.adapter;

import io.workbridge.servicechannel.model.Company;
import io.workbridge.servicechannel.model.Location;
import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.Money;
import io.workbridge.sync.model.Subscriber;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.model.WorkOrderLocation;
import io.workbridge.sync.model.WorkOrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** Maps a ServiceChannel client work order to the sync's {@link WorkOrder}. */
final class WorkOrderMapping {

  /** A work order the sync cannot use; the message names the missing or broken field. */
  static final class Unusable extends UnusableRecordException {
    private static final long serialVersionUID = 1L;

    Unusable(String message) {
      super(message);
    }
  }

  private WorkOrderMapping() {}

  /**
   * The sync's view of a work order.
   *
   * @param order the client's work order
   * @param defaultCurrency the currency of an NTE when ServiceChannel names none
   * @throws Unusable when a field the sync needs is missing or broken
   */
  static WorkOrder map(io.workbridge.servicechannel.model.WorkOrder order, String defaultCurrency) {
    long subscriberId = order.subscriberId().orElse(0L);
    if (subscriberId <= 0) {
      throw new Unusable("missing field Subscriber.Id");
    }
    String subscriberName =
        order.subscriber().flatMap(Company::name).filter(n -> !n.isBlank()).orElse("Subscriber " + subscriberId);
    Location location = order.location().orElseThrow(() -> new Unusable("missing field Location"));
    if (location.id() <= 0) {
      throw new Unusable("missing field Location.Id");
    }
    if (order.status().primary().isBlank()) {
      throw new Unusable("missing field Status.Primary");
    }
    Instant createdAt =
        order.createdDate().or(order::callDate).orElseThrow(() -> new Unusable("missing field CreatedDate and CallDate"));
    WorkOrder.Builder builder =
        WorkOrder.builder()
            .id(order.id())
            .number(order.number())
            .purchaseNumber(order.purchaseNumber().filter(p -> !p.isBlank()))
            .subscriber(new Subscriber(subscriberId, subscriberName))
            .location(location(location))
            .status(status(order.status()))
            .trade(order.trade().filter(t -> !t.isBlank()))
            .category(order.category().filter(c -> !c.isBlank()))
            .priority(order.priority().filter(p -> !p.isBlank()))
            .description(order.description().filter(d -> !d.isBlank()))
            .caller(order.caller().filter(c -> !c.isBlank()))
            .createdAt(createdAt)
            .updatedAt(order.updatedDate().orElse(createdAt))
            .scheduledAt(order.scheduledAt(location.timeZone().map(java.time.ZoneId.class::cast).or(order::storeOffset).orElse(java.time.ZoneOffset.UTC)));
    order.nte().ifPresent(nte -> builder.nte(money(nte, order.currency().orElse(defaultCurrency))));
    return builder.build();
  }

  static WorkOrderStatus status(io.workbridge.servicechannel.model.WorkOrderStatus status) {
    return WorkOrderStatus.of(status.primary(), status.extended());
  }

  private static Money money(BigDecimal amount, String currency) {
    try {
      return new Money(amount, currency.isBlank() ? "USD" : currency);
    } catch (IllegalArgumentException broken) {
      throw new Unusable("field Currency: " + broken.getMessage());
    }
  }

  private static WorkOrderLocation location(Location location) {
    WorkOrderLocation.Builder builder =
        WorkOrderLocation.builder()
            .id(location.id())
            .storeId(location.storeId().filter(s -> !s.isBlank()))
            .name(location.name().filter(n -> !n.isBlank()));
    location.timeZone().ifPresent(builder::timeZone);
    address(location).ifPresent(builder::address);
    return builder.build();
  }

  private static Optional<Address> address(Location location) {
    Optional<String> street = location.address1().filter(s -> !s.isBlank());
    Optional<String> city = location.city().filter(s -> !s.isBlank());
    Optional<String> state = location.state().filter(s -> !s.isBlank());
    Optional<String> zip = location.zip().filter(s -> !s.isBlank());
    if (street.isEmpty() || city.isEmpty() || state.isEmpty() || zip.isEmpty()) {
      return Optional.empty();
    }
    Address.Builder address =
        Address.builder()
            .street(street.get())
            .unit(location.address2().filter(s -> !s.isBlank()))
            .city(city.get())
            .state(state.get())
            .zip(zip.get());
    location.country().filter(c -> !c.isBlank()).ifPresent(address::country);
    return Optional.of(address.build());
  }
}
