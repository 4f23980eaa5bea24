package io.workbridge.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.adapters.ServiceChannelWorkOrderPlatform;
import io.workbridge.client.Secret;
import io.workbridge.runtime.config.WorkBridgeConfig;
import io.workbridge.servicechannel.ServiceChannelClient;
import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.servicetitan.model.InvoiceExportMark;
import io.workbridge.sync.model.WorkActivity;
import io.workbridge.sync.workflow.SyncReport;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.leads.LeadsVendorSimulator;
import io.workbridge.testkit.servicechannel.NewWorkOrder;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.SubscriberSetup;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole stack: a {@link WorkBridge} built by {@link WorkBridgeFactory} from a configuration pointing at
 * the three simulators and an embedded H2 store, syncing work orders and alerts, then a fresh bridge over
 * the same store that must not repeat anything.
 */
class WorkBridgeEndToEndTest {
  static final long SANDBOX = SimulatedSystems.SANDBOX;
  static final long LEAN = 2014917300L;
  static final long ALBANY = SimulatedSystems.ALBANY;
  static final long DENVER = 2005530999L;

  @TempDir Path data;

  private SimulatedSystems systems;
  private MutableClock simulatedTime;
  private ServiceTitanSimulator serviceTitan;
  private ServiceChannelSimulator serviceChannel;
  private LeadsVendorSimulator vendor;

  @BeforeEach
  void start() {
    systems = new SimulatedSystems();
    simulatedTime = systems.clock;
    serviceTitan = systems.serviceTitan;
    serviceChannel = systems.serviceChannel;
    vendor = systems.vendor;
    serviceChannel.addSubscriber(
        SubscriberSetup.builder(LEAN, "Lean Retail").without("IN PROGRESS", "DISPATCH CONFIRMED").without("OPEN", "DECLINED").build());
    serviceChannel.addLocation(DENVER, LEAN, "0107", 39.7392, -104.9903, 0.5, "America/Denver");
  }

  @AfterEach
  void stop() throws Exception {
    systems.close();
  }

  private WorkBridgeConfig config() {
    return systems.config(data.resolve("store"), Map.of());
  }

  private ServiceTitanClient serviceTitanClient() {
    return ServiceTitanClient.builder()
        .baseUrl(serviceTitan.baseUrl())
        .tokenUrl(serviceTitan.tokenUrl())
        .tenantId(serviceTitan.tenantId())
        .appKey(serviceTitan.appKey())
        .clientId(serviceTitan.clientId())
        .clientSecret(serviceTitan.clientSecret())
        .build();
  }

  private List<WorkActivity> workActivities(long workOrderId) {
    try (ServiceChannelClient client =
        ServiceChannelClient.builder()
            .baseUrl(serviceChannel.apiBaseUrl())
            .tokenUrl(serviceChannel.tokenUrl())
            .clientId(ServiceChannelSimulator.CLIENT_ID)
            .clientSecret(Secret.of(ServiceChannelSimulator.CLIENT_SECRET))
            .username(ServiceChannelSimulator.USERNAME)
            .password(Secret.of(ServiceChannelSimulator.PASSWORD))
            .build()) {
      return ServiceChannelWorkOrderPlatform.builder()
          .client(client)
          .startAt(simulatedTime.instant())
          .apiUsername(ServiceChannelSimulator.USERNAME)
          .build()
          .workActivities(workOrderId);
    }
  }

  private long workOrder(long subscriber, long location) {
    long id =
        serviceChannel.createWorkOrder(
            NewWorkOrder.builder(subscriber, location)
                .description("Rooftop unit not cooling")
                .nte(new BigDecimal("750.00"))
                .scheduledDate(simulatedTime.instant().plus(Duration.ofDays(1)))
                .build());
    tick();
    return id;
  }

  private void tick() {
    simulatedTime.advance(Duration.ofSeconds(20));
  }

  private Map<String, Object> bookingFor(long workOrderId) {
    return bookingByExternalId(Long.toString(workOrderId));
  }

  private static long id(Map<String, Object> row) {
    return ((Number) row.get("id")).longValue();
  }

  @Test
  void workOrdersAndAlerts_syncedBothWays_andAFreshBridgeOverTheSameStoreRepeatsNothing() {
    long accepted = workOrder(SANDBOX, ALBANY);
    long worked = workOrder(SANDBOX, ALBANY);
    long lean = workOrder(LEAN, DENVER);
    String alert = vendor.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, "Water Detected", "Critical");
    serviceChannel.addSubscriberNote(worked, "Please call the store manager before arriving");

    Map<String, SyncReport> first;
    try (WorkBridge bridge = WorkBridgeFactory.create(config(), Clock.systemUTC())) {
      first = bridge.runOnce();
    }
    assertThat(first.get(WorkBridge.WORK_ORDERS).stoppedBecause()).isEmpty();
    assertThat(first.get(WorkBridge.LEADS).stoppedBecause()).isEmpty();

    // SC-1: one booking per work order, keyed by the work order id; LD-1: one for the alert.
    Map<String, Object> acceptedBooking = bookingFor(accepted);
    Map<String, Object> workedBooking = bookingFor(worked);
    Map<String, Object> leanBooking = bookingFor(lean);
    assertThat(acceptedBooking.get("source")).isEqualTo("ServiceChannel");
    assertThat(String.valueOf(workedBooking.get("summary"))).contains("Rooftop unit not cooling");
    assertThat(leanBooking.get("status")).isEqualTo("New");
    Map<String, Object> alertBooking = bookingForAlert(alert);
    assertThat(alertBooking.get("status")).isEqualTo("New");
    int bookings = serviceTitan.count("bookings");

    // People in ServiceTitan: accept two bookings, convert one into a job and work it.
    tick();
    serviceTitan.csrAcceptBooking(id(acceptedBooking));
    serviceTitan.csrAcceptBooking(id(leanBooking));
    tick();
    long[] customer = serviceTitan.csrCreateCustomer("API SANDBOX #24", "12 Main St", "Albany", "NY", "12207");
    long jobId = serviceTitan.csrConvertBooking(id(workedBooking), customer[0], customer[1]);
    long appointmentId = ((Number) serviceTitan.appointmentsOf(jobId).get(0).get("id")).longValue();
    serviceTitan.dispatcherAssign(appointmentId, serviceTitan.referenceData().technicianId());
    tick();
    serviceTitan.dispatcherDispatch(appointmentId);
    tick();
    serviceTitan.technicianArrive(appointmentId);
    tick();
    serviceTitan.addJobNote(jobId, "Compressor capacitor replaced");
    tick();

    Map<String, SyncReport> second;
    try (WorkBridge bridge = WorkBridgeFactory.create(config(), Clock.systemUTC())) {
      second = bridge.runOnce();
      tick();
      bridge.runOnce();
    }
    assertThat(second.get(WorkBridge.WORK_ORDERS).stoppedBecause()).isEmpty();

    // SC-7: accepted → In Progress / Dispatch Confirmed.
    assertThat(serviceChannel.statusOf(accepted)).isEqualTo("IN PROGRESS/DISPATCH CONFIRMED");
    // SC-13: the lean subscriber lacks the status: a note instead, status left Open.
    assertThat(serviceChannel.statusOf(lean)).startsWith("OPEN/");
    assertThat(serviceChannel.noteTexts(lean)).anyMatch(text -> text.contains("Acme HVAC has accepted this work order"));
    // SC-9 and SC-16: the job number as a note, the technician's note copied to ServiceChannel.
    List<String> workedNotes = serviceChannel.noteTexts(worked);
    assertThat(workedNotes).anyMatch(text -> text.contains(serviceTitan.job(jobId).orElseThrow().get("jobNumber").toString()));
    assertThat(workedNotes).anyMatch(text -> text.contains("Compressor capacitor replaced"));
    // SC-16: the subscriber's note reached the job.
    assertThat(serviceTitan.count("notes")).isGreaterThanOrEqualTo(2);
    // SC-10/SC-11: dispatched and checked in.
    assertThat(serviceChannel.statusOf(worked)).startsWith("IN PROGRESS");

    // SC-11: the technician's arrival is a check-in of the API user (no technician is mapped to a user).
    List<WorkActivity> activities = workActivities(worked);
    assertThat(activities).hasSize(1);
    assertThat(activities.get(0).isOpen()).isTrue();

    // The technician finishes; accounting invoices the job and exports the invoice.
    tick();
    serviceTitan.technicianFinish(appointmentId);
    tick();
    long invoiceId = serviceTitan.accountingCreateInvoice(jobId, "400.00", "32.00");
    serviceTitan.accountingPostInvoice(invoiceId);
    try (ServiceTitanClient accounting = serviceTitanClient()) {
      accounting.invoices().markAsExportedOrThrow(List.of(InvoiceExportMark.of(invoiceId, "GL-" + invoiceId)));
    }
    tick();
    try (WorkBridge bridge = WorkBridgeFactory.create(config(), Clock.systemUTC())) {
      assertThat(bridge.runOnce().get(WorkBridge.WORK_ORDERS).stoppedBecause()).isEmpty();
      tick();
      bridge.runOnce();
    }
    // SC-12: completed and checked out; SC-20: the exported invoice reached ServiceChannel.
    assertThat(serviceChannel.statusOf(worked)).startsWith("COMPLETED");
    assertThat(workActivities(worked)).singleElement().satisfies(activity -> assertThat(activity.isOpen()).isFalse());
    assertThat(serviceChannel.isInvoiced(worked)).isTrue();

    // A fresh bridge over the same store: nothing is created or written twice.
    int notesAccepted = serviceChannel.noteTexts(accepted).size();
    int notesWorked = serviceChannel.noteTexts(worked).size();
    int notesLean = serviceChannel.noteTexts(lean).size();
    int jobNotes = serviceTitan.count("notes");
    tick();
    Map<String, SyncReport> third;
    try (WorkBridge bridge = WorkBridgeFactory.create(config(), Clock.systemUTC())) {
      third = bridge.runOnce();
    }
    assertThat(third.get(WorkBridge.WORK_ORDERS).stoppedBecause()).isEmpty();
    assertThat(third.get(WorkBridge.WORK_ORDERS).totalPerformed()).isZero();
    assertThat(serviceTitan.count("bookings")).isEqualTo(bookings);
    assertThat(serviceTitan.count("notes")).isEqualTo(jobNotes);
    assertThat(serviceChannel.noteTexts(accepted)).hasSize(notesAccepted);
    assertThat(serviceChannel.noteTexts(worked)).hasSize(notesWorked);
    assertThat(serviceChannel.noteTexts(lean)).hasSize(notesLean);
    serviceTitan.verify();
    serviceChannel.verify();
  }

  private Map<String, Object> bookingForAlert(String alertId) {
    return bookingByExternalId(alertId);
  }

  private Map<String, Object> bookingByExternalId(String externalId) {
    for (long id = 1000; id < 20_000; id++) {
      var booking = serviceTitan.booking(id);
      if (booking.isPresent() && externalId.equals(booking.get().get("externalId"))) {
        return booking.get();
      }
    }
    throw new AssertionError("no booking with external id " + externalId);
  }
}
