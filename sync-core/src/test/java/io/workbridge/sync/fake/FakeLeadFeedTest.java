package io.workbridge.sync.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.sync.model.AlertSeverity;
import io.workbridge.sync.model.AlertStatus;
import io.workbridge.sync.model.AlertType;
import io.workbridge.sync.model.Lead;
import io.workbridge.sync.model.LeadOutcome;
import io.workbridge.sync.model.LeadOutcomeUpdate;
import io.workbridge.sync.model.Party;
import io.workbridge.sync.port.ChangePage;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.port.RejectionReason;
import io.workbridge.testkit.MutableClock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FakeLeadFeedTest {

  private final MutableClock clock = MutableClock.at("2026-03-02T15:00:00Z");
  private final FakeLeadFeed vendor = new FakeLeadFeed(clock);

  private Lead publish(String alertId) {
    return vendor.publish(
        Lead.builder()
            .alertId(alertId)
            .accountId("acc-1")
            .type(AlertType.WATER_DETECTED)
            .severity(AlertSeverity.CRITICAL)
            .status(AlertStatus.PENDING)
            .member(Party.builder().name("Jane Doe").phone("2145550100").build())
            .submittedAt(clock.instant())
            .updatedAt(clock.instant())
            .build());
  }

  private static LeadOutcomeUpdate outcome(String alertId, LeadOutcome outcome) {
    return LeadOutcomeUpdate.builder()
        .alertId(alertId)
        .outcome(outcome)
        .externalRef("st-booking:100")
        .build();
  }

  @Test
  void writeOutcome_legalTransition_changesStatusAndRedeliversTheAlert() {
    publish("a-1");
    vendor.writeOutcome(outcome("a-1", LeadOutcome.SCHEDULED));

    assertThat(vendor.status("a-1")).isEqualTo(AlertStatus.SCHEDULED);
    ChangePage<Lead> page = vendor.alertsSince(Optional.of("1"), 10);
    assertThat(page.items()).hasSize(1);
    assertThat(page.nextCursor()).isEqualTo("2");
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void writeOutcome_sameStatusTwice_isANoOp() {
    publish("a-1");
    vendor.writeOutcome(outcome("a-1", LeadOutcome.SCHEDULED));
    vendor.writeOutcome(outcome("a-1", LeadOutcome.SCHEDULED));

    assertThat(vendor.outcomes()).hasSize(1);
  }

  @Test
  void writeOutcome_fromFinalStatus_isAConflict() {
    publish("a-1");
    vendor.dealerSets("a-1", AlertStatus.DISMISSED);

    assertThatThrownBy(() -> vendor.writeOutcome(outcome("a-1", LeadOutcome.SCHEDULED)))
        .isInstanceOfSatisfying(
            PlatformRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectionReason.CONFLICT));
    assertThat(vendor.status("a-1")).isEqualTo(AlertStatus.DISMISSED);
  }

  @Test
  void writeOutcome_unknownAlert_isNotFound() {
    assertThatThrownBy(() -> vendor.writeOutcome(outcome("nope", LeadOutcome.RESOLVED)))
        .isInstanceOfSatisfying(
            PlatformRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectionReason.NOT_FOUND));
  }

  @Test
  void faultHook_afterEffect_failsTheCallButKeepsTheEffect() {
    publish("a-1");
    vendor.setFaultHook(
        (operation, phase) -> {
          if (phase == FaultHook.Phase.AFTER_EFFECT) {
            throw new PlatformUnavailableException("connection reset");
          }
        });

    assertThatThrownBy(() -> vendor.writeOutcome(outcome("a-1", LeadOutcome.RESOLVED)))
        .isInstanceOf(PlatformUnavailableException.class);
    assertThat(vendor.status("a-1")).isEqualTo(AlertStatus.RESOLVED);
  }

  @Test
  void snapshot_leavesOutReferenceIds() {
    publish("b");
    publish("a");
    vendor.writeOutcome(outcome("a", LeadOutcome.SCHEDULED));

    assertThat(vendor.snapshot())
        .isEqualTo("alert a [SCHEDULED] ref=st-booking\nalert b [PENDING] ref=-\n");
  }
}
