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

  /** The alert id; what {@code findFollowUpByExternalId} searches for. */
  String externalId();

  /** Where the follow-up comes from (the integration's name). */
  String source();

  /** Summary text for the CSR. */
  String summary();

  /** The member's name and contact details. */
  Party contact();

  /** When to follow up (the member's preferred time, else when the lead was submitted). */
  Instant followUpAt();

  /** ServiceTitan campaign id (required by ServiceTitan for leads). */
  long campaignId();

  /** ServiceTitan business unit id, when pre-filled. */
  Optional<Long> businessUnitId();

  /** ServiceTitan job type id, when pre-filled. */
  Optional<Long> jobTypeId();

  /** ServiceTitan priority name, when known. */
  Optional<String> priority();

  /** The matched ServiceTitan customer, if any (LD-8). */
  Optional<Long> customerId();

  /** The matched ServiceTitan location, if any (LD-8). */
  Optional<Long> locationId();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FollowUpRequest} instances. */
  final class Builder extends ImmutableFollowUpRequest.Builder {}
}
