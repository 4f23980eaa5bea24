package io.workbridge.testkit.servicetitan;

import static io.workbridge.testkit.servicetitan.StViews.id;

import io.workbridge.testkit.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The reference data every simulated tenant starts with: one business unit, job type and campaign, call
 * reasons, job cancel and hold reasons, a tag type, two technicians ("Ada Lovelace", "Grace Hopper"), an
 * office employee ("Olivia Office") and two job custom-field types. Each technician and employee has a user
 * id of its own, different from every record id, as in ServiceTitan: {@code createdById} on what they
 * write is that user id.
 *
 * @param businessUnitId the business unit
 * @param jobTypeId the job type
 * @param campaignId the campaign
 * @param callReasonId a call reason (for dismissing bookings and leads)
 * @param cancelReasonId a job cancel reason
 * @param holdReasonId a job hold reason
 * @param tagTypeId a tag type
 * @param technicianId the first technician
 * @param secondTechnicianId the second technician
 * @param customFieldTypeId a text job custom-field type ("NTE")
 * @param employeeId an office employee
 */
public record ReferenceData(
    long businessUnitId,
    long jobTypeId,
    long campaignId,
    long callReasonId,
    long cancelReasonId,
    long holdReasonId,
    long tagTypeId,
    long technicianId,
    long secondTechnicianId,
    long customFieldTypeId,
    long employeeId) {

  static ReferenceData seed(StState state) {
    long businessUnit =
        id(state.businessUnits.insert(Json.obj("name", "HVAC Service", "officialName", "HVAC Service LLC",
            "email", "hvac@example.com", "phoneNumber", "555-0100", "tagTypeIds", new ArrayList<>())));
    long jobType =
        id(state.jobTypes.insert(Json.obj("name", "Service Call", "businessUnitIds", new ArrayList<>(List.of(businessUnit)),
            "skills", new ArrayList<>(), "tagTypeIds", new ArrayList<>(), "priority", "Normal", "duration", 3600L,
            "soldThreshold", 0, "class", null, "summary", "", "noCharge", false, "isSmartDispatched", false)));
    state.jobTypes.insert(Json.obj("name", "Old Inspection", "businessUnitIds", new ArrayList<>(), "priority", "Low",
        "duration", 1800L, "active", false));
    long campaign =
        id(state.campaigns.insert(Json.obj("name", "Facilities Partners", "isDefaultCampaign", true,
            "category", Json.obj("id", 1L, "name", "Partners", "active", true), "campaignPhoneNumbers", new ArrayList<>())));
    long callReason = id(state.callReasons.insert(Json.obj("name", "Not a service area", "isLead", true)));
    state.callReasons.insert(Json.obj("name", "Price shopping", "isLead", true));
    long cancelReason = id(state.cancelReasons.insert(Json.obj("name", "Customer canceled")));
    long holdReason = id(state.holdReasons.insert(Json.obj("name", "Waiting for parts")));
    long tagType = id(state.tagTypes.insert(Json.obj("name", "Smart home", "color", "#00AAFF", "code", "SH")));
    long technician = id(state.technicians.insert(technician("Ada Lovelace", businessUnit, state.nextId())));
    long second = id(state.technicians.insert(technician("Grace Hopper", businessUnit, state.nextId())));
    long employee = id(state.employees.insert(employee("Olivia Office", businessUnit, state.nextId())));
    long nte =
        id(state.customFieldTypes.insert(Json.obj("name", "NTE", "dataType", "Text", "dataTypeOptions", new ArrayList<>())));
    state.customFieldTypes.insert(Json.obj("name", "Trade", "dataType", "Dropdown",
        "dataTypeOptions", new ArrayList<>(List.of("HVAC", "Plumbing", "Electrical"))));
    return new ReferenceData(
        businessUnit, jobType, campaign, callReason, cancelReason, holdReason, tagType, technician, second, nte,
        employee);
  }

  /** A technician row (the wire shape of {@code TenantSettings.V2.TechnicianResponse}, in part). */
  static Map<String, @Nullable Object> technician(String name, long businessUnit, long userId) {
    return Json.obj("userId", userId, "name", name, "businessUnitId", businessUnit, "mainZoneId", null,
        "zoneIds", new ArrayList<>(), "email", null, "phoneNumber", null, "team", "Service", "dailyGoal", 0,
        "isManagedTech", false, "burdenRate", 0, "commissionRate", 0, "hourlyRate", 0, "soldByRate", 0,
        "status", "Active");
  }

  /** An employee row (the wire shape of {@code TenantSettings.V2.EmployeeResponse}, in part). */
  static Map<String, @Nullable Object> employee(String name, long businessUnit, long userId) {
    return Json.obj("userId", userId, "name", name, "role", "Dispatch", "businessUnitId", businessUnit,
        "email", null, "phoneNumber", null, "agentId", 0, "hourlyRate", 0);
  }
}
