package io.workbridge.runtime.config;

import io.workbridge.sync.mapping.ConversionTarget;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything a WorkBridge connection needs, as immutable values: one model that a YAML file is read into
 * ({@link #load}, see {@code workbridge.sample.yaml}), that Java embedders build with {@link #builder()}, and
 * that a Spring Boot application binds. Each section checks itself when built and throws a {@link
 * ConfigException} naming every problem by its key; secrets are {@link io.workbridge.client.Secret}s and
 * never appear in {@code toString()}.
 *
 * <pre>{@code
 * WorkBridgeConfig config = WorkBridgeConfig.load(Path.of("workbridge.yaml"), System.getenv());
 *
 * WorkBridgeConfig inJava = WorkBridgeConfig.builder()
 *     .connectionId("acme-hvac")
 *     .serviceTitan(ServiceTitanConfig.builder().tenantId(1234567).clientId("cid.acme")
 *         .appKey(Secret.of(appKey)).clientSecret(Secret.of(secret)).bookingProviderId(42).build())
 *     .serviceChannel(ServiceChannelConfig.builder().clientId("acme-app").clientSecret(Secret.of(scSecret))
 *         .username("api.user@acme.example").password(Secret.of(password)).build())
 *     .workOrders(WorkOrdersConfig.builder().companyName("Acme HVAC").activatedAt(activatedAt).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface WorkBridgeConfig {

  /**
   * {@return the id that scopes this connection's stored state (one per ServiceTitan tenant and
   * ServiceChannel provider)}
   */
  String connectionId();

  /** {@return where state is kept; the embedded database by default} */
  @Value.Default
  default StoreConfig store() {
    return StoreConfig.defaults();
  }

  /** {@return how often each stream is polled} */
  @Value.Default
  default ScheduleConfig schedule() {
    return ScheduleConfig.defaults();
  }

  /** {@return how records whose handling fails transiently are retried, and when they are quarantined} */
  @Value.Default
  default RetriesConfig retries() {
    return RetriesConfig.defaults();
  }

  /** {@return the API clients' HTTP timeouts} */
  @Value.Default
  default HttpConfig http() {
    return HttpConfig.defaults();
  }

  /** {@return the ServiceTitan tenant, credentials and choices} */
  ServiceTitanConfig serviceTitan();

  /** {@return the ServiceChannel provider account, credentials and choices} */
  ServiceChannelConfig serviceChannel();

  /** {@return how work orders are synced} */
  WorkOrdersConfig workOrders();

  /** {@return the leads integration, when configured (SPEC group B)} */
  Optional<LeadsConfig> leads();

  /** {@return the embedded webhook endpoints; off by default} */
  @Value.Default
  default WebhooksConfig webhooks() {
    return WebhooksConfig.defaults();
  }

  /** Checks what spans sections: job rules and their ServiceTitan settings, the leads' booking provider, webhooks. */
  @Value.Check
  default void check() {
    Checks checks = new Checks().notBlank(connectionId(), "connectionId");
    for (int i = 0; i < workOrders().autoConvert().size(); i++) {
      AutoConvertRuleConfig rule = workOrders().autoConvert().get(i);
      if (rule.target() != ConversionTarget.JOB) {
        continue;
      }
      String key = "workOrders.autoConvert[" + i + "]";
      checks.require(
          serviceTitan().applicationGuid().isPresent(),
          "serviceTitan.applicationGuid",
          "required because " + key + " makes jobs (the GUID keys the external ids of the jobs the sync creates)");
      checks.require(
          rule.namesItsJobSettings() || serviceTitan().jobDefaults().isPresent(),
          key,
          "a job rule needs businessUnitId, jobTypeId and campaignId, or serviceTitan.jobDefaults");
    }
    leads().flatMap(LeadsConfig::bookingProviderId).ifPresent(provider ->
        checks.require(
            provider != serviceTitan().bookingProviderId(),
            "leads.bookingProviderId",
            "is the work orders' booking provider (serviceTitan.bookingProviderId); leads are booked under their own"));
    checks.require(
        webhooks().leadsSecret().isEmpty() || leads().isPresent(),
        "webhooks.leadsSecret",
        "is set, but there is no leads section");
    checks.done("configuration");
  }

  /** {@return the store's settings as properties for its provider} */
  default Map<String, String> storeProperties() {
    return store().properties();
  }

  /**
   * Reads and validates a YAML configuration file, resolving {@code ${VARIABLES}} from {@code environment}.
   *
   * @param file the configuration file
   * @param environment the variables that {@code ${VARIABLES}} resolve from
   * @throws ConfigException listing every problem of the file, each with its key path
   * @return the validated configuration
   */
  static WorkBridgeConfig load(Path file, Map<String, String> environment) {
    return ConfigReader.load(file, environment);
  }

  /**
   * Reads and validates YAML configuration text (see {@link #load}).
   *
   * @param yaml the YAML text
   * @param environment the variables that {@code ${VARIABLES}} resolve from
   * @return the validated configuration
   */
  static WorkBridgeConfig parse(String yaml, Map<String, String> environment) {
    return ConfigReader.parse(yaml, "text", environment);
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WorkBridgeConfig} instances. */
  final class Builder extends ImmutableWorkBridgeConfig.Builder {}
}
