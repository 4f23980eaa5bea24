package io.workbridge.runtime.config;

import io.workbridge.client.Secret;
import io.workbridge.sync.mapping.JobTypeMapping;
import io.workbridge.sync.model.AlertSeverity;
import io.workbridge.sync.model.AlertType;
import io.workbridge.sync.workflow.LeadRouting;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Smart-home leads (SPEC group B): the vendor's partner API and credentials, the booking provider leads are
 * booked under (their own, not the work orders'), the source name and campaign (LD-1), which alerts are
 * actionable (LD-2), the standard-job-type table with each type's switch and its tenant job types and business
 * units (LD-3/4/5), business units and campaigns per vendor account and profile (LD-7), customer matching
 * (LD-8) and routing to bookings or Follow Ups (LD-9). {@link #enabled()} is the whole integration's switch
 * (LD-6: while off, alerts are held, not lost).
 */
@Value.Immutable
public interface LeadsConfig {
  /** The source name written on lead bookings when none is configured. */
  String DEFAULT_SOURCE = "WorkBridge Leads";

  /** {@return whether the leads integration is on (LD-6); on by default} */
  @Value.Default
  default boolean enabled() {
    return true;
  }

  /** {@return the partner API's base URL (the vendor has no public host)} */
  String baseUrl();

  /** {@return the vendor's token URL, when it is not {@code oauth/token} under the base URL} */
  Optional<String> tokenUrl();

  /** {@return the OAuth client id} */
  String clientId();

  /** {@return the OAuth client secret; from an environment variable} */
  Secret clientSecret();

  /** {@return the client-side rate limit; empty for the client's default (the vendor's 20 per second)} */
  Optional<Integer> requestsPerSecond();

  /**
   * {@return the ServiceTitan booking provider leads are booked under: their own (required when leads go to
   * bookings)}
   */
  Optional<Long> bookingProviderId();

  /** {@return the source written on lead bookings (LD-1)} */
  @Value.Default
  default String source() {
    return DEFAULT_SOURCE;
  }

  /**
   * {@return the ServiceTitan campaign of the vendor: every lead's campaign unless its account names one
   * (LD-1)}
   */
  long campaignId();

  /**
   * {@return to the booking list ({@code booking}, the default) or to Follow Ups ({@code followUp}) (LD-9)}
   */
  @Value.Default
  default LeadRouting routing() {
    return LeadRouting.BOOKING;
  }

  /**
   * {@return whether a lead's member is matched to an existing ServiceTitan customer (LD-8); on by default}
   */
  @Value.Default
  default boolean matchCustomers() {
    return true;
  }

  /** {@return the actionable alert types (LD-2); the seven of LD-3 by default} */
  @Value.Default
  default List<String> alertTypes() {
    return AlertType.ACTIONABLE;
  }

  /** {@return the actionable severities (LD-2); {@code Critical} and {@code Urgent} by default} */
  @Value.Default
  default List<String> severities() {
    return AlertSeverity.ACTIONABLE;
  }

  /**
   * {@return the standard-job-type table by standard job type name (LD-3/4/5): each type's switch, the alert
   * types that map to it when they differ from LD-3's table, and the tenant job type(s) and business unit(s)
   * per trade}
   */
  Map<String, JobTypeConfig> jobTypes();

  /** {@return business units and campaigns per vendor account and profile, by account id (LD-7)} */
  Map<String, AccountConfig> accounts();

  /** Checks the URLs, the booking provider, the lists and the table's names. */
  @Value.Check
  default void check() {
    Checks checks =
        new Checks()
            .url(baseUrl(), "baseUrl")
            .url(tokenUrl(), "tokenUrl")
            .notBlank(clientId(), "clientId")
            .rate(requestsPerSecond(), "requestsPerSecond")
            .id(bookingProviderId(), "bookingProviderId")
            .notBlank(source(), "source")
            .id(campaignId(), "campaignId");
    checks.require(
        routing() != LeadRouting.BOOKING || bookingProviderId().isPresent(),
        "bookingProviderId",
        "required when leads go to bookings (routing: booking): leads are booked under their own booking provider");
    checks.require(!alertTypes().isEmpty(), "alertTypes", "must name at least one alert type");
    checks.require(!severities().isEmpty(), "severities", "must name at least one severity");
    List<String> standard = standardJobTypes();
    jobTypes().forEach((name, type) -> {
      if (type.alertTypes().isEmpty() && standard.stream().noneMatch(known -> known.equalsIgnoreCase(name.strip()))) {
        checks.problem(
            "jobTypes[" + name + "]",
            "not one of the standard job types of LD-3"
                + Names.nearest(name, standard).map(near -> " (did you mean '" + near + "'?)").orElse("")
                + "; a type of your own needs alertTypes");
      }
    });
    checks.done("leads");
  }

  /** {@return the standard job types of LD-3's table} */
  static List<String> standardJobTypes() {
    return JobTypeMapping.DEFAULT_STANDARD_JOB_TYPES.values().stream().distinct().toList();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LeadsConfig} instances. */
  final class Builder extends ImmutableLeadsConfig.Builder {}
}
