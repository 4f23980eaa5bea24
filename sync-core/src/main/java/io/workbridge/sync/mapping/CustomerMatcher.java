package io.workbridge.sync.mapping;

import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.CustomerCandidate;
import io.workbridge.sync.model.Party;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
 * <p>The member's keys are computed once per match and each candidate's once, mostly compared where they
 * stand in the candidate's text: a search result of 50 candidates is matched in microseconds.
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
    if (candidates.isEmpty()) {
      return CustomerMatch.none(CustomerMatch.Kind.NONE, 0, Set.of());
    }
    MemberKeys keys = new MemberKeys(member);
    List<Scored> scored = new ArrayList<>(candidates.size());
    Scored best = null;
    for (CustomerCandidate candidate : candidates) {
      Scored next = score(member, keys, candidate);
      scored.add(next);
      if (best == null || next.ranksAbove(best)) {
        best = next;
      }
    }
    for (Scored other : scored) {
      if (other != best
          && other.exact == best.exact
          && other.confidence == best.confidence
          && other.candidate.customerId() != best.candidate.customerId()) {
        return CustomerMatch.none(CustomerMatch.Kind.AMBIGUOUS, best.confidence, best.signals);
      }
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

  private static Scored score(Party member, MemberKeys keys, CustomerCandidate candidate) {
    Set<MatchSignal> signals = EnumSet.noneOf(MatchSignal.class);
    if (keys.phone != null && anyPhone(candidate, keys.phone)) {
      signals.add(MatchSignal.PHONE);
    }
    if (keys.email != null && anyEmail(candidate, keys.email)) {
      signals.add(MatchSignal.EMAIL);
    }
    if (keys.hasAddress() && candidate.address().isPresent() && keys.sameAddress(candidate.address().get())) {
      signals.add(MatchSignal.ADDRESS);
    }
    if (keys.sameName(candidate.name())) {
      signals.add(MatchSignal.NAME);
    }
    boolean exactAddress =
        member.address().isPresent() && sameAddress(member.address().get(), candidate.address());
    boolean exact =
        !keys.name.isEmpty()
            && keys.name.equals(candidate.name().strip())
            && ((member.phone().isPresent() && candidate.phones().contains(member.phone().get()))
                || (member.email().isPresent() && candidate.emails().contains(member.email().get()))
                || exactAddress);
    double miss = 1;
    for (MatchSignal signal : signals) {
      miss *= 1 - WEIGHTS.get(signal);
    }
    double confidence = exact ? 1.0 : Math.min(NORMALISED_CAP, round(1 - miss));
    return new Scored(candidate, exact, exactAddress, confidence, signals);
  }

  private static boolean anyPhone(CustomerCandidate candidate, String key) {
    for (String phone : candidate.phones()) {
      if (ContactKeys.samePhone(phone, key)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyEmail(CustomerCandidate candidate, String key) {
    for (String email : candidate.emails()) {
      if (key.equals(ContactKeys.emailKey(email))) {
        return true;
      }
    }
    return false;
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

  /** The member's keys, normalised once per match rather than once per candidate. */
  private static final class MemberKeys {
    /** The name as compared for an exact match: stripped; empty when blank. */
    final String name;
    final @Nullable String phone;
    final @Nullable String email;
    final List<String> nameWords;
    /** {@link ContactKeys#asciiWordShape} of the name. */
    final long nameShape;
    /** The parts of {@link ContactKeys#address}, compared cheapest first; null without a usable address. */
    final @Nullable String zip;
    final String unit;
    /** The {@link ContactKeys#streetWords street words}; empty without a usable address. */
    final List<String> street;

    MemberKeys(Party member) {
      this.name = member.name().strip();
      this.phone = member.phone().map(ContactKeys::phoneKey).orElse(null);
      this.email = member.email().map(ContactKeys::emailKey).orElse(null);
      this.nameWords = ContactKeys.nameWords(member.name());
      this.nameShape = ContactKeys.asciiWordShape(member.name());
      Optional<Address> address = member.address();
      List<String> streetWords = address.map(a -> ContactKeys.streetWords(a.street())).orElse(List.of());
      String zipKey = address.map(a -> ContactKeys.zipKey(a.zip())).orElse(null);
      boolean usable = !streetWords.isEmpty() && zipKey != null;
      this.street = usable ? streetWords : List.of();
      this.zip = usable ? zipKey : null;
      this.unit = usable ? ContactKeys.unitKey(address.get().unit()) : "";
    }

    /** Whether {@code other} has the same {@link ContactKeys#name name key} as the member's. */
    boolean sameName(String other) {
      if (nameWords.isEmpty()) {
        return false;
      }
      long otherShape = ContactKeys.asciiWordShape(other);
      if (nameShape >= 0 && otherShape >= 0 && nameShape != otherShape) {
        return false;
      }
      return nameWords.equals(ContactKeys.nameWords(other));
    }

    boolean hasAddress() {
      return zip != null;
    }

    /** Whether {@code other} has the same {@link ContactKeys#address address key} as the member's. */
    boolean sameAddress(Address other) {
      return zip != null
          && ContactKeys.sameZip(other.zip(), zip)
          && unit.equals(ContactKeys.unitKey(other.unit()))
          && ContactKeys.sameStreet(other.street(), street);
    }
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

    /** Whether this ranks strictly above {@code other}: exact first, then confidence, then an agreeing address. */
    boolean ranksAbove(Scored other) {
      if (exact != other.exact) {
        return exact;
      }
      int byConfidence = Double.compare(confidence, other.confidence);
      if (byConfidence != 0) {
        return byConfidence > 0;
      }
      return signals.contains(MatchSignal.ADDRESS) && !other.signals.contains(MatchSignal.ADDRESS);
    }
  }
}
