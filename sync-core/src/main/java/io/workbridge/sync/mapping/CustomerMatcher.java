package io.workbridge.sync.mapping;

import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.CustomerCandidate;
import io.workbridge.sync.model.Party;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Matches a lead's member to an existing ServiceTitan customer and location (LD-8).
 *
 * <p>First an <b>exact</b> match: same name and the same phone, e-mail or address character for
 * character (confidence 1). Failing that (<b>beyond</b> the reference product), a <b>normalised</b>
 * match: phones reduced to their national digits, e-mails lower-cased, streets with their suffixes
 * and directions abbreviated plus unit and five-digit zip, name words in any order. Each agreeing
 * signal adds evidence ({@link #PHONE_WEIGHT phone} and {@link #EMAIL_WEIGHT e-mail} 0.7, {@link
 * #ADDRESS_WEIGHT address} 0.6, {@link #NAME_WEIGHT name} 0.3), combined as {@code 1 - Π(1 - w)} and
 * capped at 0.99, so with the default threshold of 0.8 two strong signals are needed: a shared
 * phone alone (a landlord, a family member) does not match.
 *
 * <p>Below the threshold, or when two different customers tie for the best score, the result is
 * unmatched and the booking is left for the CSR; the best confidence is reported either way. The
 * location is reported only when the address agreed.
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomerMatcher {

  /** The default confidence a normalised match needs. */
  public static final double DEFAULT_THRESHOLD = 0.8;

  /** Evidence weight of an agreeing phone number. */
  public static final double PHONE_WEIGHT = 0.7;

  /** Evidence weight of an agreeing e-mail address. */
  public static final double EMAIL_WEIGHT = 0.7;

  /** Evidence weight of an agreeing address. */
  public static final double ADDRESS_WEIGHT = 0.6;

  /** Evidence weight of agreeing names. */
  public static final double NAME_WEIGHT = 0.3;

  private static final double NORMALISED_CAP = 0.99;
  private static final Map<MatchSignal, Double> WEIGHTS = weights();

  private final double threshold;

  private CustomerMatcher(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    }
    this.threshold = threshold;
  }

  /** {@return a matcher with {@link #DEFAULT_THRESHOLD}} */
  public static CustomerMatcher withDefaults() {
    return new CustomerMatcher(DEFAULT_THRESHOLD);
  }

  /**
   * {@return a matcher whose normalised matches need at least {@code threshold} (in (0, 1])}
   *
   * @param threshold the least confidence that counts as a match
   */
  public static CustomerMatcher withThreshold(double threshold) {
    return new CustomerMatcher(threshold);
  }

  /** {@return the confidence a normalised match needs} */
  public double threshold() {
    return threshold;
  }

  /**
   * Matches a member against candidates.
   *
   * @param member the lead's member
   * @param candidates existing customers that might be the member (typically a search result)
   * @return the match, or an unmatched result with the best confidence seen
   */
  public CustomerMatch match(Party member, Collection<CustomerCandidate> candidates) {
    List<Scored> scored = new ArrayList<>();
    for (CustomerCandidate candidate : candidates) {
      scored.add(score(member, candidate));
    }
    if (scored.isEmpty()) {
      return CustomerMatch.none(CustomerMatch.Kind.NONE, 0, Set.of());
    }
    scored.sort(
        Comparator.comparing((Scored s) -> s.exact)
            .thenComparingDouble(s -> s.confidence)
            .thenComparing(s -> s.signals.contains(MatchSignal.ADDRESS))
            .reversed());
    Scored best = scored.get(0);
    boolean tie =
        scored.stream()
            .skip(1)
            .anyMatch(
                s ->
                    s.exact == best.exact
                        && s.confidence == best.confidence
                        && s.candidate.customerId() != best.candidate.customerId());
    if (tie) {
      return CustomerMatch.none(CustomerMatch.Kind.AMBIGUOUS, best.confidence, best.signals);
    }
    if (!best.exact && best.confidence < threshold) {
      return CustomerMatch.none(CustomerMatch.Kind.NONE, best.confidence, best.signals);
    }
    CustomerMatch.Builder match =
        CustomerMatch.builder()
            .kind(best.exact ? CustomerMatch.Kind.EXACT : CustomerMatch.Kind.NORMALISED)
            .customerId(best.candidate.customerId())
            .confidence(best.confidence)
            .signals(best.signals);
    if (best.signals.contains(MatchSignal.ADDRESS) || best.exactAddress) {
      best.candidate.locationId().ifPresent(match::locationId);
    }
    return match.build();
  }

  private static Scored score(Party member, CustomerCandidate candidate) {
    Set<MatchSignal> signals = EnumSet.noneOf(MatchSignal.class);
    if (member.phone().flatMap(ContactKeys::phone).filter(p -> anyPhone(candidate, p)).isPresent()) {
      signals.add(MatchSignal.PHONE);
    }
    if (member.email().flatMap(ContactKeys::email).filter(e -> anyEmail(candidate, e)).isPresent()) {
      signals.add(MatchSignal.EMAIL);
    }
    Optional<String> memberAddress = member.address().flatMap(ContactKeys::address);
    if (memberAddress.isPresent()
        && memberAddress.equals(candidate.address().flatMap(ContactKeys::address))) {
      signals.add(MatchSignal.ADDRESS);
    }
    Optional<String> memberName = ContactKeys.name(member.name());
    if (memberName.isPresent() && memberName.equals(ContactKeys.name(candidate.name()))) {
      signals.add(MatchSignal.NAME);
    }
    boolean exactAddress =
        member.address().isPresent() && sameAddress(member.address().get(), candidate.address());
    boolean exact =
        !member.name().isBlank()
            && member.name().strip().equals(candidate.name().strip())
            && (member.phone().filter(candidate.phones()::contains).isPresent()
                || member.email().filter(candidate.emails()::contains).isPresent()
                || exactAddress);
    double miss = 1;
    for (MatchSignal signal : signals) {
      miss *= 1 - WEIGHTS.get(signal);
    }
    double confidence = exact ? 1.0 : Math.min(NORMALISED_CAP, round(1 - miss));
    return new Scored(candidate, exact, exactAddress, confidence, Set.copyOf(signals));
  }

  private static boolean anyPhone(CustomerCandidate candidate, String key) {
    return candidate.phones().stream()
        .map(ContactKeys::phone)
        .anyMatch(p -> p.filter(key::equals).isPresent());
  }

  private static boolean anyEmail(CustomerCandidate candidate, String key) {
    return candidate.emails().stream()
        .map(ContactKeys::email)
        .anyMatch(e -> e.filter(key::equals).isPresent());
  }

  private static boolean sameAddress(Address a, Optional<Address> other) {
    return other
        .filter(
            b ->
                a.street().equals(b.street())
                    && a.unit().equals(b.unit())
                    && a.city().equals(b.city())
                    && a.state().equals(b.state())
                    && a.zip().equals(b.zip()))
        .isPresent();
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  private static Map<MatchSignal, Double> weights() {
    Map<MatchSignal, Double> weights = new EnumMap<>(MatchSignal.class);
    weights.put(MatchSignal.PHONE, PHONE_WEIGHT);
    weights.put(MatchSignal.EMAIL, EMAIL_WEIGHT);
    weights.put(MatchSignal.ADDRESS, ADDRESS_WEIGHT);
    weights.put(MatchSignal.NAME, NAME_WEIGHT);
    return weights;
  }

  private static final class Scored {
    final CustomerCandidate candidate;
    final boolean exact;
    final boolean exactAddress;
    final double confidence;
    final Set<MatchSignal> signals;

    Scored(
        CustomerCandidate candidate,
        boolean exact,
        boolean exactAddress,
        double confidence,
        Set<MatchSignal> signals) {
      this.candidate = Objects.requireNonNull(candidate);
      this.exact = exact;
      this.exactAddress = exactAddress;
      this.confidence = confidence;
      this.signals = signals;
    }
  }
}
