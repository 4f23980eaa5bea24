package io.workbridge.sync.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.model.WorkOrderStatus;
import org.junit.jupiter.api.Test;

class StatusMappingTest {

  @Test
  void defaults_followTheSpecificationTable() {
    StatusMapping mapping = StatusMapping.defaults();

    assertThat(mapping.target(1, StatusAction.ACCEPT)).isEqualTo(WorkOrderStatus.of("IN PROGRESS", "DISPATCH CONFIRMED"));
    assertThat(mapping.target(1, StatusAction.DECLINE)).isEqualTo(WorkOrderStatus.of("OPEN", "DECLINED"));
    assertThat(mapping.target(1, StatusAction.DISPATCH)).isEqualTo(WorkOrderStatus.of("IN PROGRESS"));
    assertThat(mapping.target(1, StatusAction.COMPLETE)).isEqualTo(WorkOrderStatus.of("COMPLETED"));
    assertThat(mapping.sendsInvoice(1, "Exported")).isTrue();
    assertThat(mapping.sendsInvoice(1, " exported ")).isTrue();
    assertThat(mapping.sendsInvoice(1, "Posted")).isFalse();
  }

  @Test
  void subscriberOverride_winsOverConfiguredDefaultWhichWinsOverSpecification() {
    StatusMapping mapping =
        StatusMapping.builder()
            .putTarget(StatusAction.COMPLETE, WorkOrderStatus.of("COMPLETED", "PENDING CONFIRMATION"))
            .addInvoiceStatusName("Posted")
            .putSubscriberOverride(
                5L,
                SubscriberStatusOverrides.builder()
                    .putTarget(StatusAction.COMPLETE, WorkOrderStatus.of("COMPLETED", "CONFIRMED"))
                    .addInvoiceStatusName("Pending")
                    .build())
            .build();

    assertThat(mapping.target(5, StatusAction.COMPLETE)).isEqualTo(WorkOrderStatus.of("COMPLETED", "CONFIRMED"));
    assertThat(mapping.target(6, StatusAction.COMPLETE))
        .isEqualTo(WorkOrderStatus.of("COMPLETED", "PENDING CONFIRMATION"));
    assertThat(mapping.target(5, StatusAction.ACCEPT)).isEqualTo(WorkOrderStatus.IN_PROGRESS_DISPATCH_CONFIRMED);
    assertThat(mapping.sendsInvoice(5, "Pending")).isTrue();
    // An invoice past its trigger status was at it in between (export feeds show only the latest state).
    assertThat(mapping.sendsInvoice(5, "Posted")).isTrue();
    assertThat(mapping.sendsInvoice(6, "Pending")).isFalse();
    assertThat(mapping.sendsInvoice(6, "Posted")).isTrue();
    assertThat(mapping.sendsInvoice(6, "Exported")).isTrue();
  }
}
