package io.workbridge.sync.mapping;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The result of matching a lead's member to existing ServiceTitan customers (LD-8). Unmatched
 * results still report the best confidence seen, so the CSR and the reports can tell a near miss
 * from no candidate at all.
 */
@Value.Immutable
public interface CustomerMatch {

  /** How the match came out. */
  enum Kind {
    /** Same name and the same phone, e-mail or address, character for character. */
    EXACT,
    /** Normalised phone, e-mail, address and name agree with a confidence at or above threshold. */
    NORMALISED,
    /** Two different customers scored the same best confidence: left for the CSR. */
    AMBIGUOUS,
    /** No candidate reached the threshold: the booking stays unmatched. */
    NONE
  }

  /** {@return how the match came out} */
  Kind kind();

  /** {@return the matched customer id; present for {@link Kind#EXACT} and {@link Kind#NORMALISED}} */
  Optional<Long> customerId();

  /** {@return the matched location id; present only when the address matched too} */
  Optional<Long> locationId();

  /** {@return confidence in [0, 1] of the best candidate (1 for an exact match, 0 with no candidate)} */
  double confidence();

  /** {@return which normalised signals agreed for the best candidate} */
  Set<MatchSignal> signals();

  /** {@return whether a customer was matched} */
  default boolean matched() {
    return customerId().isPresent();
  }

  /**
   * {@return an unmatched result with the given best confidence}
   *
   * @param kind the kind of result
   * @param confidence the best confidence found
   * @param signals the signals that matched
   */
  static CustomerMatch none(Kind kind, double confidence, Set<MatchSignal> signals) {
    return builder().kind(kind).confidence(confidence).signals(signals).build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CustomerMatch} instances. */
  final class Builder extends ImmutableCustomerMatch.Builder {}
}
