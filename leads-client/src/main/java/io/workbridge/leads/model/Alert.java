package io.workbridge.leads.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An alert raised by the vendor's monitoring for one member's home: a potential lead.
 *
 * <p>{@link #type()}, {@link #severity()} and {@link #status()} are strings, never enums: the vendor's names
 * change over time and unknown values must survive. Compare them with the constants in {@link AlertType},
 * {@link AlertSeverity} and {@link AlertStatus}.
 */
@Value.Immutable
public interface Alert {

  /**
   * {@return the vendor's stable, opaque alert id; the idempotency key of the booking made from it (LD-10)}
   */
  String id();

  /** {@return the dealer account the alert belongs to (LD-7)} */
  String accountId();

  /** {@return the profile inside the account, when the account has profiles (LD-7)} */
  Optional<String> profileId();

  /** {@return alert type, e.g. {@link AlertType#WATER_DETECTED}; unknown types are kept as sent} */
  String type();

  /** {@return severity as the vendor names it, e.g. {@link AlertSeverity#CRITICAL}} */
  String severity();

  /** {@return lifecycle status at the vendor, e.g. {@link AlertStatus#PENDING}} */
  String status();

  /** {@return when the alert (the lead) was submitted (LD-1)} */
  Instant createdAt();

  /** {@return when the alert last changed; the feed's ordering key} */
  Instant updatedAt();

  /** {@return when the member asked to be seen, if they did (LD-1 "scheduled")} */
  Optional<Instant> preferredStart();

  /** {@return the member (homeowner) with contact details and address} */
  Member member();

  /** {@return the monitoring device that raised the alert, when the vendor says} */
  Optional<Device> device();

  /** {@return free-form extra details to show the customer service rep (LD-1), in the vendor's order} */
  Map<String, String> details();

  /**
   * {@return the trade vertical, e.g. {@link Trade#PLUMBING}; {@link Trade#HVAC} when the vendor does not say
   * (LD-4)}
   */
  @Value.Default
  default String trade() {
    return Trade.HVAC;
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Alert} instances. */
  final class Builder extends ImmutableAlert.Builder {}
}
