package io.workbridge.runtime.config;

import io.workbridge.client.Secret;
import io.workbridge.servicetitan.ServiceTitanEnvironment;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * The ServiceTitan side (SC-23): the tenant and the application's credentials, the booking provider work
 * orders are booked under, the application GUID that keys the external ids of jobs the sync creates, the job
 * custom field that receives a work order's NTE (SC-22), the defaults of jobs created directly (SC-4), the
 * technician → ServiceChannel user map (SC-11) and the client-side rate limit.
 */
@Value.Immutable
public interface ServiceTitanConfig {

  /** {@return {@code production} or {@code integration} (default production)} */
  @Value.Default
  default ServiceTitanEnvironment environment() {
    return ServiceTitanEnvironment.PRODUCTION;
  }

  /** {@return an explicit API base URL (simulators, proxies), overriding the environment's} */
  Optional<String> apiBaseUrl();

  /** {@return an explicit auth base URL, overriding the environment's ({@code connect/token} is appended)} */
  Optional<String> authBaseUrl();

  /** {@return the tenant id} */
  long tenantId();

  /** {@return the OAuth client id} */
  String clientId();

  /** {@return the application key ({@code ST-App-Key}); from an environment variable} */
  Secret appKey();

  /** {@return the OAuth client secret; from an environment variable} */
  Secret clientSecret();

  /** {@return the booking provider (tag) work orders are booked under} */
  long bookingProviderId();

  /**
   * {@return the application's GUID, which keys the external ids of the jobs the sync creates (needed for job
   * rules)}
   */
  Optional<String> applicationGuid();

  /**
   * {@return the job custom field that receives a work order's NTE (SC-22), by id or by name; none by
   * default}
   */
  Optional<CustomFieldConfig> nteCustomField();

  /** {@return business unit, job type and campaign of jobs created directly whose rule names none (SC-4)} */
  Optional<JobDefaultsConfig> jobDefaults();

  /**
   * {@return ServiceTitan technician id → that technician's own ServiceChannel user id, for check-ins
   * (SC-11)}
   */
  Map<Long, Long> technicianUsers();

  /** {@return the client-side rate limit; empty for the client's default (ServiceTitan's 60 per second)} */
  Optional<Integer> requestsPerSecond();

  /** Checks ids, URLs, the GUID's form and the rate. */
  @Value.Check
  default void check() {
    Checks checks =
        new Checks()
            .url(apiBaseUrl(), "apiBaseUrl")
            .url(authBaseUrl(), "authBaseUrl")
            .id(tenantId(), "tenantId")
            .notBlank(clientId(), "clientId")
            .id(bookingProviderId(), "bookingProviderId")
            .rate(requestsPerSecond(), "requestsPerSecond");
    applicationGuid().ifPresent(guid -> {
      try {
        UUID.fromString(guid.strip());
      } catch (IllegalArgumentException notAGuid) {
        checks.problem("applicationGuid", "expected a GUID such as 6f1c2a9e-0b7d-4d3e-9a51-2f4b8c7d1e00, was '" + guid + "'");
      }
    });
    technicianUsers().forEach((technician, user) -> {
      checks.id(technician, "technicianUsers[" + technician + "]");
      checks.id(user, "technicianUsers[" + technician + "]");
    });
    checks.done("serviceTitan");
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ServiceTitanConfig} instances. */
  final class Builder extends ImmutableServiceTitanConfig.Builder {}
}
