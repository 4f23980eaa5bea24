package io.workbridge.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.CustomerCandidate;
import io.workbridge.sync.model.Party;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerMatcherTest {

  private static final Address HOME =
      Address.builder()
          .street("12 North Main Street")
          .unit("Apt 4")
          .city("Dallas")
          .state("TX")
          .zip("75001")
          .build();

  private static final Party MEMBER =
      Party.named("Jane", "Doe")
          .phone("+1 (214) 555-0100")
          .email("Jane.Doe@Example.com")
          .address(HOME)
          .build();

  private final CustomerMatcher matcher = CustomerMatcher.withDefaults();

  private static CustomerCandidate.Builder candidate(long customerId, long locationId) {
    return CustomerCandidate.builder().customerId(customerId).locationId(locationId);
  }

  @Test
  void ld08_exactMatchWins() {
    CustomerCandidate exact =
        candidate(1, 11).name("Jane Doe").addPhone("+1 (214) 555-0100").address(HOME).build();
    CustomerMatch match = matcher.match(MEMBER, List.of(exact));
    assertThat(match.kind()).isEqualTo(CustomerMatch.Kind.EXACT);
    assertThat(match.customerId()).contains(1L);
    assertThat(match.locationId()).contains(11L);
    assertThat(match.confidence()).isEqualTo(1.0);
  }

  @Test
  void ld08_noMatchLeavesBookingUnmatched() {
    CustomerCandidate stranger =
        candidate(2, 21).name("John Roe").addPhone("972-555-0199").build();
    CustomerMatch match = matcher.match(MEMBER, List.of(stranger));
    assertThat(match.matched()).isFalse();
    assertThat(match.kind()).isEqualTo(CustomerMatch.Kind.NONE);
    assertThat(match.confidence()).isZero();
  }

  @Test
  void match_phoneAndAddressInOtherFormats_matchesNormalisedWithConfidence() {
    CustomerCandidate other =
        candidate(3, 31)
            .name("J. Doe")
            .addPhone("214.555.0100")
            .address(
                Address.builder()
                    .street("12 N. Main St")
                    .unit("#4")
                    .city("DALLAS")
                    .state("Texas")
                    .zip("75001-1234")
                    .build())
            .build();
    CustomerMatch match = matcher.match(MEMBER, List.of(other));
    assertThat(match.kind()).isEqualTo(CustomerMatch.Kind.NORMALISED);
    assertThat(match.customerId()).contains(3L);
    assertThat(match.locationId()).contains(31L);
    assertThat(match.signals()).containsExactlyInAnyOrder(MatchSignal.PHONE, MatchSignal.ADDRESS);
    assertThat(match.confidence()).isEqualTo(0.88);
  }

  @Test
  void match_phoneOnly_staysBelowDefaultThreshold() {
    CustomerCandidate landlord = candidate(4, 41).name("Acme Rentals").addPhone("2145550100").build();
    CustomerMatch match = matcher.match(MEMBER, List.of(landlord));
    assertThat(match.matched()).isFalse();
    assertThat(match.confidence()).isEqualTo(0.7);
    assertThat(match.signals()).containsExactly(MatchSignal.PHONE);
  }

  @Test
  void match_lowerThreshold_acceptsPhoneOnly() {
    CustomerCandidate landlord = candidate(4, 41).name("Acme Rentals").addPhone("2145550100").build();
    assertThat(CustomerMatcher.withThreshold(0.6).match(MEMBER, List.of(landlord)).customerId())
        .contains(4L);
  }

  @Test
  void match_emailIgnoresCase_andWithoutAddressReportsNoLocation() {
    CustomerCandidate moved =
        candidate(5, 51)
            .name("Doe, Jane")
            .addEmail(" jane.doe@example.COM ")
            .addPhone("214-555-0100")
            .address(
                Address.builder().street("9 Elm St").city("Plano").state("TX").zip("75023").build())
            .build();
    CustomerMatch match = matcher.match(MEMBER, List.of(moved));
    assertThat(match.customerId()).contains(5L);
    assertThat(match.locationId()).isEmpty();
    assertThat(match.signals())
        .containsExactlyInAnyOrder(MatchSignal.PHONE, MatchSignal.EMAIL, MatchSignal.NAME);
  }

  @Test
  void match_twoCustomersTie_isAmbiguousAndUnmatched() {
    CustomerCandidate first = candidate(6, 61).name("A").addPhone("2145550100").address(HOME).build();
    CustomerCandidate second =
        candidate(7, 71).name("B").addPhone("2145550100").address(HOME).build();
    CustomerMatch match = matcher.match(MEMBER, List.of(first, second));
    assertThat(match.kind()).isEqualTo(CustomerMatch.Kind.AMBIGUOUS);
    assertThat(match.matched()).isFalse();
    assertThat(match.confidence()).isEqualTo(0.88);
  }

  @Test
  void match_sameCustomerTwoLocations_picksTheLocationWhoseAddressAgrees() {
    CustomerCandidate office =
        candidate(8, 81)
            .name("Jane Doe")
            .addPhone("2145550100")
            .addEmail("jane.doe@example.com")
            .address(
                Address.builder().street("1 Oak St").city("Dallas").state("TX").zip("75002").build())
            .build();
    CustomerCandidate home =
        candidate(8, 82).name("Jane Doe").addPhone("2145550100").address(HOME).build();
    CustomerMatch match = matcher.match(MEMBER, List.of(office, home));
    assertThat(match.kind()).isEqualTo(CustomerMatch.Kind.EXACT);
    assertThat(match.locationId()).contains(82L);
  }

  @Test
  void match_exactBeatsHigherNormalisedScoreOfAnotherCustomer() {
    CustomerCandidate exact = candidate(9, 91).name("Jane Doe").address(HOME).build();
    CustomerCandidate similar =
        candidate(10, 101)
            .name("jane doe")
            .addPhone("2145550100")
            .addEmail("jane.doe@example.com")
            .build();
    assertThat(matcher.match(MEMBER, List.of(similar, exact)).customerId()).contains(9L);
  }

  @Test
  void match_noCandidates_isUnmatchedWithZeroConfidence() {
    CustomerMatch match = matcher.match(MEMBER, List.of());
    assertThat(match.kind()).isEqualTo(CustomerMatch.Kind.NONE);
    assertThat(match.confidence()).isZero();
  }

  @Test
  void phoneKey_shortNumber_isIgnored() {
    assertThat(ContactKeys.phone("555-01")).isEmpty();
    assertThat(ContactKeys.phone("+1 214 555 0100")).contains("2145550100");
  }

  @Test
  void emailKey_withoutAt_isIgnored() {
    assertThat(ContactKeys.email("not-an-email")).isEmpty();
  }

  @Test
  void withThreshold_outOfRange_isRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CustomerMatcher.withThreshold(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
