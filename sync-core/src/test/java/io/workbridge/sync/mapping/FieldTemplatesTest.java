package io.workbridge.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.BookingRequest;
import io.workbridge.sync.model.IvrInfo;
import io.workbridge.sync.model.JobRequest;
import io.workbridge.sync.model.Money;
import io.workbridge.sync.model.Subscriber;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.model.WorkOrderLocation;
import io.workbridge.sync.model.WorkOrderStatus;
import io.workbridge.sync.store.CustomerLocation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldTemplatesTest {

  private static final String PIN = "SECRET-CANARY-9f2";

  private static WorkOrder workOrder() {
    Instant at = Instant.parse("2026-03-02T12:00:00Z");
    return WorkOrder.builder()
        .id(84_000_001L)
        .number("WO-1")
        .purchaseNumber("PO-9")
        .subscriber(new Subscriber(7, "Acme Stores"))
        .location(WorkOrderLocation.builder().id(3).storeId("0024").build())
        .status(WorkOrderStatus.OPEN)
        .trade("HVAC")
        .nte(Money.of("250.5", "usd"))
        .createdAt(at)
        .updatedAt(at)
        .build();
  }

  private static FieldTemplates withPin() {
    return FieldTemplates.builder()
        .fields(List.of(WorkOrderField.TRADE, WorkOrderField.CATEGORY, WorkOrderField.NUMBER))
        .putIvr(7L, IvrInfo.builder().instructions("Call the IVR").pin(PIN).build())
        .nteCustomField("NTE")
        .build();
  }

  @Test
  void summary_writesChosenFieldsInOrderSkippingEmptyOnesThenIvr() {
    assertThat(withPin().summary(workOrder()))
        .isEqualTo("Trade: HVAC\nWork order: WO-1\nIVR check-in: Call the IVR\nIVR PIN: " + PIN);
  }

  @Test
  void requests_neverShowThePinInToString() {
    BookingRequest booking = withPin().booking(workOrder());
    JobRequest job =
        withPin()
            .job(workOrder(), CustomerLocation.of("31", "41"), ConversionRule.builder().target(ConversionTarget.JOB).build());
    IvrInfo ivr = withPin().ivr().get(7L);

    assertThat(booking.summary()).contains(PIN);
    assertThat(booking.toString()).doesNotContain(PIN).contains("****");
    assertThat(job.toString()).doesNotContain(PIN);
    assertThat(ivr.toString()).doesNotContain(PIN);
    assertThat(withPin().toString()).doesNotContain(PIN);
  }

  @Test
  void booking_usesWorkOrderIdAsExternalIdAndStoreForName() {
    BookingRequest booking = FieldTemplates.defaults().booking(workOrder());

    assertThat(booking.externalId()).isEqualTo("84000001");
    assertThat(booking.source()).isEqualTo("ServiceChannel");
    assertThat(booking.name()).isEqualTo("Acme Stores - 0024");
  }

  @Test
  void sc02_booking_carriesTheStoresAddressAndPhoneFromTheLocation() {
    Address address = Address.builder().street("1 Broadway").city("Albany").state("NY").zip("12207").build();
    WorkOrder workOrder =
        WorkOrder.builder()
            .from(workOrder())
            .location(WorkOrderLocation.builder().id(3).storeId("0024").address(address).phone("5185550100").build())
            .build();

    BookingRequest booking = FieldTemplates.defaults().booking(workOrder);

    assertThat(booking.address()).contains(address);
    assertThat(booking.phone()).contains("5185550100");
  }

  @Test
  void job_carriesMappingRuleSettingsAndNteCustomField() {
    ConversionRule rule =
        ConversionRule.builder()
            .target(ConversionTarget.JOB)
            .businessUnitId(7L)
            .jobTypeId(8L)
            .campaignId(9L)
            .fieldPriority("Urgent")
            .build();

    JobRequest job = withPin().job(workOrder(), CustomerLocation.of("31", "41"), rule);

    assertThat(job.customerId()).isEqualTo(31L);
    assertThat(job.locationId()).isEqualTo(41L);
    assertThat(job.businessUnitId()).contains(7L);
    assertThat(job.jobTypeId()).contains(8L);
    assertThat(job.campaignId()).contains(9L);
    assertThat(job.priority()).contains("Urgent");
    assertThat(job.customerPo()).contains("PO-9");
    assertThat(job.customFields()).isEqualTo(Map.of("NTE", "250.50"));
  }

  @Test
  void nteField_isEmptyWithoutConfiguredFieldOrNte() {
    assertThat(FieldTemplates.defaults().nteField(workOrder())).isEmpty();
    WorkOrder noNte = WorkOrder.builder().from(workOrder()).nte(java.util.Optional.empty()).build();
    assertThat(withPin().nteField(noNte)).isEmpty();
  }
}
