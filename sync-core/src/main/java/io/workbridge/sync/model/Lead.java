package io.workbridge.sync.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An alert from the smart-home leads vendor, the raw material of a lead (LD-1). Type, severity and
 * status are plain strings because the vendor adds and renames values over time; the known values
 * are in {@link AlertType}, {@link AlertSeverity} and {@link AlertStatus}.
 */
@Value.Immutable
public interface Lead {

  /** {@return the vendor's stable alert id; the idempotency key of the booking (LD-10)} */
  String alertId();

  /** {@return the vendor account (dealer account) the alert belongs to (LD-7)} */
  String accountId();

  /** {@return the vendor profile inside the account, when the account has profiles (LD-7)} */
  Optional<String> profileId();

  /** {@return alert type, e.g. {@link AlertType#WATER_DETECTED}; unknown types are allowed} */
  String type();

  /** {@return severity as the vendor names it, e.g. {@link AlertSeverity#CRITICAL}} */
  String severity();

  /** {@return status at the source, e.g. {@link AlertStatus#PENDING}} */
  String status();

  /** {@return the member (homeowner) the alert is about, with contact details and address} */
  Party member();

  /** {@return the monitoring device that raised the alert, when the vendor says} */
  Optional<Device> device();

  /** {@return free-form extra details the vendor wants shown to the customer service rep (LD-1)} */
  Map<String, String> details();

  /** {@return trade vertical, e.g. {@link Trade#HVAC} (the default when the vendor does not say) (LD-4)} */
  @Value.Default
  default String trade() {
    return Trade.HVAC;
  }

  /** {@return when the lead was submitted (the alert's creation time) (LD-1)} */
  Instant submittedAt();

  /** {@return when the member asked to be seen, if they did (LD-1 "scheduled")} */
  Optional<Instant> scheduledAt();

  /** {@return when the alert last changed at the source; the feed's ordering key} */
  Instant updatedAt();

  /** Rejects a lead without an alert id or account id: nothing could be keyed on it. */
  @Value.Check
  default void check() {
    if (alertId().isBlank()) {
      throw new IllegalStateException("lead alertId must not be blank");
    }
    if (accountId().isBlank()) {
      throw new IllegalStateException("lead accountId must not be blank (alert " + alertId() + ")");
    }
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Lead} instances. */
  final class Builder extends ImmutableLead.Builder {}
}
