package io.workbridge.sync.model;

import java.util.Optional;
import org.immutables.value.Value;

/** An outcome to write back to the leads vendor for one alert. */
@Value.Immutable
public interface LeadOutcomeUpdate {

  /** {@return the vendor's alert id} */
  String alertId();

  /** {@return the outcome} */
  LeadOutcome outcome();

  /** {@return our reference, e.g. {@code "st-booking:123"} or {@code "st-follow-up:45"}} */
  String externalRef();

  /** {@return a short human note, e.g. {@code "Converted to job 789"}} */
  Optional<String> note();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LeadOutcomeUpdate} instances. */
  final class Builder extends ImmutableLeadOutcomeUpdate.Builder {}
}
