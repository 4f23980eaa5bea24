package io.workbridge.testkit.servicechannel;

import static io.workbridge.testkit.servicechannel.ScErrors.sc;
import static io.workbridge.testkit.servicechannel.ServiceChannelSimulator.USERNAME;
import static io.workbridge.testkit.servicechannel.ServiceChannelSimulator.USER_ID;

import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.JsonObject;
import io.workbridge.testkit.SimRequest;
import io.workbridge.testkit.SimResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Technician check-in and check-out with the GPS radius (941/942), {@code MechanicId} pairing and the blocks
 * on completed or invoiced work orders; their validation calls and the work activities they leave.
 */
final class CheckInRoutes {
  private final ScState state;
  private final ScChanges changes;
  private final ScWebhooks webhooks;

  CheckInRoutes(ScState state, ScChanges changes, ScWebhooks webhooks) {
    this.state = state;
    this.changes = changes;
    this.webhooks = webhooks;
  }

  void register(ApiSimulator.Builder api) {
    api.post("/v3/workorders/{id}/universalCheckIn", this::checkIn)
        .post("/v3/workorders/{id}/universalCheckOut", this::checkOut)
        .get("/v3/workorders/{id}/validateCheckIn", req -> validateCheckInOut(req, true))
        .get("/v3/workorders/{id}/validateCheckOut", req -> validateCheckInOut(req, false))
        .get("/v3/odata/{key}/workactivities", this::odataWorkActivities);
  }

  private SimResponse checkIn(SimRequest request) {
    ScState.WorkOrder wo = state.writableWorkOrder(request);
    JsonObject body = request.bodyObject();
    guardCheckInOut(wo, body, true);
    long userId = body.optLong("UserId").orElse(USER_ID);
    if (wo.activities.stream().anyMatch(a -> a.userId == userId && a.timeOut == null)) {
      throw sc(400, 503, "Technician is already checked in");
    }
    ScState.WorkActivity activity = new ScState.WorkActivity();
    activity.id = wo.activities.size() + 1L;
    activity.mechanicId = state.nextMechanicId();
    activity.userId = userId;
    activity.userName = userId == USER_ID ? USERNAME : "tech." + userId;
    activity.workTypeId = body.optLong("WorkTypeId").orElse(1L).intValue();
    activity.techsCount = body.optLong("TechsCount").orElse(1L).intValue();
    activity.timeIn = time(body, "CheckInTime");
    wo.activities.add(activity);
    SubscriberSetup subscriber = state.subscriberOrFail(wo.subscriberId);
    if (activity.workTypeId == 1 && subscriber.has("IN PROGRESS", "ON SITE")) {
      changes.setStatus(wo, "IN PROGRESS", "ON SITE", activity.userName);
    }
    webhooks.deliver("WorkOrderCheckIn", "UPDATE", wo, activity.userName);
    return SimResponse.ok(Json.obj("MechanicId", activity.mechanicId));
  }

  private SimResponse checkOut(SimRequest request) {
    ScState.WorkOrder wo = state.writableWorkOrder(request);
    JsonObject body = request.bodyObject();
    guardCheckInOut(wo, body, false);
    long userId = body.optLong("UserId").orElse(USER_ID);
    ScState.WorkActivity open =
        wo.activities.stream()
            .filter(a -> a.userId == userId && a.timeOut == null)
            .findFirst()
            .orElseThrow(() -> sc(400, 503, "No check-in found for this technician"));
    int workType = body.optLong("WorkTypeId").orElse(1L).intValue();
    String primaryStatus = body.optString("PrimaryStatus").orElse("");
    if (workType == 1 && primaryStatus.isBlank()) {
      throw sc(400, 503, "PrimaryStatus is required for Repair check-out");
    }
    Instant out = time(body, "CheckOutTime");
    if (out.isBefore(open.timeIn)) {
      throw sc(400, 503, "Check-out time is before check-in time");
    }
    open.timeOut = out;
    String extended = body.optString("ExtendedStatus").orElse("").toUpperCase(Locale.ROOT);
    SubscriberSetup subscriber = state.subscriberOrFail(wo.subscriberId);
    String[] target =
        switch (primaryStatus) {
          case "Completed" -> new String[] {"COMPLETED", extended.isBlank() ? "PENDING CONFIRMATION" : extended};
          case "WaitingForQuote" -> new String[] {"IN PROGRESS", "WAITING FOR QUOTE"};
          case "PartsOnOrder" -> new String[] {"IN PROGRESS", "PARTS ON ORDER"};
          case "Incomplete" -> new String[] {"IN PROGRESS", "INCOMPLETE"};
          case "InProgress" -> new String[] {"IN PROGRESS", extended};
          default -> null;
        };
    if (target != null) {
      if (!changes.mayProviderSet(wo, subscriber, target[0], target[1]) && !(target[0].equals(wo.primary) && target[1].equals(wo.extended))) {
        throw sc(400, 904, "Invalid status for check-out: " + target[0] + "/" + target[1]);
      }
      if (!(target[0].equals(wo.primary) && target[1].equals(wo.extended))) {
        changes.setStatus(wo, target[0], target[1], open.userName);
      }
    }
    body.optString("Resolution").filter(r -> !r.isBlank()).ifPresent(r -> wo.resolution = r);
    webhooks.deliver("WorkOrderCheckOut", "UPDATE", wo, open.userName);
    return SimResponse.ok(Json.obj("MechanicId", open.mechanicId));
  }

  private void guardCheckInOut(ScState.WorkOrder wo, JsonObject body, boolean in) {
    SubscriberSetup subscriber = state.subscriberOrFail(wo.subscriberId);
    if (subscriber.ivrOnly()) {
      throw sc(400, 503, "Client not participating in GPS check-in. Please use IVR.");
    }
    if (wo.invoiced) {
      throw sc(400, 921, "Cannot check in or out on an invoiced work order");
    }
    if (wo.primary.equals("COMPLETED") && !wo.extended.equals("PENDING CONFIRMATION")) {
      throw sc(400, 924, "Cannot check in or out on a completed work order");
    }
    int workType = body.optLong("WorkTypeId").orElse(1L).intValue();
    Optional<BigDecimal> lat = body.optDecimal("Latitude");
    Optional<BigDecimal> lon = body.optDecimal("Longitude");
    if (workType == 1 && (lat.isEmpty() || lon.isEmpty())) {
      throw sc(400, 503, "Provide your location to perform check-in or check-out");
    }
    ScState.Location location = state.location(wo);
    if (lat.isPresent() && lon.isPresent() && location.hasCoordinates()) {
      double miles = distanceMiles(location, lat.get().doubleValue(), lon.get().doubleValue());
      if (miles > location.radiusMiles) {
        throw in
            ? sc(400, 941, "Check-in denied: outside the location's GPS range")
            : sc(400, 942, "Check-out denied: outside the location's GPS range");
      }
    }
  }

  private Instant time(JsonObject body, String field) {
    Optional<String> text = body.optString(field).filter(s -> !s.isBlank());
    if (text.isEmpty()) {
      return state.now();
    }
    try {
      Instant at = OffsetDateTime.parse(text.get()).toInstant();
      if (Duration.between(at, state.now()).abs().compareTo(Duration.ofHours(24)) > 0) {
        throw sc(400, 503, field + " must be close to the current location time");
      }
      return at;
    } catch (DateTimeParseException unreadable) {
      throw sc(400, 503, field + " must be UTC or carry an offset");
    }
  }

  private SimResponse validateCheckInOut(SimRequest request, boolean in) {
    ScState.WorkOrder wo = state.workOrderFor(request, 502, "WorkOrder not found");
    double lat =
        request.query("latitude").map(Double::parseDouble).orElseThrow(() -> sc(400, 503, "Provide your location to perform checkin/checkout"));
    double lon =
        request.query("longitude").map(Double::parseDouble).orElseThrow(() -> sc(400, 503, "Provide your location to perform checkin/checkout"));
    ScState.Location location = state.location(wo);
    boolean outside = location.hasCoordinates() && distanceMiles(location, lat, lon) > location.radiusMiles;
    SubscriberSetup subscriber = state.subscriberOrFail(wo.subscriberId);
    return SimResponse.ok(
        Json.obj(
            "IsBadgeScanRequired", false,
            "IsLoginTypeAllowed", !subscriber.ivrOnly(),
            "IsOutsideAcceptableTimeframe", false,
            "IsOutsideGeolocation", outside,
            "OutsideOperationalHoursMessage", null,
            "IsMaskRequired", false,
            "CheckInOutsideGPSAllowed", false,
            "CheckOutOutsideGPSAllowed", false));
  }

  private SimResponse odataWorkActivities(SimRequest request) {
    ScState.WorkOrder wo = ScOData.workOrder(state, request);
    ScState.Location location = state.location(wo);
    List<Object> value =
        wo.activities.stream()
            .map(
                a ->
                    Json.obj(
                        "Id", a.id,
                        "WorkOrderId", wo.id,
                        "TimeIn", ScDateFormat.dto(a.timeIn, location.zone),
                        "TimeOut", ScDateFormat.dto(a.timeOut, location.zone),
                        "IsTimeEdited", false,
                        "User", Json.obj("Id", a.userId, "UserName", a.userName),
                        "WorkType", a.workTypeId == 2 ? "Travel" : "Repair",
                        "TechsCount", (long) a.techsCount,
                        "Name", a.userName,
                        "HasCheckInInfo", true))
            .collect(Collectors.toList());
    return SimResponse.ok(ScOData.page(request, value));
  }

  private static double distanceMiles(ScState.Location location, double lat, double lon) {
    double r = 3958.8;
    double latitude = Objects.requireNonNull(location.latitude);
    double longitude = Objects.requireNonNull(location.longitude);
    double dLat = Math.toRadians(lat - latitude);
    double dLon = Math.toRadians(lon - longitude);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(lat))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * r * Math.asin(Math.sqrt(a));
  }
}
