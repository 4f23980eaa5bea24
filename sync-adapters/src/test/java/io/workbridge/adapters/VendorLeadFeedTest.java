package io.workbridge.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.leads.LeadsClient;
import io.workbridge.sync.model.Lead;
import io.workbridge.sync.model.LeadOutcome;
import io.workbridge.sync.model.LeadOutcomeUpdate;
import io.workbridge.sync.port.ChangePage;
import io.workbridge.sync.port.FeedItem;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.port.RejectionReason;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.fault.Fault;
import io.workbridge.testkit.junit.SimulatorAccess;
import io.workbridge.testkit.junit.Simulators;
import io.workbridge.testkit.leads.LeadsVendorSimulator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link VendorLeadFeed} against the stateful leads vendor simulator over HTTP. */
class VendorLeadFeedTest {
  @RegisterExtension
  final Simulators simulators = Simulators.startingAt("2026-06-01T14:00:00Z").withLeadsVendor();

  private MutableClock clock;
  private LeadsVendorSimulator vendor;
  private LeadsClient client;
  private VendorLeadFeed feed;

  @BeforeEach
  void start(LeadsVendorSimulator vendor, MutableClock clock) {
    this.vendor = vendor;
    this.clock = clock;
    client = SimulatorClients.leads(SimulatorAccess.of(vendor), clock);
    feed = new VendorLeadFeed(client);
  }

  @AfterEach
  void stop() {
    client.close();
  }

  private record Drained(List<FeedItem<Lead>> items, String cursor) {}

  private Drained drain(Optional<String> from) {
    List<FeedItem<Lead>> items = new ArrayList<>();
    Optional<String> cursor = from;
    String last = from.orElse("");
    for (int page = 0; page < 100; page++) {
      ChangePage<Lead> changes = feed.alertsSince(cursor, 20);
      items.addAll(changes.items());
      last = changes.nextCursor();
      cursor = Optional.of(last);
      if (!changes.hasMore()) {
        break;
      }
    }
    return new Drained(items, last);
  }

  private static List<Lead> leads(List<FeedItem<Lead>> items) {
    return items.stream()
        .filter(FeedItem.Parsed.class::isInstance)
        .map(item -> ((FeedItem.Parsed<Lead>) item).value())
        .toList();
  }

  @Test
  void ld7_alertsSince_everyAccountOfTheDealer_eachAlertOnce() {
    Drained drained = drain(Optional.empty());

    List<Lead> leads = leads(drained.items());
    Set<String> expected = new HashSet<>();
    for (String account : vendor.accountIds()) {
      if (!account.equals(LeadsVendorSimulator.FOREIGN_ACCOUNT)) {
        expected.addAll(vendor.alertIds(account));
      }
    }
    assertThat(leads).extracting(Lead::alertId).doesNotHaveDuplicates();
    assertThat(leads).extracting(Lead::alertId).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(leads).extracting(Lead::accountId).doesNotContain(LeadsVendorSimulator.FOREIGN_ACCOUNT);
    assertThat(leads)
        .extracting(Lead::accountId)
        .contains(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, LeadsVendorSimulator.ACCOUNT_WITHOUT_PROFILES);
  }

  @Test
  void alertsSince_smallLimit_pagesNeverExceedItAndEveryAlertComesOnce() {
    Set<String> expected = new HashSet<>(leads(drain(Optional.empty()).items()).stream().map(Lead::alertId).toList());
    List<String> seen = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    boolean more = true;
    for (int page = 0; more && page < 500; page++) {
      ChangePage<Lead> changes = feed.alertsSince(cursor, 3);
      assertThat(changes.items()).hasSizeLessThanOrEqualTo(3);
      leads(changes.items()).forEach(lead -> seen.add(lead.alertId()));
      cursor = Optional.of(changes.nextCursor());
      more = changes.hasMore();
    }
    assertThat(more).isFalse();
    assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void ld1_alertsSince_alertMappedWithMemberAddressDetailsAndTimes() {
    String id = vendor.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, "Water Detected", "Critical");
    Map<String, @Nullable Object> raw = vendor.alert(id).orElseThrow();

    Lead lead =
        leads(drain(Optional.empty()).items()).stream().filter(l -> l.alertId().equals(id)).findFirst().orElseThrow();

    assertThat(lead.accountId()).isEqualTo(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES);
    assertThat(lead.type()).isEqualTo("Water Detected");
    assertThat(lead.severity()).isEqualTo("Critical");
    assertThat(lead.status()).isEqualTo("PENDING");
    assertThat(lead.submittedAt()).isEqualTo(clock.instant());
    assertThat(lead.updatedAt()).isEqualTo(clock.instant());
    @SuppressWarnings("unchecked")
    Map<String, Object> member = (Map<String, Object>) raw.get("member");
    assertThat(lead.member().firstName()).contains(String.valueOf(member.get("firstName")));
    assertThat(lead.member().lastName()).contains(String.valueOf(member.get("lastName")));
    @SuppressWarnings("unchecked")
    Map<String, Object> address = (Map<String, Object>) member.get("address");
    assertThat(lead.member().address().orElseThrow().street()).isEqualTo(address.get("street"));
    assertThat(lead.member().address().orElseThrow().city()).isEqualTo(address.get("city"));
    assertThat(lead.member().address().orElseThrow().zip()).isEqualTo(address.get("zip"));
    assertThat(lead.profileId()).isPresent();
  }

  @Test
  void ld10_alertsSince_resumedFromCursor_onlyChangedAlertsComeAgain() {
    Drained first = drain(Optional.empty());
    assertThat(feed.alertsSince(Optional.of(first.cursor()), 20).items()).isEmpty();

    String raised = vendor.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITHOUT_PROFILES, "Service Request-Normal", "Urgent");
    String existing = leads(first.items()).get(0).alertId();
    vendor.updateDetail(existing, "reading", "41F");
    Drained second = drain(Optional.of(first.cursor()));

    assertThat(leads(second.items())).extracting(Lead::alertId).containsExactlyInAnyOrder(raised, existing);
    assertThat(leads(second.items()))
        .filteredOn(lead -> lead.alertId().equals(existing))
        .singleElement()
        .satisfies(lead -> assertThat(lead.details()).containsEntry("reading", "41F"));
  }

  @Test
  void sdk5_alertsSince_brokenAlert_deliveredAsMalformedWithPayload() {
    Drained first = drain(Optional.empty());
    String id = vendor.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, "Coil Freeze Warning", "Urgent");
    vendor.corruptAlert(id, "member.address.city");

    List<FeedItem<Lead>> items = drain(Optional.of(first.cursor())).items();

    assertThat(items).singleElement().isInstanceOfSatisfying(FeedItem.Malformed.class, malformed -> {
      assertThat(malformed.recordKey()).isEqualTo(id);
      assertThat(malformed.reason()).containsIgnoringCase("city");
      assertThat(malformed.payload()).contains(id);
    });
    // The vendor answered off the contract (the city is required) for the corrupted alert; that is the point.
    vendor.api().clearProblems();
  }

  @Test
  void reread_oneAlertByItsId_unknownIsEmpty_brokenIsMalformed() {
    String id = vendor.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, "Water Detected", "Critical");
    String broken = vendor.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, "Coil Freeze Warning", "Urgent");
    vendor.corruptAlert(broken, "member.address.city");

    assertThat(feed.reread(id)).hasValueSatisfying(item -> assertThat(item).isInstanceOfSatisfying(FeedItem.Parsed.class,
        parsed -> assertThat(((Lead) parsed.value()).alertId()).isEqualTo(id)));
    assertThat(feed.reread("al-does-not-exist")).isEmpty();
    assertThat(feed.reread(broken)).hasValueSatisfying(item -> assertThat(item).isInstanceOfSatisfying(FeedItem.Malformed.class,
        malformed -> assertThat(malformed.reason()).containsIgnoringCase("city")));
    vendor.api().clearProblems();
  }

  @Test
  void writeOutcome_scheduled_recordedAtTheVendorAndRepeatIsHarmless() {
    String id = vendor.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, "Poor Cooling Performance", "Critical");
    LeadOutcomeUpdate update =
        LeadOutcomeUpdate.builder()
            .alertId(id)
            .outcome(LeadOutcome.SCHEDULED)
            .externalRef("st-booking:123")
            .note("Converted to job 789")
            .build();

    feed.writeOutcome(update);
    feed.writeOutcome(update);

    assertThat(vendor.status(id)).isEqualTo("SCHEDULED");
    assertThat(vendor.outcomes(id)).first().satisfies(outcome -> {
      assertThat(outcome.get("status")).isEqualTo("SCHEDULED");
      assertThat(outcome.get("externalRef")).isEqualTo("st-booking:123");
    });
  }

  @Test
  void writeOutcome_alertDismissedByDealer_rejectedAsConflict() {
    String id = vendor.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, "Water Detected", "Critical");
    vendor.dealerSetsStatus(id, "DISMISSED");

    assertThatThrownBy(
            () ->
                feed.writeOutcome(
                    LeadOutcomeUpdate.builder().alertId(id).outcome(LeadOutcome.SCHEDULED).externalRef("st-booking:1").build()))
        .isInstanceOfSatisfying(
            PlatformRejectedException.class, rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.CONFLICT));
    assertThat(vendor.status(id)).isEqualTo("DISMISSED");
  }

  @Test
  void writeOutcome_unknownAlert_rejectedAsNotFound() {
    assertThatThrownBy(
            () ->
                feed.writeOutcome(
                    LeadOutcomeUpdate.builder().alertId("alt-nope").outcome(LeadOutcome.RESOLVED).externalRef("st-booking:1").build()))
        .isInstanceOfSatisfying(
            PlatformRejectedException.class, rejected -> assertThat(rejected.reason()).isEqualTo(RejectionReason.NOT_FOUND));
  }

  @Test
  void alertsSince_vendorDown_unavailable() {
    vendor.faults().onAny().always().then(Fault.status(503));

    assertThatThrownBy(() -> feed.alertsSince(Optional.empty(), 20)).isInstanceOf(PlatformUnavailableException.class);
  }
}
