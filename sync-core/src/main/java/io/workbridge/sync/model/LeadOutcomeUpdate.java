package io.workbridge.sync.model;

import java.util.Optional;
import org.immutables.value.Value;

/** An outcome to write back to the leads vendor for one alert. */
@Value.Immutable
public interface LeadOutcomeUpdate {

  /** The vendor's alert id. */
  String alertId();

  /** The outcome. */
  LeadOutcome outcome();

  /** Our reference, e.g. {@code "st-booking:123"} or {@code "st-follow-up:45"}. */
  String externalRef();

  /** A short human note, e.g. {@code "Converted to job 789"}. */
  Optional<String> note();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LeadOutcomeUpdate} instances. */
  final class Builder extends ImmutableLeadOutcomeUpdate.Builder {}
}
