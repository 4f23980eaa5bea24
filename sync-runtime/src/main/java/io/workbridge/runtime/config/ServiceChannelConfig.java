package io.workbridge.runtime.config;

import io.workbridge.client.Secret;
import io.workbridge.servicechannel.ServiceChannelEnvironment;
import io.workbridge.sync.model.Decline;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The ServiceChannel side (SC-23): the API client and the API user, the provider company's name (notes
 * written under it are the provider's own), the decline reason sent when a booking is dismissed (SC-8) and
 * the client-side rate limit.
 */
@Value.Immutable
public interface ServiceChannelConfig {

  /** {@return {@code production} or {@code sandbox2} (default production)} */
  @Value.Default
  default ServiceChannelEnvironment environment() {
    return ServiceChannelEnvironment.PRODUCTION;
  }

  /** {@return an explicit API base URL (simulators, proxies), overriding the environment's} */
  Optional<String> apiBaseUrl();

  /** {@return an explicit login base URL, overriding the environment's ({@code oauth/token} is appended)} */
  Optional<String> loginBaseUrl();

  /** {@return the API client key} */
  String clientId();

  /** {@return the API client secret; from an environment variable} */
  Secret clientSecret();

  /** {@return the API user} */
  String username();

  /** {@return the API user's password; from an environment variable} */
  Secret password();

  /**
   * {@return the provider company's name as ServiceChannel shows it on notes: notes under it are the
   * provider's own and are not copied to ServiceTitan} Learnt from the work orders when not set.
   */
  Optional<String> providerName();

  /**
   * {@return the decline reason sent when a booking is dismissed in ServiceTitan (SC-8), for subscribers that
   * name none: 1 can't make ETA, 2 trade not serviced, 3 location not serviced, 4 not under warranty, 5 other
   * (the default, with ServiceTitan's reason as text), 6 NTE too low}
   */
  @Value.Default
  default int declineReasonId() {
    return Decline.OTHER;
  }

  /** {@return the client-side rate limit; empty for the client's defaults (the environment's limits)} */
  Optional<Integer> requestsPerMinute();

  /** Checks URLs, names, the decline reason and the rate. */
  @Value.Check
  default void check() {
    Checks checks =
        new Checks()
            .url(apiBaseUrl(), "apiBaseUrl")
            .url(loginBaseUrl(), "loginBaseUrl")
            .notBlank(clientId(), "clientId")
            .notBlank(username(), "username")
            .rate(requestsPerMinute(), "requestsPerMinute");
    providerName().ifPresent(name -> checks.notBlank(name, "providerName"));
    DeclineReasons.check(declineReasonId(), "declineReasonId", checks);
    checks.done("serviceChannel");
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ServiceChannelConfig} instances. */
  final class Builder extends ImmutableServiceChannelConfig.Builder {}
}
