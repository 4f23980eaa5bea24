package io.workbridge.servicechannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.client.Secret;
import io.workbridge.client.ValidationException;
import io.workbridge.servicechannel.model.Attachment;
import io.workbridge.servicechannel.model.AttachmentUpload;
import io.workbridge.servicechannel.model.CheckIn;
import io.workbridge.servicechannel.model.CheckInValidation;
import io.workbridge.servicechannel.model.CheckOut;
import io.workbridge.servicechannel.model.CheckOutStatus;
import io.workbridge.servicechannel.model.InvoiceRequirements;
import io.workbridge.servicechannel.model.LaborLine;
import io.workbridge.servicechannel.model.MaterialLine;
import io.workbridge.servicechannel.model.NewInvoice;
import io.workbridge.servicechannel.model.WorkActivity;
import io.workbridge.servicechannel.webhook.WebhookEvent;
import io.workbridge.servicechannel.webhook.WebhookEvents;
import io.workbridge.servicechannel.webhook.WebhookVerifier;
import io.workbridge.testkit.servicechannel.NewWorkOrder;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.SubscriberSetup;
import io.workbridge.testkit.webhook.WebhookDelivery;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Attachments, check-in/out, invoices and webhooks against the stateful simulator. */
class FieldWorkSimulatorTest extends SimulatorSupport {

  private static AttachmentUpload photo(String name) {
    return AttachmentUpload.builder()
        .fileName(name)
        .mediaType("image/jpeg")
        .content(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3})
        .description("after repair")
        .build();
  }

  @Test
  void sc15_uploadSeveralFiles_listedViaOData() {
    long id = createAt(SANDBOX);
    try (ServiceChannelClient sc = client()) {
      sc.attachments().upload(id, List.of(photo("before.jpg"), photo("after.jpg")), "Tech Tom");
      List<Attachment> listed = sc.attachments().list(id).stream().toList();
      assertThat(listed).extracting(Attachment::name).containsExactly("before.jpg", "after.jpg");
      assertThat(listed.get(0).description()).contains("after repair");
      assertThat(listed.get(0).uri()).isPresent();
      assertThat(listed.get(0).uploadedAt()).contains(clock.instant());
    }
    assertThat(sim.journal().last("POST", "/v3/workorders/\\d+/attachments").orElseThrow().queryParam("actor"))
        .contains("Tech Tom");
  }

  @Test
  void sc11_sc12_checkInAndOut_pairShareMechanicId_readBackAsWorkActivity() {
    long id = createAt(SANDBOX);
    try (ServiceChannelClient sc = client()) {
      sc.workOrders().accept(id, null);
      CheckInValidation near = sc.checkIns().validateCheckIn(id, ALBANY_LAT, ALBANY_LON);
      assertThat(near.isAllowed()).isTrue();
      long in =
          sc.checkIns()
              .checkIn(id, CheckIn.builder().userId(1_900_000_777L).latitude(ALBANY_LAT).longitude(ALBANY_LON).build());
      assertThat(sim.statusOf(id)).isEqualTo("IN PROGRESS/ON SITE");
      clock.advance(Duration.ofMinutes(45));
      long out =
          sc.checkIns()
              .checkOut(
                  id,
                  CheckOut.builder()
                      .userId(1_900_000_777L)
                      .status(CheckOutStatus.COMPLETED)
                      .resolution("Replaced capacitor")
                      .latitude(ALBANY_LAT)
                      .longitude(ALBANY_LON)
                      .build());
      assertThat(out).isEqualTo(in);
      assertThat(sim.statusOf(id)).isEqualTo("COMPLETED/PENDING CONFIRMATION");
      List<WorkActivity> activities = sc.checkIns().workActivities(id);
      assertThat(activities).hasSize(1);
      assertThat(activities.get(0).userId()).hasValue(1_900_000_777L);
      assertThat(activities.get(0).timeOut().orElseThrow())
          .isEqualTo(activities.get(0).timeIn().orElseThrow().plus(Duration.ofMinutes(45)));
    }
  }

  @Test
  void checkIn_outsideGpsRadius_941_andValidationSaysSo() {
    long id = createAt(SANDBOX);
    try (ServiceChannelClient sc = client()) {
      assertThat(sc.checkIns().validateCheckIn(id, 40.7128, -74.0060).outsideGeolocation()).isTrue();
      assertThatThrownBy(
              () -> sc.checkIns().checkIn(id, CheckIn.builder().latitude(40.7128).longitude(-74.0060).build()))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorCode()).contains("941"));
    }
  }

  @Test
  void checkIn_onCompletedWorkOrder_refused() {
    long id = createAt(SANDBOX);
    sim.confirmCompletion(id);
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(
              () -> sc.checkIns().checkIn(id, CheckIn.builder().latitude(ALBANY_LAT).longitude(ALBANY_LON).build()))
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errorCode()).contains("924"));
    }
  }

  @Test
  void checkOut_withoutCheckIn_refused() {
    long id = createAt(SANDBOX);
    try (ServiceChannelClient sc = client()) {
      assertThatThrownBy(
              () ->
                  sc.checkIns()
                      .checkOut(
                          id,
                          CheckOut.builder()
                              .status(CheckOutStatus.NO_STATUS_CHANGE)
                              .latitude(ALBANY_LAT)
                              .longitude(ALBANY_LON)
                              .build()))
          .isInstanceOf(ValidationException.class);
    }
  }

  @Test
  void sc20_invoice_requirementsThenCreateWithLineItems() {
    long id =
        sim.createWorkOrder(NewWorkOrder.builder(SANDBOX, ALBANY).nte(new BigDecimal("1000.00")).build());
    sim.confirmCompletion(id);
    try (ServiceChannelClient sc = client()) {
      InvoiceRequirements requirements = sc.invoices().requirements(SANDBOX);
      assertThat(requirements.requireResolutionText()).isFalse();
      long invoiceId =
          sc.invoices()
              .create(
                  NewInvoice.builder()
                      .number("INV-1042")
                      .workOrderIdentifier(Long.toString(id))
                      .total(new BigDecimal("540.00"))
                      .tax(new BigDecimal("40.00"))
                      .laborAmount(new BigDecimal("300.00"))
                      .materialAmount(new BigDecimal("200.00"))
                      .addLabor(
                          LaborLine.builder()
                              .skillLevel(2)
                              .laborType(1)
                              .technicians(1)
                              .hourlyRate(new BigDecimal("100.00"))
                              .hours(new BigDecimal("3"))
                              .amount(new BigDecimal("300.00"))
                              .build())
                      .addMaterial(
                          MaterialLine.builder()
                              .description("Capacitor 45/5 uF")
                              .partNumber("CAP-455")
                              .unitPrice(new BigDecimal("100.00"))
                              .quantity(new BigDecimal("2"))
                              .amount(new BigDecimal("200.00"))
                              .build())
                      .text("Replaced capacitor")
                      .build());
      assertThat(invoiceId).isPositive();
      assertThat(sim.isInvoiced(id)).isTrue();
    }
  }

  @Test
  void invoice_rulesBecomeClearRejections() {
    long open = createAt(SANDBOX);
    long done = sim.createWorkOrder(NewWorkOrder.builder(SANDBOX, ALBANY).nte(new BigDecimal("100")).build());
    long other = sim.createWorkOrder(NewWorkOrder.builder(SANDBOX, ALBANY).nte(new BigDecimal("500")).build());
    sim.confirmCompletion(done);
    sim.confirmCompletion(other);
    try (ServiceChannelClient sc = client()) {
      assertThat(rejection(sc, "A-1", open, "50")).isEqualTo(InvoiceRejectedException.Reason.WORK_ORDER_NOT_COMPLETED);
      assertThat(rejection(sc, "A-2", done, "150")).isEqualTo(InvoiceRejectedException.Reason.TOTAL_EXCEEDS_NTE);
      sc.invoices().create(invoice("A-3", done, "90"));
      assertThat(rejection(sc, "A-3", other, "90")).isEqualTo(InvoiceRejectedException.Reason.DUPLICATE_NUMBER);
      assertThat(rejection(sc, "A-4", 999L, "90")).isEqualTo(InvoiceRejectedException.Reason.UNKNOWN_WORK_ORDER);
    }
    // never retried: each refused create reached the server exactly once
    assertThat(sim.journal().count("POST", "/v3/invoices")).isEqualTo(5);
  }

  private static NewInvoice invoice(String number, long workOrderId, String total) {
    return NewInvoice.builder()
        .number(number)
        .workOrderIdentifier(Long.toString(workOrderId))
        .total(new BigDecimal(total))
        .build();
  }

  private static InvoiceRejectedException.Reason rejection(
      ServiceChannelClient sc, String number, long workOrderId, String total) {
    try {
      sc.invoices().create(invoice(number, workOrderId, total));
    } catch (InvoiceRejectedException rejected) {
      return rejected.reason();
    }
    throw new AssertionError("invoice " + number + " was accepted");
  }

  @Test
  void invoice_laborLinesRequiredForTrade_1151() {
    sim.addSubscriber(SubscriberSetup.builder(2014917400L, "Strict Stores").laborTradeId(12).build());
    sim.addLocation(2005531500L, 2014917400L, "9", ALBANY_LAT, ALBANY_LON, 1, "America/New_York");
    long id = sim.createWorkOrder(NewWorkOrder.builder(2014917400L, 2005531500L).build());
    sim.confirmCompletion(id);
    try (ServiceChannelClient sc = client()) {
      assertThat(sc.invoices().requirements(2014917400L).requiresLaborLines(12, 0)).isTrue();
      assertThatThrownBy(() -> sc.invoices().create(invoice("S-1", id, "100")))
          .isInstanceOfSatisfying(InvoiceRejectedException.class, e -> assertThat(e.errorCode()).contains("1151"));
    }
  }

  @Test
  void webhooks_signedDeliveriesVerifyAndParse() throws Exception {
    try (MockWebServer receiver = new MockWebServer()) {
      receiver.start();
      for (int i = 0; i < 5; i++) {
        receiver.enqueue(new MockResponse.Builder().code(200).build());
      }
      sim.webhooks(receiver.url("/hooks/sc").toString(), "signing-key-1");
      long id = createAt(SANDBOX);
      try (ServiceChannelClient sc = client()) {
        sc.workOrders().accept(id, null);
      }
      WebhookVerifier verifier = new WebhookVerifier(Secret.of("signing-key-1"));
      WebhookVerifier wrongKey = new WebhookVerifier(Secret.of("another-key"));
      RecordedRequest created = receiver.takeRequest(1, TimeUnit.SECONDS);
      RecordedRequest changed = receiver.takeRequest(1, TimeUnit.SECONDS);
      byte[] body = changed.getBody().toByteArray();
      String signature = changed.getHeaders().get("Sign-Data");
      assertThat(verifier.verify(body, signature)).isTrue();
      assertThat(wrongKey.verify(body, signature)).isFalse();
      assertThat(verifier.verify("{}".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
      assertThat(verifier.verify(created.getBody().toByteArray(), created.getHeaders().get("Sign-Data"))).isTrue();

      WebhookEvent event = WebhookEvents.parse(body).orElseThrow();
      assertThat(event.eventType()).isEqualTo("WorkOrderStatusChanged");
      assertThat(event.workOrderId()).hasValue(id);
      assertThat(event.subscriberId()).hasValue(SANDBOX);
      assertThat(event.providerId()).hasValue(ServiceChannelSimulator.PROVIDER_ID);
      // a thin reference, as live: no status in the delivery — it is a doorbell to re-read the work order
      assertThat(event.status()).isEmpty();
      assertThat(event.object()).containsKey("UpdatedBy");
      assertThat(event.updatedAt()).contains(clock.instant());
    }
  }

  @Test
  void webhooks_receiverMayCallTheSimulatorBackWhileHandlingOne() throws Exception {
    long id = createAt(SANDBOX);
    List<String> seenDuringDelivery = new CopyOnWriteArrayList<>();
    try (MockWebServer receiver = new MockWebServer()) {
      receiver.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              seenDuringDelivery.add(sim.statusOf(id)); // needs the simulator's lock
              return new MockResponse.Builder().code(200).build();
            }
          });
      receiver.start();
      sim.webhooks(receiver.url("/hooks/sc").toString(), "signing-key-1");
      try (ServiceChannelClient sc = client()) {
        sc.workOrders().accept(id, null);
      }
    }

    assertThat(seenDuringDelivery).isNotEmpty().allSatisfy(status -> assertThat(status).contains("DISPATCH CONFIRMED"));
    assertThat(sim.webhookDeliveries()).isNotEmpty().allMatch(WebhookDelivery::succeeded);
  }
}
