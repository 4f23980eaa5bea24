package io.workbridge.sync.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.status.FallbackKind;
import org.junit.jupiter.api.Test;

class SyncReportTest {

  @Test
  void recorder_countsPerTypeAndReasonAndJoinsStopReasons() {
    SyncReport.Recorder recorder = SyncReport.recorder();
    recorder.performed(EffectType.CREATE_BOOKING);
    recorder.performed(EffectType.CREATE_BOOKING);
    recorder.alreadyDone(EffectType.WORK_ORDER_NOTE);
    recorder.skipped("workorder:1", "created before activation (SC-3)");
    recorder.skipped("workorder:2", "created before activation (SC-3)");
    recorder.fallback("workorder:3", FallbackKind.ACCEPT_AS_NOTE, "no accept status");
    recorder.quarantined("sc.work-orders:4", "missing location id");
    recorder.stopped("ServiceChannel: 503");
    recorder.stopped("ServiceTitan: 503");

    SyncReport report = recorder.build();

    assertThat(report.performed(EffectType.CREATE_BOOKING)).isEqualTo(2);
    assertThat(report.performed(EffectType.INVOICE)).isZero();
    assertThat(report.alreadyDone(EffectType.WORK_ORDER_NOTE)).isEqualTo(1);
    assertThat(report.totalPerformed()).isEqualTo(2);
    assertThat(report.skippedByReason()).containsExactly(java.util.Map.entry("created before activation (SC-3)", 2));
    assertThat(report.fallbacks()).hasSize(1);
    assertThat(report.quarantined()).hasSize(1);
    assertThat(report.completed()).isFalse();
    assertThat(report.stoppedBecause()).contains("ServiceChannel: 503; ServiceTitan: 503");
    assertThat(report.toString()).contains("CREATE_BOOKING=2");
  }

  @Test
  void emptyReport_isCompleted() {
    SyncReport report = SyncReport.recorder().build();

    assertThat(report.completed()).isTrue();
    assertThat(report.performed()).isEmpty();
  }
}
