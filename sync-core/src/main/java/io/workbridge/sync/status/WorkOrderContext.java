package io.workbridge.sync.status;

import io.workbridge.sync.model.Decline;
import io.workbridge.sync.model.StatusCatalogue;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * What the {@link StatusTranslator} needs to know about the work order an event belongs to. The
 * status catalogue is supplied lazily: it costs a remote call and only status changes need it.
 */
@Value.Immutable
public interface WorkOrderContext {

  /** {@return the ServiceChannel work order id} */
  long workOrderId();

  /** {@return the work order's subscriber} */
  long subscriberId();

  /** {@return the provider company's name, used in the SC-13 notes ("Acme HVAC has accepted ...")} */
  String companyName();

  /** {@return the location's time zone, for times written into notes} */
  ZoneId timeZone();

  /** {@return the statuses the subscriber allows on this work order (fetched on first use)} */
  @Value.Auxiliary
  Supplier<StatusCatalogue> catalogue();

  /**
   * {@return whether the effect under a key was already performed: a milestone already reached on the work
   * order is not decided again (and costs no catalogue read)} Nothing is performed unless set.
   */
  @Value.Auxiliary
  @Value.Default
  default Predicate<String> performed() {
    return key -> false;
  }

  /** {@return whether the subscriber takes IVR check-ins only (a note is written instead, SC-11/12)} */
  @Value.Default
  default boolean ivrOnly() {
    return false;
  }

  /**
   * {@return the ServiceChannel decline reason id sent when the booking is dismissed (SC-8); 5 "Other" by
   * default}
   */
  @Value.Default
  default int declineReasonId() {
    return Decline.OTHER;
  }

  /** {@return ServiceTitan technician id → the technician's own ServiceChannel user id} */
  Map<Long, Long> technicianUsers();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WorkOrderContext} instances. */
  final class Builder extends ImmutableWorkOrderContext.Builder {}
}
