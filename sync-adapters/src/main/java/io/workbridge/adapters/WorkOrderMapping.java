package io.workbridge.adapters;

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
import java.time.ZoneId;
import java.util.Optional;

/**
 * Maps a ServiceChannel client work order, with the full location behind its sparse embedded one, to the
 * sync's {@link WorkOrder}.
 *
 * <ul>
 *   <li><b>Location.</b> Id, store id and name from the work order; address, phone and time zone from the full
 *       location ({@code GET /locations/{id}}). The street is {@code Address2}, which ServiceChannel's
 *       description calls the "main" line, with {@code Address1} (the "additional" line) as the unit; when
 *       {@code Address2} is empty, {@code Address1} is the street.
 *   <li><b>Store zone.</b> The location's IANA zone; failing that, the offset of {@code CallDate_DTO} (the
 *       store's offset when the work order was called in).
 *   <li><b>Scheduled date.</b> ServiceChannel stores it as the store's wall clock "as if UTC": it is read in
 *       the store zone, never as UTC, and left out when no zone or offset is known at all.
 * </ul>
 */
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
   * @param site the full location, when it could be read
   * @param defaultCurrency the currency of an NTE when ServiceChannel names none
   * @throws Unusable when a field the sync needs is missing or broken
   */
  static WorkOrder map(io.workbridge.servicechannel.model.WorkOrder order, Optional<Location> site, String defaultCurrency) {
    long subscriberId = order.subscriberId().orElse(0L);
    if (subscriberId <= 0) {
      throw new Unusable("missing field Subscriber.Id");
    }
    String subscriberName =
        order.subscriber().flatMap(Company::name).filter(n -> !n.isBlank()).orElse("Subscriber " + subscriberId);
    Location embedded = order.location().orElseThrow(() -> new Unusable("missing field Location"));
    if (embedded.id() <= 0) {
      throw new Unusable("missing field Location.Id");
    }
    if (order.status().primary().isBlank()) {
      throw new Unusable("missing field Status.Primary");
    }
    Instant createdAt =
        order.createdDate().or(order::callDate).orElseThrow(() -> new Unusable("missing field CreatedDate and CallDate"));
    Optional<ZoneId> zone = storeZone(order, site);
    WorkOrder.Builder builder =
        WorkOrder.builder()
            .id(order.id())
            .number(order.number())
            .purchaseNumber(order.purchaseNumber().filter(p -> !p.isBlank()))
            .subscriber(new Subscriber(subscriberId, subscriberName))
            .location(location(embedded, site.filter(s -> s.id() == embedded.id()), zone))
            .status(status(order.status()))
            .trade(order.trade().filter(t -> !t.isBlank()))
            .category(order.category().filter(c -> !c.isBlank()))
            .priority(order.priority().filter(p -> !p.isBlank()))
            .description(order.description().filter(d -> !d.isBlank()))
            .caller(order.caller().filter(c -> !c.isBlank()))
            .createdAt(createdAt)
            .updatedAt(order.updatedDate().orElse(createdAt))
            .scheduledAt(zone.flatMap(order::scheduledAt))
            .noteCount(order.notesCount().map(io.workbridge.servicechannel.model.Counts::total));
    order.nte().ifPresent(nte -> builder.nte(money(nte, order.currency().orElse(defaultCurrency))));
    return builder.build();
  }

  /** The store's zone: the location's IANA zone, else the offset the work order's call date carries. */
  static Optional<ZoneId> storeZone(io.workbridge.servicechannel.model.WorkOrder order, Optional<Location> site) {
    return site.flatMap(Location::timeZone)
        .or(() -> order.location().flatMap(Location::timeZone))
        .or(() -> order.storeOffset().map(ZoneId.class::cast));
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

  private static WorkOrderLocation location(Location embedded, Optional<Location> site, Optional<ZoneId> zone) {
    Location full = site.orElse(embedded);
    WorkOrderLocation.Builder builder =
        WorkOrderLocation.builder()
            .id(embedded.id())
            .storeId(embedded.storeId().or(full::storeId).filter(s -> !s.isBlank()))
            .name(embedded.name().or(full::name).filter(n -> !n.isBlank()))
            .phone(full.phone().filter(p -> !p.isBlank()));
    zone.ifPresent(builder::timeZone);
    address(full).ifPresent(builder::address);
    return builder.build();
  }

  private static Optional<Address> address(Location location) {
    Optional<String> main = location.address2().filter(s -> !s.isBlank());
    Optional<String> additional = location.address1().filter(s -> !s.isBlank());
    Optional<String> street = main.or(() -> additional);
    Optional<String> unit = main.isPresent() ? additional : Optional.empty();
    Optional<String> city = location.city().filter(s -> !s.isBlank());
    Optional<String> state = location.state().filter(s -> !s.isBlank());
    Optional<String> zip = location.zip().filter(s -> !s.isBlank());
    if (street.isEmpty() || city.isEmpty() || state.isEmpty() || zip.isEmpty()) {
      return Optional.empty();
    }
    Address.Builder address =
        Address.builder().street(street.get()).unit(unit).city(city.get()).state(state.get()).zip(zip.get());
    location.country().filter(c -> !c.isBlank()).ifPresent(address::country);
    return Optional.of(address.build());
  }
}
