package io.workbridge.runtime.config;

import io.workbridge.sync.mapping.WorkOrderField;
import io.workbridge.sync.model.WorkOrderStatus;
import io.workbridge.sync.status.StatusAction;
import io.workbridge.sync.status.StatusMapping;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How ServiceChannel work orders are synced: the activation instant (SC-3), the company name of the fallback
 * notes (SC-13), the work-order fields a booking carries and their order (SC-2), the status mapping and
 * invoice trigger every subscriber starts from (SC-14, SC-20), the auto-conversion rules (SC-4), explicit
 * subscriber-location → customer-location mappings beside the learnt ones (SC-5), and per subscriber its
 * overrides and switches.
 */
@Value.Immutable
public interface WorkOrdersConfig {

  /** {@return work orders created before this instant are never synced (SC-3)} */
  Instant activatedAt();

  /** {@return the provider company's name in the notes that replace unavailable statuses (SC-13)} */
  String companyName();

  /**
   * {@return the work-order fields a booking or job summary carries, in order (SC-2); every field by default}
   */
  @Value.Default
  default List<WorkOrderField> bookingFields() {
    return List.of(WorkOrderField.values());
  }

  /** {@return target statuses replacing the specification's defaults for every subscriber (SC-14)} */
  Map<StatusAction, WorkOrderStatus> statusMapping();

  /**
   * {@return ServiceTitan invoice statuses that send an invoice (SC-20), for every subscriber; empty means
   * {@value StatusMapping#DEFAULT_INVOICE_STATUS}}
   */
  List<String> invoiceTrigger();

  /**
   * {@return auto-conversion rules, first match wins; none means every work order becomes a booking (SC-4)}
   */
  List<AutoConvertRuleConfig> autoConvert();

  /** {@return explicit subscriber location → ServiceTitan customer and location mappings (SC-5)} */
  List<LocationMappingConfig> locations();

  /** {@return per ServiceChannel subscriber id: its overrides and switches} */
  Map<Long, SubscriberConfig> subscribers();

  /**
   * How long a write whose outcome is unknown (a timeout, a dropped connection, a 5xx) is left alone before it
   * is looked up and tried again: long enough for a write the remote system is still processing to land. 60 s
   * by default, measured on the store's clock. The leads stream's posts and outcomes settle as long.
   *
   * @return the settling time
   */
  @Value.Default
  default Duration uncertainEffectSettle() {
    return Duration.ofSeconds(60);
  }

  /**
   * How many work orders are handled at once (each by one worker at a time, its steps in order); 1 handles
   * them one after the other. 4 by default.
   *
   * @return the number of workers
   */
  @Value.Default
  default int concurrency() {
    return 4;
  }

  /** Checks the company name, the fields and the mappings. */
  @Value.Check
  default void check() {
    Checks checks = new Checks().notBlank(companyName(), "companyName");
    checks.require(!bookingFields().isEmpty(), "bookingFields", "must name at least one field");
    Set<WorkOrderField> seen = new HashSet<>();
    for (WorkOrderField field : bookingFields()) {
      checks.require(seen.add(field), "bookingFields", "names " + Names.camel(field) + " twice");
    }
    invoiceTrigger().forEach(status -> checks.notBlank(status, "invoiceTrigger"));
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i < locations().size(); i++) {
      LocationMappingConfig mapping = locations().get(i);
      checks.require(
          pairs.add(mapping.subscriberId() + "/" + mapping.locationId()),
          "locations[" + i + "]",
          "maps subscriber " + mapping.subscriberId() + " location " + mapping.locationId() + " a second time");
    }
    subscribers().keySet().forEach(id -> checks.id(id, "subscribers[" + id + "]"));
    checks.notNegative(uncertainEffectSettle(), "uncertainEffectSettle");
    checks.require(
        concurrency() >= 1 && concurrency() <= 64, "concurrency", "must be between 1 and 64, was " + concurrency());
    checks.done("workOrders");
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WorkOrdersConfig} instances. */
  final class Builder extends ImmutableWorkOrdersConfig.Builder {}
}
