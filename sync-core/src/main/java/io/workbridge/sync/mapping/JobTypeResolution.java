package io.workbridge.sync.mapping;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link JobTypeMapping} decided for one alert: its standard job type (LD-3), whether that type
 * is enabled (LD-5), and the tenant job type and business unit to pre-fill, if exactly one is mapped
 * (LD-4).
 */
@Value.Immutable
public interface JobTypeResolution {

  /** How the resolution came out. */
  enum Outcome {
    /** The alert type has no standard job type. */
    UNKNOWN_ALERT_TYPE,
    /** The standard job type is switched off (LD-5): do not post the lead. */
    DISABLED,
    /** Exactly one tenant job type and business unit: both are pre-filled. */
    PREFILLED,
    /**
     * More than one tenant job type and/or business unit: neither is pre-filled (LD-4), not even a
     * business unit assigned to the vendor profile or account.
     */
    AMBIGUOUS,
    /** The tenant did not map the standard job type for this trade: nothing pre-filled. */
    UNMAPPED
  }

  /** {@return how the resolution came out} */
  Outcome outcome();

  /** {@return the standard job type, unless the alert type is unknown} */
  Optional<String> standardJobType();

  /** {@return the tenant job type id to pre-fill; present only when {@link Outcome#PREFILLED}} */
  Optional<Long> jobTypeId();

  /** {@return the business unit id to pre-fill; present only when {@link Outcome#PREFILLED}} */
  Optional<Long> businessUnitId();

  /**
   * {@return whether anything may be pre-filled on the booking: false when the standard job type is ambiguous
   * (LD-4), in which case neither the job type nor any business unit is pre-filled, not even one
   * assigned to the vendor profile or account (LD-7); see {@link
   * BusinessUnitAssignments#businessUnitFor(io.workbridge.sync.model.Lead, JobTypeResolution)}}
   */
  default boolean prefillsAnything() {
    return outcome() != Outcome.AMBIGUOUS;
  }

  /** {@return whether the lead may be posted (every outcome except unknown type and disabled)} */
  default boolean postable() {
    return outcome() != Outcome.UNKNOWN_ALERT_TYPE && outcome() != Outcome.DISABLED;
  }

  /** Job type and business unit come together, and only with {@link Outcome#PREFILLED}. */
  @Value.Check
  default void check() {
    boolean prefilled = outcome() == Outcome.PREFILLED;
    if (jobTypeId().isPresent() != prefilled || businessUnitId().isPresent() != prefilled) {
      throw new IllegalStateException(
          "a job type resolution pre-fills a job type and a business unit exactly when it is PREFILLED, not "
              + outcome());
    }
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JobTypeResolution} instances. */
  final class Builder extends ImmutableJobTypeResolution.Builder {}
}
