package io.workbridge.sync.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ServiceTitan follow-up (a CRM lead with a follow-up date) made from an alert instead of a
 * booking, when the integration routes leads to Follow Ups (LD-9). ServiceTitan's leads take no
 * external id; adapters keep {@link #externalId()} where they can find it again (for example a
 * marker in the summary), so that creation can look it up first.
 */
@Value.Immutable
public interface FollowUpRequest {

  /** {@return the alert id; what {@code findFollowUpByExternalId} searches for} */
  String externalId();

  /** {@return where the follow-up comes from (the integration's name)} */
  String source();

  /** {@return summary text for the CSR} */
  String summary();

  /** {@return the member's name and contact details} */
  Party contact();

  /** {@return when to follow up (the member's preferred time, else when the lead was submitted)} */
  Instant followUpAt();

  /** {@return ServiceTitan campaign id (required by ServiceTitan for leads)} */
  long campaignId();

  /** {@return ServiceTitan business unit id, when pre-filled} */
  Optional<Long> businessUnitId();

  /** {@return ServiceTitan job type id, when pre-filled} */
  Optional<Long> jobTypeId();

  /** {@return ServiceTitan priority name, when known} */
  Optional<String> priority();

  /** {@return the matched ServiceTitan customer, if any (LD-8)} */
  Optional<Long> customerId();

  /** {@return the matched ServiceTitan location, if any (LD-8)} */
  Optional<Long> locationId();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FollowUpRequest} instances. */
  final class Builder extends ImmutableFollowUpRequest.Builder {}
}
