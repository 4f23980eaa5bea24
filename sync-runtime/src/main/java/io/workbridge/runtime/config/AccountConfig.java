package io.workbridge.runtime.config;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One vendor account (LD-7): the business unit of its leads (for accounts without profiles, and profiles
 * with none of their own), the business unit per profile, and the campaign when it is not the vendor's.
 */
@Value.Immutable
public interface AccountConfig {
  /** {@return the business unit of the account's leads} */
  Optional<Long> businessUnitId();

  /** {@return the campaign of the account's leads, instead of {@code leads.campaignId}} */
  Optional<Long> campaignId();

  /** {@return business unit per profile id of this account} */
  Map<String, Long> profiles();

  /** Checks the ids. */
  @Value.Check
  default void check() {
    Checks checks = new Checks().id(businessUnitId(), "businessUnitId").id(campaignId(), "campaignId");
    profiles().forEach((profile, unit) -> checks.id(unit, "profiles[" + profile + "]"));
    checks.done("account");
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AccountConfig} instances. */
  final class Builder extends ImmutableAccountConfig.Builder {}
}
