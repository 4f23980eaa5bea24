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
    /** More than one tenant job type and/or business unit: neither is pre-filled (LD-4). */
    AMBIGUOUS,
    /** The tenant did not map the standard job type for this trade: nothing pre-filled. */
    UNMAPPED
  }

  /** How the resolution came out. */
  Outcome outcome();

  /** The standard job type, unless the alert type is unknown. */
  Optional<String> standardJobType();

  /** The tenant job type id to pre-fill; present only when {@link Outcome#PREFILLED}. */
  Optional<Long> jobTypeId();

  /** The business unit id to pre-fill; present only when {@link Outcome#PREFILLED}. */
  Optional<Long> businessUnitId();

  /** Whether the lead may be posted (every outcome except unknown type and disabled). */
  default boolean postable() {
    return outcome() != Outcome.UNKNOWN_ALERT_TYPE && outcome() != Outcome.DISABLED;
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JobTypeResolution} instances. */
  final class Builder extends ImmutableJobTypeResolution.Builder {}
}
