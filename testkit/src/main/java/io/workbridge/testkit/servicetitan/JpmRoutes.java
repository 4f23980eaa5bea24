package io.workbridge.testkit.servicetitan;

import static io.workbridge.testkit.servicetitan.StViews.id;
import static io.workbridge.testkit.servicetitan.StViews.notFound;
import static io.workbridge.testkit.servicetitan.StViews.view;
import static io.workbridge.testkit.servicetitan.StViews.views;

import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.JsonObject;
import io.workbridge.testkit.SimRequest;
import io.workbridge.testkit.SimResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The JPM module: jobs (create, read, search, update, cancel, hold, complete), job notes, job custom-field
 * types, appointments, cancel and hold reasons, and the jobs, job-notes and appointments export feeds.
 */
final class JpmRoutes {
  private static final String JPM = "/jpm/v2/tenant/{tenant}";
  private static final Set<String> PRIORITIES = Set.of("Low", "Normal", "High", "Urgent");
  private static final Set<String> JOB_STATUSES =
      Set.of("Scheduled", "Dispatched", "InProgress", "Hold", "Completed", "Canceled");

  private final StState state;
  private final ServiceTitanSimulator.Settings settings;

  JpmRoutes(StState state, ServiceTitanSimulator.Settings settings) {
    this.state = state;
    this.settings = settings;
  }

  void register(ApiSimulator.Builder api) {
    api.post(JPM + "/jobs", this::createJob)
        .get(JPM + "/jobs", this::listJobs)
        .get(JPM + "/jobs/{id}", this::getJob)
        .patch(JPM + "/jobs/{id}", this::updateJob)
        .put(JPM + "/jobs/{id}/cancel", this::cancelJob)
        .put(JPM + "/jobs/{id}/hold", this::holdJob)
        .put(JPM + "/jobs/{id}/complete", this::completeJob)
        .get(JPM + "/jobs/{id}/notes", this::listNotes)
        .post(JPM + "/jobs/{id}/notes", this::createNote)
        .get(JPM + "/jobs/custom-fields", req -> SimResponse.ok(StQuery.page(req,
            state.customFieldTypes.all().stream().map(t -> without(view(t, req), "active")).toList())))
        .get(JPM + "/job-cancel-reasons", req -> reasons(req, state.cancelReasons))
        .get(JPM + "/job-hold-reasons", req -> reasons(req, state.holdReasons))
        .get(JPM + "/appointments", this::listAppointments)
        .get(JPM + "/appointments/{id}", this::getAppointment)
        .get(JPM + "/export/jobs", req -> export(req, state.jobs))
        .get(JPM + "/export/job-notes", req -> export(req, state.notes))
        .get(JPM + "/export/appointments", req -> export(req, state.appointments));
  }

  private SimResponse export(SimRequest request, StTable table) {
    Map<String, @Nullable Object> page = StQuery.export(request, table, settings.exportPageSize());
    @SuppressWarnings("unchecked")
    List<Map<String, @Nullable Object>> data = (List<Map<String, @Nullable Object>>) page.get("data");
    page.put("data", views(data, request));
    return SimResponse.ok(page);
  }

  private SimResponse reasons(SimRequest request, StTable table) {
    return SimResponse.ok(pageOf(request, table.where(StQuery.ids(request).and(StQuery.active(request)))));
  }

  // ---- jobs

  private SimResponse createJob(SimRequest request) {
    JsonObject body = request.bodyObject();
    StErrors.Check check = new StErrors.Check();
    for (String field : List.of("customerId", "locationId", "businessUnitId", "jobTypeId", "campaignId")) {
      check.requirePresent(body.optLong(field), field);
    }
    Optional<String> priority = body.optString("priority");
    check.require(priority.isPresent() && PRIORITIES.contains(priority.get()), "priority",
        "The priority field is required (Low, Normal, High, Urgent).");
    List<JsonObject> appointments = body.objects("appointments");
    check.require(!appointments.isEmpty(), "appointments", "At least one appointment is required.");
    for (int i = 0; i < appointments.size(); i++) {
      JsonObject appointment = appointments.get(i);
      check.require(appointment.optString("start").isPresent(), "appointments[" + i + "].start", "The start field is required.");
      check.require(appointment.optString("end").isPresent(), "appointments[" + i + "].end", "The end field is required.");
    }
    check.throwIfAny();
    long customerId = body.requireLong("customerId");
    long locationId = body.requireLong("locationId");
    check.require(state.customers.contains(customerId), "customerId", "Customer " + customerId + " does not exist.");
    check.require(state.locations.find(locationId).filter(l -> Long.valueOf(customerId).equals(StViews.optLong(l, "customerId"))).isPresent(),
        "locationId", "Location " + locationId + " does not exist or does not belong to the customer.");
    check.require(state.businessUnits.contains(body.requireLong("businessUnitId")), "businessUnitId", "Unknown business unit.");
    check.require(state.jobTypes.contains(body.requireLong("jobTypeId")), "jobTypeId", "Unknown job type.");
    check.require(state.campaigns.contains(body.requireLong("campaignId")), "campaignId", "Unknown campaign.");
    body.optLong("bookingId").ifPresent(b -> check.require(state.bookings.contains(b), "bookingId", "Unknown booking."));
    check.throwIfAny();
    Map<String, @Nullable Object> job = insertJob(body);
    for (JsonObject appointment : appointments) {
      insertAppointment(id(job), appointment);
    }
    body.optLong("bookingId").ifPresent(bookingId -> markConverted(bookingId, id(job)));
    return SimResponse.ok(jobView(job, request));
  }

  /** Inserts a job from a create body (also used by the CSR helper that converts a booking). */
  Map<String, @Nullable Object> insertJob(JsonObject body) {
    Map<String, @Nullable Object> row = new LinkedHashMap<>();
    StViews.copy(body, row, "customerId", "locationId", "businessUnitId", "jobTypeId", "priority", "campaignId",
        "summary", "projectId", "bookingId", "leadId", "customerPo", "soldById");
    row.put("jobStatus", "Scheduled");
    row.put("completedOn", null);
    row.put("customFields", customFields(body));
    row.put("tagTypeIds", new ArrayList<>(body.array("tagTypeIds")));
    row.put("appointmentCount", 0L);
    row.put("firstAppointmentId", 0L);
    row.put("lastAppointmentId", 0L);
    row.put("noCharge", false);
    row.put("notificationsEnabled", true);
    row.put("createdById", 1L);
    row.putIfAbsent("customerPo", ""); // a required string in JobResponse and the export: empty when none
    row.put("invoiceId", 0L);
    row.put("estimateIds", new ArrayList<>());
    row.put("total", null);
    StViews.externalData(body, row);
    Map<String, @Nullable Object> job = state.jobs.insert(row);
    job.put("jobNumber", String.valueOf(id(job)));
    return job;
  }

  /** Inserts an appointment (and assignments for its technicians) for a job. */
  Map<String, @Nullable Object> insertAppointment(long jobId, JsonObject body) {
    Map<String, @Nullable Object> job = state.jobs.require(jobId);
    Map<String, @Nullable Object> row = new LinkedHashMap<>();
    row.put("jobId", jobId);
    row.put("start", normalized(body.requireString("start")));
    row.put("end", normalized(body.requireString("end")));
    row.put("arrivalWindowStart", body.optString("arrivalWindowStart").map(JpmRoutes::normalized).orElse(null));
    row.put("arrivalWindowEnd", body.optString("arrivalWindowEnd").map(JpmRoutes::normalized).orElse(null));
    row.put("status", "Scheduled");
    row.put("specialInstructions", null);
    row.put("customerId", job.get("customerId"));
    row.put("unused", false);
    row.put("createdById", 1L);
    row.put("isConfirmed", false);
    Map<String, @Nullable Object> appointment = state.appointments.insert(row);
    long appointmentId = id(appointment);
    long count = ((Number) job.get("appointmentCount")).longValue() + 1;
    appointment.put("appointmentNumber", job.get("jobNumber") + "-" + count);
    job.put("appointmentCount", count);
    if (count == 1) {
      job.put("firstAppointmentId", appointmentId);
    }
    job.put("lastAppointmentId", appointmentId);
    state.jobs.touch(jobId);
    for (Object technician : body.array("technicianIds")) {
      assign(appointmentId, ((Number) technician).longValue());
    }
    return appointment;
  }

  /** Assigns a technician to an appointment (status Scheduled). */
  Map<String, @Nullable Object> assign(long appointmentId, long technicianId) {
    Map<String, @Nullable Object> appointment = state.appointments.require(appointmentId);
    Map<String, @Nullable Object> technician = state.technicians.require(technicianId);
    Map<String, @Nullable Object> row = new LinkedHashMap<>();
    row.put("technicianId", technicianId);
    row.put("technicianName", technician.get("name"));
    row.put("assignedById", 1L);
    row.put("assignedOn", state.now().toString());
    row.put("status", "Scheduled");
    row.put("isPaused", false);
    row.put("jobId", appointment.get("jobId"));
    row.put("appointmentId", appointmentId);
    return state.assignments.insert(row);
  }

  private void markConverted(long bookingId, long jobId) {
    Map<String, @Nullable Object> booking = state.bookings.require(bookingId);
    booking.put("status", "Converted");
    booking.put("jobId", jobId);
    state.bookings.touch(bookingId);
  }

  private Map<String, @Nullable Object> job(SimRequest request) {
    long id = request.pathLong("id");
    return state.jobs.find(id).orElseThrow(() -> notFound("Job", id));
  }

  private SimResponse getJob(SimRequest request) {
    return SimResponse.ok(jobView(job(request), request));
  }

  private SimResponse listJobs(SimRequest request) {
    request.query("jobStatus").ifPresent(status -> new StErrors.Check()
        .require(JOB_STATUSES.contains(status), "jobStatus", "The value '" + status + "' is not valid.")
        .throwIfAny());
    Predicate<Map<String, @Nullable Object>> filter = StQuery.ids(request).and(StQuery.dateRanges(request));
    for (String field : List.of("bookingId", "customerId", "locationId", "businessUnitId", "jobTypeId", "campaignId", "projectId", "invoiceId")) {
      filter = filter.and(StQuery.equalsParam(request, field, field));
    }
    filter = filter.and(StQuery.equalsParam(request, "jobStatus", "jobStatus"))
        .and(StQuery.equalsParam(request, "number", "jobNumber"))
        .and(StQuery.equalsParam(request, "priority", "priority"))
        .and(StQuery.externalData(request));
    Optional<Long> technician = request.queryLong("technicianId");
    if (technician.isPresent()) {
      filter = filter.and(job -> !state.assignments.where(a -> technician.get().equals(a.get("technicianId"))
          && a.get("jobId").equals(job.get("id"))).isEmpty());
    }
    return SimResponse.ok(StQuery.page(request, state.jobs.where(filter).stream().map(j -> jobView(j, request)).toList()));
  }

  private SimResponse updateJob(SimRequest request) {
    Map<String, @Nullable Object> job = job(request);
    JsonObject body = request.bodyObject();
    body.optString("priority").ifPresent(p -> new StErrors.Check()
        .require(PRIORITIES.contains(p), "priority", "The value '" + p + "' is not valid for priority.")
        .throwIfAny());
    StViews.copy(body, job, "customerId", "locationId", "businessUnitId", "jobTypeId", "priority", "campaignId",
        "summary", "customerPo", "soldById", "tagTypeIds");
    if (body.has("customFields")) {
      job.put("customFields", customFields(body));
    }
    if (body.has("externalData")) {
      StViews.externalData(body, job);
    }
    state.jobs.touch(id(job));
    return SimResponse.ok(jobView(job, request));
  }

  private SimResponse cancelJob(SimRequest request) {
    Map<String, @Nullable Object> job = job(request);
    long reason = reason(request.bodyObject(), state.cancelReasons, "cancel");
    String status = String.valueOf(job.get("jobStatus"));
    if (status.equals("Completed") || status.equals("Canceled")) {
      throw StViews.conflict("A job in status " + status + " cannot be canceled.");
    }
    job.put("jobStatus", "Canceled");
    job.put("_cancelReasonId", reason);
    for (Map<String, @Nullable Object> appointment : appointmentsOf(id(job))) {
      appointment.put("status", "Canceled");
      state.appointments.touch(id(appointment));
    }
    state.jobs.touch(id(job));
    return SimResponse.status(200);
  }

  private SimResponse holdJob(SimRequest request) {
    Map<String, @Nullable Object> job = job(request);
    long reason = reason(request.bodyObject(), state.holdReasons, "hold");
    String status = String.valueOf(job.get("jobStatus"));
    if (status.equals("Completed") || status.equals("Canceled")) {
      throw StViews.conflict("A job in status " + status + " cannot be put on hold.");
    }
    job.put("jobStatus", "Hold");
    job.put("_holdReasonId", reason);
    state.jobs.touch(id(job));
    return SimResponse.status(200);
  }

  private long reason(JsonObject body, StTable reasons, String what) {
    StErrors.Check check = new StErrors.Check();
    Optional<Long> reason = body.optLong("reasonId");
    check.requirePresent(reason, "reasonId");
    check.require(body.optString("memo").isPresent(), "memo", "The memo field is required.");
    check.throwIfAny();
    check.require(reasons.contains(reason.get()), "reasonId", "Job " + what + " reason " + reason.get() + " does not exist.");
    check.throwIfAny();
    return reason.get();
  }

  private SimResponse completeJob(SimRequest request) {
    Map<String, @Nullable Object> job = job(request);
    JsonObject body = request.bodyObject();
    StErrors.Check check = new StErrors.Check();
    check.requirePresent(body.optString("completedOn"), "completedOn");
    check.throwIfAny();
    String status = String.valueOf(job.get("jobStatus"));
    if (status.equals("Completed") || status.equals("Canceled")) {
      throw StViews.conflict("The job is already " + status.toLowerCase() + ".");
    }
    if (state.assignments.where(a -> job.get("id").equals(a.get("jobId")) && Boolean.TRUE.equals(a.get("active"))).isEmpty()) {
      throw StViews.conflict("The job has no technician assigned.");
    }
    completeJob(id(job), StQuery.instant(body.requireString("completedOn")));
    return SimResponse.status(200);
  }

  /** Marks a job completed and its appointments done. */
  void completeJob(long jobId, Instant completedOn) {
    Map<String, @Nullable Object> job = state.jobs.require(jobId);
    job.put("jobStatus", "Completed");
    job.put("completedOn", completedOn.toString());
    for (Map<String, @Nullable Object> appointment : appointmentsOf(jobId)) {
      if (!"Canceled".equals(appointment.get("status"))) {
        appointment.put("status", "Done");
        state.appointments.touch(id(appointment));
      }
    }
    state.jobs.touch(jobId);
  }

  List<Map<String, @Nullable Object>> appointmentsOf(long jobId) {
    return state.appointments.where(a -> Long.valueOf(jobId).equals(a.get("jobId")));
  }

  // ---- notes

  private SimResponse listNotes(SimRequest request) {
    long jobId = id(job(request));
    List<Map<String, @Nullable Object>> notes = new ArrayList<>();
    for (Map<String, @Nullable Object> note :
        state.notes.where(n -> Long.valueOf(jobId).equals(n.get("jobId")) && Boolean.TRUE.equals(n.get("active")))) {
      Map<String, @Nullable Object> shown = view(note, request);
      shown.remove("id");
      shown.remove("jobId");
      shown.remove("active");
      notes.add(shown);
    }
    return SimResponse.ok(StQuery.page(request, notes));
  }

  private SimResponse createNote(SimRequest request) {
    long jobId = id(job(request));
    JsonObject body = request.bodyObject();
    new StErrors.Check()
        .require(body.optString("text").filter(t -> !t.isBlank()).isPresent(), "text", "The text field is required.")
        .throwIfAny();
    Map<String, @Nullable Object> note = addNote(jobId, body.requireString("text"), body.optBoolean("pinToTop").orElse(false), 1L);
    Map<String, @Nullable Object> shown = view(note, request);
    shown.remove("id");
    shown.remove("jobId");
    shown.remove("active");
    return SimResponse.ok(shown);
  }

  /** Adds a note to a job. */
  Map<String, @Nullable Object> addNote(long jobId, String text, boolean pinned, long createdById) {
    state.jobs.require(jobId);
    Map<String, @Nullable Object> row = new LinkedHashMap<>();
    row.put("jobId", jobId);
    row.put("text", text);
    row.put("isPinned", pinned);
    row.put("createdById", createdById);
    return state.notes.insert(row);
  }

  // ---- appointments

  private SimResponse listAppointments(SimRequest request) {
    Predicate<Map<String, @Nullable Object>> filter =
        StQuery.ids(request).and(StQuery.active(request)).and(StQuery.dateRanges(request))
            .and(StQuery.equalsParam(request, "jobId", "jobId"))
            .and(StQuery.equalsParam(request, "status", "status"))
            .and(StQuery.equalsParam(request, "customerId", "customerId"))
            .and(StQuery.equalsParam(request, "number", "appointmentNumber"));
    return SimResponse.ok(pageOf(request, state.appointments.where(filter)));
  }

  private SimResponse getAppointment(SimRequest request) {
    long id = request.pathLong("id");
    return SimResponse.ok(view(state.appointments.find(id).orElseThrow(() -> notFound("Appointment", id)), request));
  }

  // ---- shared

  private static String normalized(String dateTime) {
    return StQuery.instant(dateTime).toString();
  }

  /** A job as {@code JobResponse} shows it: without {@code active}, which only the export has. */
  private static Map<String, @Nullable Object> jobView(Map<String, @Nullable Object> job, SimRequest request) {
    return without(view(job, request), "active");
  }

  private static Map<String, @Nullable Object> without(Map<String, @Nullable Object> shown, String field) {
    shown.remove(field);
    return shown;
  }

  private static Map<String, @Nullable Object> pageOf(SimRequest request, List<Map<String, @Nullable Object>> rows) {
    return StQuery.page(request, views(rows, request));
  }

  private List<Object> customFields(JsonObject body) {
    List<Object> fields = new ArrayList<>();
    for (JsonObject field : body.objects("customFields")) {
      long typeId = field.requireLong("typeId");
      String name = state.customFieldTypes.find(typeId).map(t -> String.valueOf(t.get("name"))).orElse("Field " + typeId);
      fields.add(Json.obj("typeId", typeId, "name", name, "value", field.optString("value").orElse(null)));
    }
    return fields;
  }
}
