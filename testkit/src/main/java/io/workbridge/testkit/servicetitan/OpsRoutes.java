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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Dispatch (appointment assignments), payroll (job timesheets), settings (technicians, employees,
 * business units, tag types), marketing (campaigns), job types, call reasons, and leads.
 */
final class OpsRoutes {
  private static final Set<String> PRIORITIES = Set.of("Low", "Normal", "High", "Urgent");
  private static final Set<String> LEAD_STATUSES = Set.of("Open", "Dismissed", "Converted");

  private final StState state;
  private final ServiceTitanSimulator.Settings settings;
  private final JpmRoutes jpm;

  OpsRoutes(StState state, ServiceTitanSimulator.Settings settings, JpmRoutes jpm) {
    this.state = state;
    this.settings = settings;
    this.jpm = jpm;
  }

  void register(ApiSimulator.Builder api) {
    String dispatch = "/dispatch/v2/tenant/{tenant}";
    String payroll = "/payroll/v2/tenant/{tenant}";
    String settingsModule = "/settings/v2/tenant/{tenant}";
    String crm = "/crm/v2/tenant/{tenant}";
    api.get(dispatch + "/appointment-assignments", this::listAssignments)
        .get(dispatch + "/export/appointment-assignments", req -> export(req, state.assignments))
        .post(dispatch + "/appointment-assignments/assign-technicians", req -> assignment(req, true))
        .post(dispatch + "/appointment-assignments/unassign-technicians", req -> assignment(req, false))
        .get(payroll + "/jobs/{job}/timesheets", this::jobTimesheets)
        .get(payroll + "/jobs/timesheets", this::listTimesheets)
        .get(payroll + "/export/jobs/timesheets", req -> export(req, state.timesheets))
        .get(settingsModule + "/technicians", req -> people(req, state.technicians))
        .get(settingsModule + "/technicians/{id}", req -> get(req, state.technicians, "Technician"))
        .get(settingsModule + "/employees", req -> people(req, state.employees))
        .get(settingsModule + "/employees/{id}", req -> get(req, state.employees, "Employee"))
        .get(settingsModule + "/business-units", req -> list(req, state.businessUnits))
        .get(settingsModule + "/tag-types", req -> list(req, state.tagTypes))
        .get("/marketing/v2/tenant/{tenant}/campaigns", req -> list(req, state.campaigns))
        .get("/jpm/v2/tenant/{tenant}/job-types", req -> list(req, state.jobTypes))
        .get("/jbce/v2/tenant/{tenant}/call-reasons", req -> list(req, state.callReasons))
        .post(crm + "/leads", this::createLead)
        .get(crm + "/leads", this::listLeads)
        .get(crm + "/leads/{id}", req -> get(req, state.leads, "Lead"))
        .post(crm + "/leads/{id}/follow-up", this::followUp)
        .post(crm + "/leads/{id}/dismiss", this::dismissLead);
  }

  private SimResponse export(SimRequest request, StTable table) {
    Map<String, @Nullable Object> page = StQuery.export(request, table, settings.exportPageSize());
    @SuppressWarnings("unchecked")
    List<Map<String, @Nullable Object>> data = (List<Map<String, @Nullable Object>>) page.get("data");
    page.put("data", views(data, request));
    return SimResponse.ok(page);
  }

  private SimResponse list(SimRequest request, StTable table) {
    Predicate<Map<String, @Nullable Object>> filter =
        StQuery.ids(request).and(StQuery.active(request)).and(StQuery.dateRanges(request));
    return SimResponse.ok(StQuery.page(request, views(table.where(filter), request)));
  }

  /** Technicians or employees: the common filters plus {@code userIds}, {@code name} and {@code email}. */
  private SimResponse people(SimRequest request, StTable table) {
    Predicate<Map<String, @Nullable Object>> filter =
        StQuery.ids(request).and(StQuery.userIds(request)).and(StQuery.active(request)).and(StQuery.dateRanges(request))
            .and(StQuery.equalsParam(request, "email", "email"));
    Optional<String> name = request.query("name");
    if (name.isPresent()) {
      filter = filter.and(row -> String.valueOf(row.get("name")).toLowerCase().contains(name.get().toLowerCase()));
    }
    return SimResponse.ok(StQuery.page(request, views(table.where(filter), request)));
  }

  private SimResponse get(SimRequest request, StTable table, String what) {
    long id = request.pathLong("id");
    return SimResponse.ok(view(table.find(id).orElseThrow(() -> notFound(what, id)), request));
  }

  // ---- dispatch

  private SimResponse listAssignments(SimRequest request) {
    Predicate<Map<String, @Nullable Object>> filter =
        StQuery.ids(request).and(StQuery.active(request)).and(StQuery.dateRanges(request))
            .and(StQuery.equalsParam(request, "jobId", "jobId"));
    return SimResponse.ok(StQuery.page(request, views(state.assignments.where(filter), request)));
  }

  private SimResponse assignment(SimRequest request, boolean assign) {
    JsonObject body = request.bodyObject();
    StErrors.Check check = new StErrors.Check();
    check.requirePresent(body.optLong("jobAppointmentId"), "jobAppointmentId");
    check.require(!body.array("technicianIds").isEmpty(), "technicianIds", "At least one technician is required.");
    check.throwIfAny();
    long appointmentId = body.requireLong("jobAppointmentId");
    Map<String, @Nullable Object> appointment =
        state.appointments.find(appointmentId).orElseThrow(() -> notFound("Appointment", appointmentId));
    if (List.of("Done", "Canceled").contains(String.valueOf(appointment.get("status")))) {
      throw StViews.conflict("The appointment is " + appointment.get("status") + ".");
    }
    for (Object value : body.array("technicianIds")) {
      long technicianId = ((Number) value).longValue();
      if (!state.technicians.contains(technicianId)) {
        new StErrors.Check().require(false, "technicianIds", "Technician " + technicianId + " does not exist.").throwIfAny();
      }
      List<Map<String, @Nullable Object>> current =
          state.assignments.where(a -> Long.valueOf(appointmentId).equals(a.get("appointmentId"))
              && Long.valueOf(technicianId).equals(a.get("technicianId")) && Boolean.TRUE.equals(a.get("active")));
      if (assign && current.isEmpty()) {
        jpm.assign(appointmentId, technicianId);
      } else if (!assign) {
        for (Map<String, @Nullable Object> a : current) {
          a.put("active", false);
          state.assignments.touch(id(a));
        }
      }
    }
    return SimResponse.ok(view(appointment, request));
  }

  // ---- payroll

  private SimResponse jobTimesheets(SimRequest request) {
    long jobId = request.pathLong("job");
    if (!state.jobs.contains(jobId)) {
      throw notFound("Job", jobId);
    }
    return SimResponse.ok(StQuery.page(request, views(state.timesheets.where(t -> Long.valueOf(jobId).equals(t.get("jobId"))), request)));
  }

  private SimResponse listTimesheets(SimRequest request) {
    Predicate<Map<String, @Nullable Object>> filter =
        StQuery.active(request).and(StQuery.dateRanges(request)).and(StQuery.equalsParam(request, "technicianId", "technicianId"));
    return SimResponse.ok(StQuery.page(request, views(state.timesheets.where(filter), request)));
  }

  // ---- leads

  private SimResponse createLead(SimRequest request) {
    JsonObject body = request.bodyObject();
    StErrors.Check check = new StErrors.Check();
    Optional<Long> campaign = body.optLong("campaignId");
    check.requirePresent(campaign, "campaignId");
    check.require(body.optString("summary").filter(s -> !s.isBlank()).isPresent(), "summary", "The summary field is required.");
    check.require(body.optLong("callReasonId").isPresent() || body.optString("followUpDate").isPresent(), "callReasonId",
        "Either callReasonId or followUpDate is required.");
    body.optString("priority").ifPresent(p -> check.require(PRIORITIES.contains(p), "priority", "The value '" + p + "' is not valid."));
    check.throwIfAny();
    check.require(state.campaigns.contains(campaign.get()), "campaignId", "Campaign " + campaign.get() + " does not exist.");
    body.optLong("callReasonId").ifPresent(r -> check.require(state.callReasons.contains(r), "callReasonId", "Call reason " + r + " does not exist."));
    body.optLong("customerId").ifPresent(c -> check.require(state.customers.contains(c), "customerId", "Customer " + c + " does not exist."));
    check.throwIfAny();
    Map<String, @Nullable Object> row = new LinkedHashMap<>();
    row.put("status", "Open");
    row.put("priority", body.optString("priority").orElse("Normal"));
    StViews.copy(body, row, "customerId", "locationId", "businessUnitId", "jobTypeId", "campaignId", "summary",
        "callReasonId", "bookingId", "leadCustomerName", "leadPhone", "leadEmail", "leadStreet", "leadUnit", "leadCity",
        "leadState", "leadZip", "leadCountry");
    row.put("followUpDate", body.optString("followUpDate").map(d -> StQuery.instant(d).toString()).orElse(null));
    row.put("tagTypeIds", new ArrayList<>(body.array("tagTypeIds")));
    row.put("createdById", 1L);
    row.put("dismissingReasonId", null);
    row.put("captureSource", "Api");
    Map<String, @Nullable Object> lead = state.leads.insert(row);
    lead.remove("active");
    return SimResponse.ok(view(lead, request));
  }

  private SimResponse listLeads(SimRequest request) {
    request.query("status").ifPresent(status -> new StErrors.Check()
        .require(LEAD_STATUSES.contains(status), "status", "The value '" + status + "' is not valid.").throwIfAny());
    Predicate<Map<String, @Nullable Object>> filter =
        StQuery.ids(request).and(StQuery.dateRanges(request))
            .and(StQuery.equalsParam(request, "status", "status"))
            .and(StQuery.equalsParam(request, "customerId", "customerId"));
    return SimResponse.ok(StQuery.page(request, views(state.leads.where(filter), request)));
  }

  private Map<String, @Nullable Object> lead(SimRequest request) {
    long id = request.pathLong("id");
    return state.leads.find(id).orElseThrow(() -> notFound("Lead", id));
  }

  private SimResponse followUp(SimRequest request) {
    Map<String, @Nullable Object> lead = lead(request);
    JsonObject body = request.bodyObject();
    new StErrors.Check().requirePresent(body.optString("followUpDate"), "followUpDate").throwIfAny();
    if (!"Open".equals(lead.get("status"))) {
      throw StViews.conflict("Only open leads can be followed up.");
    }
    String date = StQuery.instant(body.requireString("followUpDate")).toString();
    lead.put("followUpDate", date);
    body.optString("text").ifPresent(text -> lead.put("_followUpText", text));
    state.leads.touch(id(lead));
    return SimResponse.ok(Json.obj("leadId", id(lead), "followUpDate", date, "text", body.optString("text").orElse(null),
        "pinToTop", body.optBoolean("pinToTop").orElse(false)));
  }

  private SimResponse dismissLead(SimRequest request) {
    Map<String, @Nullable Object> lead = lead(request);
    JsonObject body = request.bodyObject();
    Optional<Long> reason = body.optLong("dismissingReasonId");
    new StErrors.Check().requirePresent(reason, "dismissingReasonId").throwIfAny();
    new StErrors.Check().require(state.callReasons.contains(reason.get()), "dismissingReasonId",
        "Reason " + reason.get() + " does not exist.").throwIfAny();
    if (!"Open".equals(lead.get("status"))) {
      throw StViews.conflict("The lead is " + lead.get("status") + ".");
    }
    lead.put("status", "Dismissed");
    lead.put("dismissingReasonId", reason.get());
    state.leads.touch(id(lead));
    return SimResponse.status(200);
  }
}
