package io.workbridge.sync.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WorkOrderModelTest {

  @Test
  void workOrderStatus_isNormalisedToUpperCaseSingleSpaced() {
    WorkOrderStatus status = WorkOrderStatus.of(" in  progress ", "Dispatch confirmed");

    assertThat(status).isEqualTo(WorkOrderStatus.IN_PROGRESS_DISPATCH_CONFIRMED);
    assertThat(status.isInProgress()).isTrue();
    assertThat(status.toString()).isEqualTo("IN PROGRESS / DISPATCH CONFIRMED");
    assertThat(WorkOrderStatus.of("open").toString()).isEqualTo("OPEN");
  }

  @Test
  void workOrderStatus_blankPrimaryIsRejected() {
    assertThatThrownBy(() -> WorkOrderStatus.of(" ", "DECLINED"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("primary");
  }

  @Test
  void money_keepsDecimalAmountAndValidatesCurrency() {
    Money nte = Money.of("250.10", "usd");

    assertThat(nte.amount()).isEqualByComparingTo(new BigDecimal("250.1"));
    assertThat(nte.amountText()).isEqualTo("250.10");
    assertThat(nte.toString()).isEqualTo("250.10 USD");
    assertThatThrownBy(() -> Money.of("1", "dollars")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void money_amountText_showsTheCurrencysMinorUnits_withoutRounding() {
    assertThat(new Money(new BigDecimal("750.0"), "USD").amountText()).isEqualTo("750.00");
    assertThat(new Money(new BigDecimal("750"), "USD").toString()).isEqualTo("750.00 USD");
    assertThat(new Money(new BigDecimal("12.345"), "USD").amountText()).isEqualTo("12.345");
    assertThat(new Money(new BigDecimal("1500"), "JPY").amountText()).isEqualTo("1500");
    assertThat(new Money(new BigDecimal("1E+3"), "XYZ").amountText()).isEqualTo("1000");
  }

  @Test
  void statusCatalogue_allowsOnlyItsStatuses() {
    StatusCatalogue catalogue = StatusCatalogue.of(WorkOrderStatus.OPEN, WorkOrderStatus.COMPLETED);

    assertThat(catalogue.allows(WorkOrderStatus.of("completed"))).isTrue();
    assertThat(catalogue.allows(WorkOrderStatus.IN_PROGRESS_DISPATCH_CONFIRMED)).isFalse();
  }

  @Test
  void newNote_blankTextIsRejected() {
    assertThatThrownBy(() -> NewNote.of("  ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void attachmentUpload_copiesContentAndLeavesItOutOfToString() {
    byte[] content = {1, 2, 3};
    AttachmentUpload upload =
        AttachmentUpload.builder()
            .fileName("a.jpg")
            .contentType("image/jpeg")
            .description("d")
            .content(content)
            .build();
    content[0] = 9;

    assertThat(upload.content()).containsExactly(1, 2, 3);
    assertThat(upload.toString()).doesNotContain("content=");
  }
}
