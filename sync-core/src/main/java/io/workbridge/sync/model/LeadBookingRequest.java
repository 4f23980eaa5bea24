package io.workbridge.sync.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ServiceTitan booking made from a lead (LD-1): the common booking fields (with the alert id as
 * external id, the integration's name as source, the vendor's campaign, the pre-filled job type and
 * business unit) plus what only leads carry — the member's contact details, when the lead was
 * submitted, the vendor's extra details, and the customer match (LD-8).
 */
@Value.Immutable
public interface LeadBookingRequest {

  /** {@return the booking fields shared with work-order bookings; {@code externalId} is the alert id} */
  BookingRequest booking();

  /** {@return the member: name, phone and e-mail become the booking's contacts} */
  Party contact();

  /** {@return when the lead was submitted at the vendor} */
  Instant submittedAt();

  /** {@return the vendor's extra details for the CSR, already merged with device information} */
  Map<String, String> details();

  /** {@return the matched ServiceTitan customer, when the match reached the threshold (LD-8)} */
  Optional<Long> customerId();

  /** {@return the matched ServiceTitan location, when the address matched too (LD-8)} */
  Optional<Long> locationId();

  /** {@return confidence of the best customer candidate, in [0, 1] (0 with no candidate) (LD-8)} */
  double matchConfidence();

  /** {@return whether ServiceTitan should treat the caller as a first-time client (no customer matched)} */
  default boolean firstTimeClient() {
    return customerId().isEmpty();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LeadBookingRequest} instances. */
  final class Builder extends ImmutableLeadBookingRequest.Builder {}
}
