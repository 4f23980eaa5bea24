package io.workbridge.cli.e2e;

import io.workbridge.client.Secret;
import io.workbridge.client.Sleeper;
import io.workbridge.leads.LeadsClient;
import io.workbridge.servicechannel.ServiceChannelClient;
import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.servicetitan.model.InvoiceExportMark;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.leads.LeadsVendorSimulator;
import io.workbridge.testkit.servicechannel.NewWorkOrder;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.SubscriberSetup;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The three remote systems of an end-to-end test — ServiceTitan, ServiceChannel and the leads vendor, as
 * testkit simulators — on one simulated clock, seeded with the subscribers and stores the tests use, and
 * the people who work in them (a subscriber creating work orders, a CSR, a dispatcher, a technician,
 * accounting). Clients built here sleep in simulated time: a retry's backoff or a {@code Retry-After} moves
 * the clock instead of the test waiting.
 *
 * <p>Subscribers: {@link #SANDBOX} has every status; {@link #LEAN} lacks <i>In Progress / Dispatch
 * Confirmed</i> and <i>Open / Declined</i> (SC-13); {@link #QUIET} has every status and is the one tests
 * switch note sync off for (SC-18).
 */
final class SimulatedWorld implements AutoCloseable {
  static final long SANDBOX = 2014917243L;
  static final long LEAN = 2014917300L;
  static final long QUIET = 2014917400L;
  static final long ALBANY = 2006516537L;
  static final long TROY = 2006516538L;
  static final long DENVER = 2005530999L;
  static final long BOSTON = 2007000001L;

  /** The provider's company name, as the SC-13 notes show it. */
  static final String COMPANY = "Acme HVAC";

  /** The GUID keying the external ids of the jobs the sync creates. */
  static final String APPLICATION_GUID = "6f1c2a9e-0b7d-4d3e-9a51-2f4b8c7d1e00";

  /** How far the clock moves between two steps of the people. */
  static final Duration TICK = Duration.ofSeconds(20);

  private final MutableClock clock;
  private final Instant activatedAt;
  private final ServiceTitanSimulator serviceTitan;
  /** The login of the test's own view of ServiceChannel (see {@link #observerClient()}). */
  private static final String OBSERVER = "test.observer";

  private final ServiceChannelSimulator serviceChannel;
  private final LeadsVendorSimulator vendor;
  private final Credentials credentials;
  private final ServiceTitanClient accounting;

  private SimulatedWorld(Credentials credentials) {
    this.credentials = credentials;
    this.clock = MutableClock.at(Instant.parse("2026-03-02T14:00:00Z"));
    this.activatedAt = clock.instant().minus(Duration.ofHours(1));
    // Limits are lifted: time stands still while a cycle runs (their own tests are elsewhere).
    this.serviceTitan =
        ServiceTitanSimulator.builder()
            .clock(clock)
            .requestsPerSecond(1_000_000)
            .appKey(credentials.serviceTitanAppKey())
            .client("cid.e2e", credentials.serviceTitanClientSecret())
            .build()
            .start();
    this.serviceChannel = new ServiceChannelSimulator(clock, 1_000_000, 1_000_000).start();
    serviceChannel.addApiUser(OBSERVER);
    serviceChannel.addSubscriber(SubscriberSetup.builder(SANDBOX, "API SANDBOX").providerMayComplete(true).build());
    serviceChannel.addSubscriber(
        SubscriberSetup.builder(LEAN, "Lean Retail")
            .without("IN PROGRESS", "DISPATCH CONFIRMED")
            .without("OPEN", "DECLINED")
            .providerMayComplete(true)
            .build());
    serviceChannel.addSubscriber(SubscriberSetup.builder(QUIET, "Quiet Stores").providerMayComplete(true).build());
    serviceChannel.addLocation(ALBANY, SANDBOX, "0024", 42.6526, -73.7562, 0.5, "America/New_York");
    serviceChannel.addLocation(TROY, SANDBOX, "0031", 42.7284, -73.6918, 0.5, "America/New_York");
    serviceChannel.addLocation(DENVER, LEAN, "0107", 39.7392, -104.9903, 0.5, "America/Denver");
    serviceChannel.addLocation(BOSTON, QUIET, "0201", 42.3601, -71.0589, 0.5, "America/New_York");
    this.vendor = new LeadsVendorSimulator(clock).start();
    vendor.registerClient(credentials.vendorClientId(), credentials.vendorClientSecret(), LeadsVendorSimulator.DEALER_ID);
    this.accounting = serviceTitanClient();
  }

  /** A world with ordinary credentials. */
  static SimulatedWorld start() {
    return new SimulatedWorld(Credentials.ordinary());
  }

  /** A world whose ServiceTitan and vendor credentials are the given ones (ServiceChannel's are fixed). */
  static SimulatedWorld start(Credentials credentials) {
    return new SimulatedWorld(credentials);
  }

  /**
   * The credentials the simulators accept.
   *
   * @param serviceTitanAppKey ServiceTitan's app key
   * @param serviceTitanClientSecret ServiceTitan's client secret
   * @param vendorClientId the vendor's client id
   * @param vendorClientSecret the vendor's client secret
   */
  record Credentials(
      String serviceTitanAppKey, String serviceTitanClientSecret, String vendorClientId, String vendorClientSecret) {
    static Credentials ordinary() {
      return new Credentials("ak1.e2e-app-key", "cs1.e2e-secret", "workbridge-e2e", "leads-e2e-secret");
    }

    /** Every secret as it is sent over the wire, ServiceChannel's fixed ones included. */
    List<String> secrets() {
      return List.of(
          serviceTitanAppKey,
          serviceTitanClientSecret,
          vendorClientSecret,
          ServiceChannelSimulator.CLIENT_SECRET,
          ServiceChannelSimulator.PASSWORD);
    }
  }

  // ------------------------------------------------------------------ the systems

  MutableClock clock() {
    return clock;
  }

  /** Work orders created before this instant are not synced (SC-3). */
  Instant activatedAt() {
    return activatedAt;
  }

  ServiceTitanSimulator serviceTitan() {
    return serviceTitan;
  }

  ServiceChannelSimulator serviceChannel() {
    return serviceChannel;
  }

  LeadsVendorSimulator vendor() {
    return vendor;
  }

  Credentials credentials() {
    return credentials;
  }

  /** Waits in simulated time. */
  Sleeper sleeper() {
    return duration -> {
      if (!duration.isNegative() && !duration.isZero()) {
        clock.advance(duration);
      }
    };
  }

  /** Lets some time pass between two steps of the people. */
  void tick() {
    clock.advance(TICK);
  }

  // ------------------------------------------------------------------ clients

  /** A ServiceTitan client as the bridge uses it: booking provider and application GUID set. */
  ServiceTitanClient serviceTitanClient() {
    return ServiceTitanClient.builder()
        .baseUrl(serviceTitan.baseUrl())
        .tokenUrl(serviceTitan.tokenUrl())
        .tenantId(serviceTitan.tenantId())
        .appKey(Secret.of(credentials.serviceTitanAppKey()))
        .clientId(serviceTitan.clientId())
        .clientSecret(Secret.of(credentials.serviceTitanClientSecret()))
        .bookingProviderId(serviceTitan.bookingProviderId())
        .applicationGuid(APPLICATION_GUID)
        .clock(clock)
        .sleeper(sleeper())
        .build();
  }

  /** A ServiceChannel client for the provider's API user. */
  ServiceChannelClient serviceChannelClient() {
    return serviceChannelClient(ServiceChannelSimulator.USERNAME);
  }

  /**
   * A ServiceChannel client for the test's own view of the remote state: it signs in as a user of its own, since
   * ServiceChannel refuses a user's second sign-in within 5 s (429), and the sync's processes sign in as theirs.
   */
  ServiceChannelClient observerClient() {
    return serviceChannelClient(OBSERVER);
  }

  private ServiceChannelClient serviceChannelClient(String username) {
    return ServiceChannelClient.builder()
        .baseUrl(serviceChannel.apiBaseUrl())
        .tokenUrl(serviceChannel.tokenUrl())
        .clientId(ServiceChannelSimulator.CLIENT_ID)
        .clientSecret(Secret.of(ServiceChannelSimulator.CLIENT_SECRET))
        .username(username)
        .password(Secret.of(ServiceChannelSimulator.PASSWORD))
        .clock(clock)
        .sleeper(sleeper())
        .build();
  }

  /** A leads vendor client for the dealer. */
  LeadsClient vendorClient() {
    return LeadsClient.builder()
        .baseUrl(vendor.baseUrl())
        .clientId(credentials.vendorClientId())
        .clientSecret(Secret.of(credentials.vendorClientSecret()))
        .clock(clock)
        .sleeper(sleeper())
        .build();
  }

  // ------------------------------------------------------------------ the subscriber (ServiceChannel)

  /** The subscriber issues a work order at a location (NTE 750.00, scheduled tomorrow); then time passes. */
  long workOrder(long subscriber, long location) {
    return workOrder(subscriber, location, UnaryOperator.identity());
  }

  /** The subscriber issues a work order shaped by {@code details}; then time passes. */
  long workOrder(long subscriber, long location, UnaryOperator<NewWorkOrder.Builder> details) {
    long id =
        serviceChannel.createWorkOrder(
            details
                .apply(
                    NewWorkOrder.builder(subscriber, location)
                        .description("Rooftop unit not cooling")
                        .nte(new BigDecimal("750.00"))
                        .scheduledDate(clock.instant().plus(Duration.ofDays(1))))
                .build());
    tick();
    return id;
  }

  // ------------------------------------------------------------------ the people in ServiceTitan

  /** A CSR creates the customer for a store and converts the booking into a job; returns the job id. */
  long convertToJob(long bookingId, String customerName) {
    long[] customer = serviceTitan.csrCreateCustomer(customerName, "12 Main St", "Albany", "NY", "12207");
    return convertToJob(bookingId, customer);
  }

  /** A CSR converts the booking into a job for an existing customer and location; returns the job id. */
  long convertToJob(long bookingId, long[] customerAndLocation) {
    long jobId = serviceTitan.csrConvertBooking(bookingId, customerAndLocation[0], customerAndLocation[1]);
    tick();
    return jobId;
  }

  /** The first appointment of a job. */
  long appointmentOf(long jobId) {
    return ((Number) serviceTitan.appointmentsOf(jobId).get(0).get("id")).longValue();
  }

  /** A dispatcher assigns the first technician to the job's appointment and dispatches it. */
  void dispatch(long jobId) {
    long appointment = appointmentOf(jobId);
    serviceTitan.dispatcherAssign(appointment, serviceTitan.referenceData().technicianId());
    tick();
    serviceTitan.dispatcherDispatch(appointment);
    tick();
  }

  /** The technician arrives at the job. */
  void arrive(long jobId) {
    serviceTitan.technicianArrive(appointmentOf(jobId));
    tick();
  }

  /** The technician finishes the job (appointment Done, job Completed). */
  void finish(long jobId) {
    serviceTitan.technicianFinish(appointmentOf(jobId));
    tick();
  }

  /** The technician writes a note on the job; returns its id. */
  long jobNote(long jobId, String text) {
    long id = serviceTitan.addJobNote(jobId, text);
    tick();
    return id;
  }

  /** The technician attaches a photo to the job through the API; returns its id. */
  String attachPhoto(long jobId, String fileName) {
    String id = accounting.attachments().upload(jobId, fileName, "image/jpeg", ("photo " + fileName).getBytes(StandardCharsets.UTF_8));
    tick();
    return id;
  }

  /** Accounting invoices the job, posts the invoice and exports it; returns the invoice id. */
  long exportInvoice(long jobId) {
    long invoiceId = serviceTitan.accountingCreateInvoice(jobId, "400.00", "32.00");
    serviceTitan.accountingPostInvoice(invoiceId);
    accounting.invoices().markAsExportedOrThrow(List.of(InvoiceExportMark.of(invoiceId, "GL-" + invoiceId)));
    tick();
    return invoiceId;
  }

  /** A job's number as ServiceTitan shows it. */
  String jobNumber(long jobId) {
    return String.valueOf(serviceTitan.job(jobId).orElseThrow().get("jobNumber"));
  }

  // ------------------------------------------------------------------ the vendor

  /** The vendor raises an alert for a member of the account; then time passes. */
  String alert(String account, String type, String severity) {
    String id = vendor.raiseAlert(account, type, severity);
    tick();
    return id;
  }

  /** The member of an alert, as the vendor renders it. */
  @SuppressWarnings("unchecked")
  Map<String, Object> memberOf(String alertId) {
    return (Map<String, Object>) vendor.alert(alertId).orElseThrow().get("member");
  }

  // ------------------------------------------------------------------ lifecycle

  /** Fails when a simulator saw a request off its API description or a handler broke. */
  void verify() {
    serviceTitan.verify();
    serviceChannel.verify();
  }

  @Override
  public void close() {
    accounting.close();
    vendor.close();
    serviceChannel.close();
    serviceTitan.close();
  }
}
