package io.workbridge.testkit.servicetitan;

import static io.workbridge.testkit.servicetitan.StViews.id;

import io.workbridge.testkit.ApiError;
import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.JsonObject;
import io.workbridge.testkit.contract.OpenApiContract;
import io.workbridge.testkit.contract.ResponseDeviation;
import io.workbridge.testkit.fault.FaultSchedule;
import io.workbridge.testkit.journal.RequestJournal;
import io.workbridge.testkit.oauth.OAuthServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One ServiceTitan tenant in memory, behind the client-credentials token endpoint {@value #TOKEN_PATH}
 * (tokens live 900 s by default), requiring {@code ST-App-Key} and enforcing 60 requests per second with
 * 429s. API paths are the real ones ({@code /crm/v2/tenant/{tenant}/…}, {@code /jpm/v2/…}); errors use the
 * RFC 7807 shape. Lists hide inactive records unless {@code active=Any}. Export feeds are snapshots of
 * current state, not histories: each record once, in its latest state, in {@code modifiedOn} order, with
 * real continuation tokens (a booking accepted and converted between two reads is first seen Converted).
 *
 * <p>Test helpers act as the people in ServiceTitan: a CSR accepts, dismisses or converts a booking
 * ({@link #csrConvertBooking} creates a job carrying {@code bookingId}); a dispatcher assigns and
 * dispatches; a technician arrives, attaches files, writes notes and finishes; the office writes notes,
 * hires and lets go of people; accounting creates, posts and exports invoices. Inspection helpers ({@link #bookings()}, {@link #jobs()}, {@link #jobNoteTexts})
 * show the tenant's state as stored.
 *
 * <pre>{@code
 * try (ServiceTitanSimulator st = ServiceTitanSimulator.builder().clock(clock).build().start()) {
 *   ServiceTitanClient client = ServiceTitanClient.builder()
 *       .baseUrl(st.baseUrl()).tokenUrl(st.tokenUrl())
 *       .tenantId(st.tenantId()).appKey(st.appKey()).clientId(st.clientId()).clientSecret(st.clientSecret())
 *       .bookingProviderId(st.bookingProviderId()).build();
 * }
 * }</pre>
 */
public final class ServiceTitanSimulator implements AutoCloseable {
  /** The token endpoint path (as on {@code auth.servicetitan.io}). */
  public static final String TOKEN_PATH = "/connect/token";

  private final Settings settings;
  private final StState state;
  private final OAuthServer oauth;
  private final StRateLimit rateLimit;
  private final JpmRoutes jpm;
  private final AccountingFormsRoutes accountingForms;
  private final BlobStore blobs = new BlobStore();
  private final ApiSimulator api;
  private final ReferenceData reference;

  private ServiceTitanSimulator(Builder builder) {
    this.settings =
        new Settings(
            builder.tenantId,
            builder.appKey,
            builder.clientId,
            builder.clientSecret,
            builder.bookingProviderId,
            builder.leadBookingProviderId,
            builder.exportPageSize);
    this.state = new StState(builder.clock);
    this.oauth =
        OAuthServer.builder()
            .clock(builder.clock)
            .tokenPath(TOKEN_PATH)
            .accessTokenLifetime(builder.tokenLifetime)
            .build()
            .registerClient(
                builder.clientId, builder.clientSecret, Map.of("tenant", Long.toString(builder.tenantId)));
    this.rateLimit = new StRateLimit(builder.requestsPerSecond, builder.clock);
    this.jpm = new JpmRoutes(state, settings);
    ApiSimulator.Builder simulator =
        ApiSimulator.builder("servicetitan")
            .clock(builder.clock)
            .errorRenderer(StErrors.renderer())
            .oauth(oauth)
            .filter(this::checkAppKeyAndTenant)
            .filter(rateLimit);
    if (builder.validateContract) {
      simulator.contract(contract()).validateResponses(true);
    }
    new CrmRoutes(state, settings).register(simulator);
    jpm.register(simulator);
    new OpsRoutes(state, settings, jpm).register(simulator);
    this.accountingForms = new AccountingFormsRoutes(state, settings, blobs);
    accountingForms.register(simulator);
    this.api = simulator.build();
    this.reference = ReferenceData.seed(state);
  }

  /**
   * The known ways the simulator's answers differ from the descriptions, because the live API answers so.
   * Response validation (on whenever the contract is) does not report them; everything else it does.
   */
  public static final List<ResponseDeviation> RESPONSE_DEVIATIONS =
      List.of(
          ResponseDeviation.of(
              "GET",
              "/forms/v2/tenant/\\d+/jobs/\\d+/attachments",
              "validation\\.response\\.body\\.unexpected",
              "The description publishes no body for the job attachment list; the live API answers with the"
                  + " paginated envelope every list uses (servicetitan.md §4.9: metadata list, response schema"
                  + " not published)."));

  /**
   * The vendored official descriptions of every module, for requests and the simulator's own answers. One
   * documented request gap is tolerated: the description types the job attachment upload body as JSON, while
   * the live API takes {@code multipart/form-data} with the file in part {@code file} (the simulator itself
   * rejects any other upload). A missing app key is not reported as a contract violation: the simulator
   * answers it as the API does, with 401. Answers may differ only as {@link #RESPONSE_DEVIATIONS} lists.
   */
  private static OpenApiContract contract() {
    OpenApiContract.Builder contract = OpenApiContract.builder();
    for (String module : OpenApiContract.SERVICETITAN_MODULES) {
      contract.spec("/" + module + "/v2", "openapi/servicetitan/" + module + "-v2.json");
    }
    RESPONSE_DEVIATIONS.forEach(contract::responseDeviation);
    return contract
        .ignoreMessage("validation.request.contentType.notAllowed")
        .ignoreMessage(OpenApiContract.MISSING_API_KEY)
        .build();
  }

  /** {@return a new builder with the defaults documented on its setters} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts the server; returns this.
   *
   * @return this simulator
   */
  public ServiceTitanSimulator start() {
    blobs.start();
    api.start();
    return this;
  }

  @Override
  public void close() {
    api.close();
    blobs.close();
  }

  /** {@return the API base URL ({@code http://localhost:PORT/}); module paths are resolved against it} */
  public String baseUrl() {
    return api.baseUrl();
  }

  /** {@return the token endpoint URL} */
  public String tokenUrl() {
    return api.tokenUrl();
  }

  /** {@return the tenant id} */
  public long tenantId() {
    return settings.tenantId();
  }

  /** {@return the app key the simulator requires in {@code ST-App-Key}} */
  public String appKey() {
    return settings.appKey();
  }

  /** {@return the registered client id} */
  public String clientId() {
    return settings.clientId();
  }

  /** {@return the registered client secret} */
  public String clientSecret() {
    return settings.clientSecret();
  }

  /** {@return the booking provider id of the connection} */
  public long bookingProviderId() {
    return settings.bookingProviderId();
  }

  /**
   * {@return the tenant's second booking provider the application is connected as (default 43), for leads}
   */
  public long leadBookingProviderId() {
    return settings.leadBookingProviderId();
  }

  /** {@return the seeded reference data (business unit, job type, campaign, reasons, technicians…)} */
  public ReferenceData referenceData() {
    return reference;
  }

  /**
   * {@return the office adds a business unit, active or not; returns its id}
   *
   * @param name the business unit's name
   * @param active whether it is active
   */
  public long officeAddBusinessUnit(String name, boolean active) {
    return api.exclusive(
        () -> id(state.businessUnits.insert(Json.obj("name", name, "officialName", name, "email", null, "phoneNumber", null,
            "tagTypeIds", new ArrayList<>(), "active", active))));
  }

  /**
   * {@return the office adds a job type for some business units, active or not; returns its id}
   *
   * @param name the job type's name
   * @param active whether it is active
   * @param businessUnitIds ids of the business units it belongs to
   */
  public long officeAddJobType(String name, boolean active, long... businessUnitIds) {
    List<Long> units = new ArrayList<>();
    for (long unit : businessUnitIds) {
      units.add(unit);
    }
    return api.exclusive(
        () -> id(state.jobTypes.insert(Json.obj("name", name, "businessUnitIds", units, "skills", new ArrayList<>(),
            "tagTypeIds", new ArrayList<>(), "priority", "Normal", "duration", 3600L, "soldThreshold", 0,
            "class", "Service", "summary", "", "noCharge", false, "invoiceSignaturesRequired", false,
            "externalData", new ArrayList<>(), "isSmartDispatched", false, "active", active))));
  }

  /**
   * {@return the office adds a marketing campaign, active or not; returns its id}
   *
   * @param name the campaign's name
   * @param active whether it is active
   */
  public long officeAddCampaign(String name, boolean active) {
    return api.exclusive(
        () -> id(state.campaigns.insert(Json.obj("name", name, "isDefaultCampaign", false,
            "category", Json.obj("id", 1L, "name", "Partners", "active", true), "campaignPhoneNumbers", new ArrayList<>(),
            "active", active))));
  }

  /** {@return every request received} */
  public RequestJournal journal() {
    return api.journal();
  }

  /** {@return the OAuth server (token counts, expiring tokens)} */
  public OAuthServer oauth() {
    return oauth;
  }

  /**
   * {@return the fault schedule: plan errors, delays and disconnects for coming requests (token requests
   * included)}
   */
  public FaultSchedule faults() {
    return api.faults();
  }

  /** {@return how many requests were refused with 429} */
  public long rateLimitedCount() {
    return rateLimit.rejectedCount();
  }

  /**
   * Delays every response by a fixed time from now on, as the network round trip to ServiceTitan
   * would (see {@link ApiSimulator#responseLatency(Duration)}); zero by default.
   *
   * @param latency the delay before each answer
   * @return this simulator
   */
  public ServiceTitanSimulator responseLatency(Duration latency) {
    api.responseLatency(latency);
    return this;
  }

  /** Fails when a request violated the official API description or a handler threw (a simulator bug). */
  public void verify() {
    api.verify();
  }

  /**
   * Requests that did not match the official API description so far.
   *
   * @return the requests that broke the contract
   */
  public List<io.workbridge.testkit.contract.ContractViolation> contractViolations() {
    return api.contractViolations();
  }

  /** Forgets contract violations and handler errors (after a test that provokes them on purpose). */
  public void clearProblems() {
    api.clearProblems();
  }

  // ---- inspection

  /**
   * {@return a booking as stored (wire field names), if it exists}
   *
   * @param id the booking's id
   */
  public Optional<Map<String, @Nullable Object>> booking(long id) {
    return api.exclusive(() -> state.bookings.find(id).map(LinkedHashMap::new));
  }

  /**
   * {@return a job as stored, if it exists}
   *
   * @param id the job's id
   */
  public Optional<Map<String, @Nullable Object>> job(long id) {
    return api.exclusive(() -> state.jobs.find(id).map(LinkedHashMap::new));
  }

  /**
   * {@return a customer as stored, if it exists}
   *
   * @param id the customer's id
   */
  public Optional<Map<String, @Nullable Object>> customer(long id) {
    return api.exclusive(() -> state.customers.find(id).map(LinkedHashMap::new));
  }

  /**
   * {@return the appointments of a job, as stored}
   *
   * @param jobId the ServiceTitan job's id
   */
  public List<Map<String, @Nullable Object>> appointmentsOf(long jobId) {
    return api.exclusive(() -> jpm.appointmentsOf(jobId).stream().map(a -> (Map<String, @Nullable Object>) new LinkedHashMap<>(a)).toList());
  }

  /**
   * {@return how many records of each kind exist: bookings, customers, locations, jobs, notes, technicians,
   * employees}
   *
   * @param kind the kind of record (e.g. {@code bookings})
   */
  public int count(String kind) {
    return api.exclusive(
        () ->
            switch (kind) {
              case "bookings" -> state.bookings.size();
              case "customers" -> state.customers.size();
              case "locations" -> state.locations.size();
              case "jobs" -> state.jobs.size();
              case "notes" -> state.notes.size();
              case "technicians" -> state.technicians.size();
              case "employees" -> state.employees.size();
              default -> throw new IllegalArgumentException("unknown kind " + kind);
            });
  }

  /**
   * {@return every booking as stored, oldest first (wire field names: {@code externalId}, {@code status},
   * {@code jobId}…)}
   */
  public List<Map<String, @Nullable Object>> bookings() {
    return api.exclusive(() -> copies(state.bookings.all()));
  }

  /**
   * {@return every job as stored, oldest first ({@code bookingId}, {@code externalData}, {@code jobStatus}…)}
   */
  public List<Map<String, @Nullable Object>> jobs() {
    return api.exclusive(() -> copies(state.jobs.all()));
  }

  /**
   * {@return the texts of a job's notes, oldest first}
   *
   * @param jobId the ServiceTitan job's id
   */
  public List<String> jobNoteTexts(long jobId) {
    return api.exclusive(
        () ->
            state.notes.where(note -> Long.valueOf(jobId).equals(note.get("jobId"))).stream()
                .map(note -> String.valueOf(note.get("text")))
                .toList());
  }

  /**
   * {@return the file names of a job's attachments, oldest first}
   *
   * @param jobId the ServiceTitan job's id
   */
  public List<String> attachmentNamesOf(long jobId) {
    return api.exclusive(
        () ->
            state.attachments.where(attachment -> Long.valueOf(jobId).equals(attachment.get("jobId"))).stream()
                .map(attachment -> String.valueOf(attachment.get("fileName")))
                .toList());
  }

  private static List<Map<String, @Nullable Object>> copies(List<Map<String, @Nullable Object>> rows) {
    return rows.stream().map(row -> (Map<String, @Nullable Object>) new LinkedHashMap<>(row)).toList();
  }

  // ---- people in ServiceTitan

  /**
   * A CSR accepts a booking (New → Accepted).
   *
   * @param bookingId the ServiceTitan booking's id
   */
  public void csrAcceptBooking(long bookingId) {
    api.exclusive(
        () -> {
          Map<String, @Nullable Object> booking = state.bookings.require(bookingId);
          requireStatus(booking, "New");
          booking.put("status", "Accepted");
          state.bookings.touch(bookingId);
        });
  }

  /**
   * {@return the office adds a call reason (for dismissing bookings and leads); returns its id}
   *
   * @param name the call reason's name
   */
  public long officeAddCallReason(String name) {
    return api.exclusive(() -> id(state.callReasons.insert(Json.obj("name", name, "isLead", true))));
  }

  /**
   * A CSR dismisses a booking with a call reason: the booking shows {@code status} Dismissed and the reason
   * in {@code dismissingReasonId} (ServiceTitan does not check the id here; an id no call reason has stays as
   * given).
   *
   * @param bookingId the ServiceTitan booking's id
   * @param callReasonId the call reason's id
   */
  public void csrDismissBooking(long bookingId, long callReasonId) {
    api.exclusive(
        () -> {
          Map<String, @Nullable Object> booking = state.bookings.require(bookingId);
          if ("Converted".equals(booking.get("status"))) {
            throw new IllegalStateException("booking " + bookingId + " is already converted");
          }
          booking.put("status", "Dismissed");
          booking.put("dismissingReasonId", callReasonId);
          state.bookings.touch(bookingId);
        });
  }

  /**
   * A CSR converts a booking into a job for the given customer and location (booking → Converted with
   * {@code jobId}; the job carries {@code bookingId}, the booking's summary, priority and campaign, and one
   * appointment at the booking's start).
   *
   * @param bookingId the ServiceTitan booking's id
   * @param customerId the ServiceTitan customer's id
   * @param locationId the ServiceTitan location's id
   * @return the new job's id
   */
  public long csrConvertBooking(long bookingId, long customerId, long locationId) {
    return api.exclusive(
        () -> {
          Map<String, @Nullable Object> booking = state.bookings.require(bookingId);
          String status = String.valueOf(booking.get("status"));
          if (!status.equals("New") && !status.equals("Accepted")) {
            throw new IllegalStateException("booking " + bookingId + " is " + status);
          }
          Instant start = Instant.parse(String.valueOf(booking.get("start")));
          Map<String, @Nullable Object> body = new LinkedHashMap<>();
          body.put("customerId", customerId);
          body.put("locationId", locationId);
          body.put("businessUnitId", Objects.requireNonNullElse(booking.get("businessUnitId"), reference.businessUnitId()));
          body.put("jobTypeId", Objects.requireNonNullElse(booking.get("jobTypeId"), reference.jobTypeId()));
          body.put("campaignId", Objects.requireNonNullElse(booking.get("campaignId"), reference.campaignId()));
          body.put("priority", Objects.requireNonNullElse(booking.get("priority"), "Normal"));
          body.put("summary", booking.get("summary"));
          body.put("bookingId", bookingId);
          Map<String, @Nullable Object> job = jpm.insertJob(new JsonObject(body));
          jpm.insertAppointment(
              id(job),
              new JsonObject(Json.obj("start", start.toString(), "end", start.plus(Duration.ofHours(2)).toString())));
          booking.put("status", "Converted");
          booking.put("jobId", id(job));
          state.bookings.touch(bookingId);
          return id(job);
        });
  }

  /**
   * {@return a CSR creates a customer with one location directly in ServiceTitan; returns {customerId,
   * locationId}}
   *
   * @param name the customer's name
   * @param street the street
   * @param city the city
   * @param state the state
   * @param zip the ZIP code
   */
  public long[] csrCreateCustomer(String name, String street, String city, String state, String zip) {
    return api.exclusive(
        () -> {
          Map<String, @Nullable Object> address =
              Json.obj("street", street, "unit", null, "city", city, "state", state, "zip", zip, "country", "USA");
          Map<String, @Nullable Object> customer = new LinkedHashMap<>();
          customer.put("name", name);
          customer.put("type", "Residential");
          customer.put("address", address);
          customer.put("balance", 0);
          customer.put("taxExempt", false);
          customer.put("nationalAccount", false);
          customer.put("createdById", 1L);
          customer.put("doNotMail", false);
          customer.put("doNotService", false);
          customer.put("customFields", new java.util.ArrayList<>());
          customer.put("tagTypeIds", new java.util.ArrayList<>());
          customer.put("externalData", new java.util.ArrayList<>());
          long customerId = id(this.state.customers.insert(customer));
          Map<String, @Nullable Object> location = new LinkedHashMap<>();
          location.put("customerId", customerId);
          location.put("name", name);
          location.put("address", new LinkedHashMap<>(address));
          location.put("customFields", new java.util.ArrayList<>());
          location.put("tagTypeIds", new java.util.ArrayList<>());
          location.put("externalData", new java.util.ArrayList<>());
          location.put("createdById", 1L);
          location.put("taxExempt", false);
          long locationId = id(this.state.locations.insert(location));
          return new long[] {customerId, locationId};
        });
  }

  /**
   * Someone in the office deactivates a customer.
   *
   * @param customerId the ServiceTitan customer's id
   */
  public void officeDeactivateCustomer(long customerId) {
    api.exclusive(
        () -> {
          state.customers.require(customerId).put("active", false);
          state.customers.touch(customerId);
        });
  }

  /**
   * {@return a dispatcher assigns a technician to an appointment; returns the assignment id}
   *
   * @param appointmentId the ServiceTitan appointment's id
   * @param technicianId the ServiceTitan technician's id
   */
  public long dispatcherAssign(long appointmentId, long technicianId) {
    return api.exclusive(() -> id(jpm.assign(appointmentId, technicianId)));
  }

  /**
   * A dispatcher dispatches an appointment's technicians (appointment, job and assignments → Dispatched).
   *
   * @param appointmentId the ServiceTitan appointment's id
   */
  public void dispatcherDispatch(long appointmentId) {
    api.exclusive(() -> moveAppointment(appointmentId, "Dispatched", "Dispatched", "Dispatched", "dispatchedOn"));
  }

  /**
   * The technician arrives (appointment → Working, job → InProgress, timesheet {@code arrivedOn}).
   *
   * @param appointmentId the ServiceTitan appointment's id
   */
  public void technicianArrive(long appointmentId) {
    api.exclusive(() -> moveAppointment(appointmentId, "Working", "InProgress", "Working", "arrivedOn"));
  }

  /**
   * The technician finishes (appointment and assignments → Done, timesheet {@code doneOn}); the job is
   * completed when none of its appointments remains open.
   *
   * @param appointmentId the ServiceTitan appointment's id
   */
  public void technicianFinish(long appointmentId) {
    api.exclusive(
        () -> {
          moveAppointment(appointmentId, "Done", null, "Done", "doneOn");
          long jobId = ((Number) state.appointments.require(appointmentId).get("jobId")).longValue();
          boolean open =
              jpm.appointmentsOf(jobId).stream()
                  .anyMatch(a -> !List.of("Done", "Canceled").contains(String.valueOf(a.get("status"))));
          if (!open) {
            jpm.completeJob(jobId, state.now());
          }
        });
  }

  /**
   * {@return the first seeded technician adds a note to a job from the mobile app (its {@code createdById} is
   * that technician's user id); returns the note id}
   *
   * @param jobId the ServiceTitan job's id
   * @param text the note's text
   */
  public long addJobNote(long jobId, String text) {
    return technicianAddJobNote(jobId, reference.technicianId(), text);
  }

  /**
   * {@return a technician adds a note to a job (its {@code createdById} is the technician's user id); returns
   * the note id}
   *
   * @param jobId the ServiceTitan job's id
   * @param technicianId the ServiceTitan technician's id
   * @param text the note's text
   */
  public long technicianAddJobNote(long jobId, long technicianId, String text) {
    return api.exclusive(() -> id(jpm.addNote(jobId, text, false, userIdOf(state.technicians, technicianId))));
  }

  /**
   * {@return an office employee adds a note to a job (its {@code createdById} is the employee's user id);
   * returns the note id}
   *
   * @param jobId the ServiceTitan job's id
   * @param employeeId the ServiceTitan employee's id
   * @param text the note's text
   */
  public long officeAddJobNote(long jobId, long employeeId, String text) {
    return api.exclusive(() -> id(jpm.addNote(jobId, text, false, userIdOf(state.employees, employeeId))));
  }

  /**
   * {@return the user id of a technician: what {@code createdById} says on what the technician writes}
   *
   * @param technicianId the ServiceTitan technician's id
   */
  public long technicianUserId(long technicianId) {
    return api.exclusive(() -> userIdOf(state.technicians, technicianId));
  }

  /**
   * {@return the user id of an employee: what {@code createdById} says on what the employee writes}
   *
   * @param employeeId the ServiceTitan employee's id
   */
  public long employeeUserId(long employeeId) {
    return api.exclusive(() -> userIdOf(state.employees, employeeId));
  }

  private static long userIdOf(StTable people, long id) {
    return ((Number) Objects.requireNonNull(people.require(id).get("userId"), "userId")).longValue();
  }

  /**
   * {@return the office hires a technician (with a user of their own) in the seeded business unit; returns
   * its id}
   *
   * @param name the technician's name
   */
  public long officeHireTechnician(String name) {
    return api.exclusive(
        () -> id(state.technicians.insert(ReferenceData.technician(name, reference.businessUnitId(), state.nextId()))));
  }

  /**
   * {@return the office hires an employee (with a user of their own) in the seeded business unit; returns its
   * id}
   *
   * @param name the employee's name
   */
  public long officeHireEmployee(String name) {
    return api.exclusive(
        () -> id(state.employees.insert(ReferenceData.employee(name, reference.businessUnitId(), state.nextId()))));
  }

  /**
   * The office deactivates a technician who left (lists hide them unless {@code active=Any}).
   *
   * @param technicianId the ServiceTitan technician's id
   */
  public void officeDeactivateTechnician(long technicianId) {
    api.exclusive(
        () -> {
          state.technicians.require(technicianId).put("active", false);
          state.technicians.touch(technicianId);
        });
  }

  /**
   * {@return a job note as stored ({@code jobId}, {@code text}, {@code createdById}…), if it exists}
   *
   * @param noteId the note's id
   */
  public Optional<Map<String, @Nullable Object>> jobNote(long noteId) {
    return api.exclusive(() -> state.notes.find(noteId).map(LinkedHashMap::new));
  }

  /**
   * {@return a technician attaches a file (a photo, a signed ticket) to a job from the mobile app, as an
   * upload through the API would; returns the attachment id}
   *
   * @param jobId the ServiceTitan job's id
   * @param fileName the file name
   * @param content the file's bytes
   */
  public long technicianAttachFile(long jobId, String fileName, byte[] content) {
    return api.exclusive(() -> id(accountingForms.attach(jobId, fileName, content)));
  }

  /**
   * Someone in the office edits a job note's text (the note keeps its id; {@code modifiedOn} moves, so the
   * job-notes export feed shows it again).
   *
   * @param noteId the note's id
   * @param text the note's text
   */
  public void officeEditJobNote(long noteId, String text) {
    api.exclusive(
        () -> {
          state.notes.require(noteId).put("text", text);
          state.notes.touch(noteId);
        });
  }

  /**
   * Someone in the office deletes a job note. As live ServiceTitan does, the record stays in the job-notes export
   * feed with {@code active: false} (its {@code modifiedOn} moves, so the feed shows it again); the job's notes
   * no longer list it.
   *
   * @param noteId the note's id
   */
  public void officeDeleteJobNote(long noteId) {
    deactivate(state.notes, noteId);
  }

  /**
   * Accounting deletes an invoice: it stays in the invoices export feed with {@code active: false}, as live
   * exports return inactive and deleted records.
   *
   * @param invoiceId the ServiceTitan invoice's id
   */
  public void accountingDeleteInvoice(long invoiceId) {
    deactivate(state.invoices, invoiceId);
  }

  /**
   * A dispatcher deletes an appointment: it stays in the appointments export feed with {@code active: false}.
   *
   * @param appointmentId the ServiceTitan appointment's id
   */
  public void dispatcherDeleteAppointment(long appointmentId) {
    deactivate(state.appointments, appointmentId);
  }

  private void deactivate(StTable table, long id) {
    api.exclusive(
        () -> {
          table.require(id).put("active", false);
          table.touch(id);
        });
  }

  /**
   * {@return accounting creates a Pending invoice for a job (amounts as decimal strings, e.g. {@code
   * "120.00"}); returns the invoice id}
   *
   * @param jobId the ServiceTitan job's id
   * @param subTotal the subtotal
   * @param salesTax the sales tax
   */
  public long accountingCreateInvoice(long jobId, String subTotal, String salesTax) {
    return api.exclusive(() -> id(accountingForms.createInvoice(jobId, subTotal, salesTax)));
  }

  /**
   * Accounting posts an invoice (Pending → Posted), which makes it exportable.
   *
   * @param invoiceId the ServiceTitan invoice's id
   */
  public void accountingPostInvoice(long invoiceId) {
    api.exclusive(() -> accountingForms.postInvoice(invoiceId));
  }

  /**
   * Accounting exports a Posted invoice to its accounting system (Posted → Exported, with the export id),
   * as the mark-as-exported call does.
   *
   * @param invoiceId the ServiceTitan invoice's id
   * @param exportId the id in the accounting system
   */
  public void accountingExportInvoice(long invoiceId, String exportId) {
    api.exclusive(() -> accountingForms.exportInvoice(invoiceId, exportId));
  }

  /**
   * {@return an invoice as stored, if it exists}
   *
   * @param id the invoice's id
   */
  public Optional<Map<String, @Nullable Object>> invoice(long id) {
    return api.exclusive(() -> state.invoices.find(id).map(LinkedHashMap::new));
  }

  /** {@return the number of leads} */
  public int leadCount() {
    return api.exclusive(state.leads::size);
  }

  private void moveAppointment(
      long appointmentId, String appointmentStatus, @Nullable String jobStatus, String assignmentStatus, String timesheetField) {
    Map<String, @Nullable Object> appointment = state.appointments.require(appointmentId);
    List<Map<String, @Nullable Object>> assignments =
        state.assignments.where(a -> Long.valueOf(appointmentId).equals(a.get("appointmentId")) && Boolean.TRUE.equals(a.get("active")));
    if (assignments.isEmpty()) {
      throw new IllegalStateException("appointment " + appointmentId + " has no technician assigned");
    }
    appointment.put("status", appointmentStatus);
    state.appointments.touch(appointmentId);
    long jobId = ((Number) appointment.get("jobId")).longValue();
    if (jobStatus != null) {
      state.jobs.require(jobId).put("jobStatus", jobStatus);
      state.jobs.touch(jobId);
    }
    for (Map<String, @Nullable Object> assignment : assignments) {
      assignment.put("status", assignmentStatus);
      state.assignments.touch(id(assignment));
      Map<String, @Nullable Object> timesheet = timesheetFor(jobId, appointmentId, ((Number) assignment.get("technicianId")).longValue());
      timesheet.put(timesheetField, state.now().toString());
      state.timesheets.touch(id(timesheet));
    }
  }

  private Map<String, @Nullable Object> timesheetFor(long jobId, long appointmentId, long technicianId) {
    return state.timesheets
        .where(t -> Long.valueOf(appointmentId).equals(t.get("appointmentId")) && Long.valueOf(technicianId).equals(t.get("technicianId")))
        .stream()
        .findFirst()
        .orElseGet(
            () -> {
              Map<String, @Nullable Object> row = new LinkedHashMap<>();
              row.put("jobId", jobId);
              row.put("appointmentId", appointmentId);
              row.put("technicianId", technicianId);
              row.put("dispatchedOn", null);
              row.put("arrivedOn", null);
              row.put("canceledOn", null);
              row.put("doneOn", null);
              return state.timesheets.insert(row);
            });
  }

  private static void requireStatus(Map<String, @Nullable Object> row, String expected) {
    if (!expected.equals(row.get("status"))) {
      throw new IllegalStateException("expected status " + expected + " but was " + row.get("status"));
    }
  }

  private void checkAppKeyAndTenant(io.workbridge.testkit.SimRequest request) {
    Optional<String> key = request.header("ST-App-Key");
    if (key.isEmpty() || !key.get().equals(settings.appKey())) {
      throw new ApiError(401, null, "The ST-App-Key header is missing or not valid.");
    }
    String tenant = request.pathParams().get("tenant");
    String allowed = request.principal().flatMap(p -> p.attribute("tenant")).orElse("");
    if (tenant != null && !tenant.equals(allowed)) {
      throw new ApiError(403, null, "The application is not connected to tenant " + tenant + ".");
    }
  }

  /**
   * The simulator's fixed settings.
   *
   * @param tenantId the tenant
   * @param appKey the required app key
   * @param clientId the registered client id
   * @param clientSecret the registered client secret
   * @param bookingProviderId the booking provider of the connection
   * @param leadBookingProviderId the tenant's second booking provider the connection may use (for leads)
   * @param exportPageSize records per export page
   */
  record Settings(
      long tenantId,
      String appKey,
      String clientId,
      String clientSecret,
      long bookingProviderId,
      long leadBookingProviderId,
      int exportPageSize) {

    @Override
    public String toString() {
      return "Settings[tenant=" + tenantId + ", provider=" + bookingProviderId + "]";
    }
  }

  /** Builds a {@link ServiceTitanSimulator}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private long tenantId = 1234567L;
    private String appKey = "ak1.simulated-app-key";
    private String clientId = "cid.simulated";
    private String clientSecret = "cs1.simulated-secret";
    private long bookingProviderId = 42L;
    private long leadBookingProviderId = 43L;
    private Duration tokenLifetime = Duration.ofSeconds(900);
    private int requestsPerSecond = 60;
    private int exportPageSize = 50;
    private boolean validateContract = true;

    private Builder() {}

    /**
     * Whether every request is validated against the official API description (default true). Turn it off
     * only for load tests whose request shapes other tests already validate: validation costs time.
     *
     * @param value whether every request is validated against the official API description (default true)
     * @return this builder
     */
    public Builder validateContract(boolean value) {
      this.validateContract = value;
      return this;
    }

    /**
     * The clock for tokens, rate limits and timestamps (default: system UTC).
     *
     * @param value the clock for tokens, rate limits and timestamps (default: system UTC)
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value);
      return this;
    }

    /**
     * The tenant id (default 1234567).
     *
     * @param value the tenant id (default 1234567)
     * @return this builder
     */
    public Builder tenantId(long value) {
      this.tenantId = value;
      return this;
    }

    /**
     * The app key required in {@code ST-App-Key}.
     *
     * @param value the app key required in {@code ST-App-Key}
     * @return this builder
     */
    public Builder appKey(String value) {
      this.appKey = Objects.requireNonNull(value);
      return this;
    }

    /**
     * The registered client id and secret.
     *
     * @param id the client id
     * @param secret the shared signing secret
     * @return this builder
     */
    public Builder client(String id, String secret) {
      this.clientId = Objects.requireNonNull(id);
      this.clientSecret = Objects.requireNonNull(secret);
      return this;
    }

    /**
     * The booking provider id of the connection (default 42).
     *
     * @param value the booking provider id of the connection (default 42)
     * @return this builder
     */
    public Builder bookingProviderId(long value) {
      this.bookingProviderId = value;
      return this;
    }

    /**
     * The second booking provider id the connection may book under, for leads (default 43).
     *
     * @param value the second booking provider id the connection may book under, for leads (default 43)
     * @return this builder
     */
    public Builder leadBookingProviderId(long value) {
      this.leadBookingProviderId = value;
      return this;
    }

    /**
     * Access token lifetime (default 900 s).
     *
     * @param value access token lifetime (default 900 s)
     * @return this builder
     */
    public Builder tokenLifetime(Duration value) {
      this.tokenLifetime = Objects.requireNonNull(value);
      return this;
    }

    /**
     * Requests per second per app key and tenant (default 60).
     *
     * @param value requests per second per app key and tenant
     * @return this builder
     */
    public Builder requestsPerSecond(int value) {
      this.requestsPerSecond = value;
      return this;
    }

    /**
     * Records per export page (default 50; small values exercise continuation).
     *
     * @param value records per export page
     * @return this builder
     */
    public Builder exportPageSize(int value) {
      this.exportPageSize = value;
      return this;
    }

    /**
     * Builds the simulator (not started).
     *
     * @return the simulator
     */
    public ServiceTitanSimulator build() {
      return new ServiceTitanSimulator(this);
    }
  }
}
