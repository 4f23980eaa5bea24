package io.workbridge.testkit.servicechannel;

import static io.workbridge.testkit.servicechannel.ScErrors.sc;
import static io.workbridge.testkit.servicechannel.ServiceChannelSimulator.PROVIDER_NAME;
import static io.workbridge.testkit.servicechannel.ServiceChannelSimulator.USERNAME;
import static io.workbridge.testkit.servicechannel.ServiceChannelSimulator.USER_DISPLAY_NAME;

import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.JsonObject;
import io.workbridge.testkit.SimRequest;
import io.workbridge.testkit.SimResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Status catalogues per subscriber, a work order's allowed transitions, status change (904/921), accept
 * (5202 when already accepted) and decline (9001/9002/9003).
 */
final class StatusRoutes {
  private final ScState state;
  private final ScChanges changes;

  StatusRoutes(ScState state, ScChanges changes) {
    this.state = state;
    this.changes = changes;
  }

  void register(ApiSimulator.Builder api) {
    api.get("/v3/workorders/statuses", this::catalog)
        .get("/v3/workorders/{id}/statuses", this::transitions)
        .put("/v3/workorders/{id}/status", this::changeStatus)
        .put("/v3/workorders/{id}/accept", this::accept)
        .put("/v3/workorders/{id}/decline", this::decline);
  }

  private SimResponse catalog(SimRequest request) {
    long subscriberId =
        request.queryLong("subscriberId").orElseThrow(() -> sc(400, 503, "subscriberId is required for providers"));
    SubscriberSetup subscriber = state.subscribers.get(subscriberId);
    if (subscriber == null) {
      throw sc(400, 503, "No access. Please check if the SubscriberId is valid");
    }
    List<Object> entries = new ArrayList<>();
    subscriber.catalog().forEach((primary, extended) -> entries.add(statusEntry(primary, extended)));
    return SimResponse.ok(entries);
  }

  private SimResponse transitions(SimRequest request) {
    ScState.WorkOrder wo = state.writableWorkOrder(request);
    SubscriberSetup subscriber = state.subscriberOrFail(wo.subscriberId);
    List<Object> entries = new ArrayList<>();
    subscriber
        .catalog()
        .forEach(
            (primary, extended) -> {
              List<String> allowed =
                  extended.stream().filter(e -> changes.mayProviderSet(wo, subscriber, primary, e)).toList();
              if (!allowed.isEmpty() || changes.mayProviderSet(wo, subscriber, primary, "")) {
                entries.add(statusEntry(primary, allowed));
              }
            });
    return SimResponse.ok(entries);
  }

  private static Map<String, @Nullable Object> statusEntry(String primary, List<String> extended) {
    String id =
        switch (primary) {
          case "OPEN" -> "Open";
          case "IN PROGRESS" -> "InProgress";
          case "COMPLETED" -> "Completed";
          default -> "NotSet";
        };
    List<Object> named = new ArrayList<>();
    for (int i = 0; i < extended.size(); i++) {
      named.add(Json.obj("Id", (long) (100 + i), "Name", extended.get(i)));
    }
    return Json.obj("Id", id, "Name", primary, "Extended", extended, "ExtendedStatuses", named);
  }

  private SimResponse changeStatus(SimRequest request) {
    ScState.WorkOrder wo = state.writableWorkOrder(request);
    JsonObject body = request.bodyObject();
    JsonObject status = body.optObject("Status").orElseThrow(() -> sc(400, 503, "Request data is empty"));
    String primary = status.optString("Primary").map(s -> s.trim().toUpperCase(Locale.ROOT)).orElse("");
    if (primary.isBlank()) {
      throw sc(400, 503, "Validation fails. Status.Primary is required");
    }
    primary = switch (primary) {
      case "1" -> "OPEN";
      case "2" -> "IN PROGRESS";
      case "3" -> "COMPLETED";
      default -> primary;
    };
    String extended = status.optString("Extended").map(s -> s.trim().toUpperCase(Locale.ROOT)).orElse("");
    if (wo.invoiced) {
      throw sc(400, 921, "Cannot update invoiced work order");
    }
    SubscriberSetup subscriber = state.subscriberOrFail(wo.subscriberId);
    if (!changes.mayProviderSet(wo, subscriber, primary, extended)) {
      throw sc(400, 904, "Invalid status or no permission to set status " + primary + "/" + extended);
    }
    if (primary.equals("OPEN") && extended.equals("DECLINED")) {
      checkDeclineReason(subscriber, body);
    }
    String from = wo.primary + (wo.extended.isBlank() ? "" : "/" + wo.extended);
    Optional<String> actor = body.optString("Actor").filter(a -> !a.isBlank());
    changes.setStatus(wo, primary, extended, actor.orElse(USERNAME));
    body.optString("Note").filter(n -> !n.isBlank())
        .ifPresent(n -> changes.addNote(wo, n, actor.orElse(USER_DISPLAY_NAME), PROVIDER_NAME, false));
    String to = primary + (extended.isBlank() ? "" : "/" + extended);
    return SimResponse.ok(
        Json.obj(
            "result", "Status has been changed from '<b>" + from + "</b>' to '<b>" + to + "</b>'",
            "id", wo.id));
  }

  private SimResponse accept(SimRequest request) {
    ScState.WorkOrder wo = state.writableWorkOrder(request);
    changes.accept(wo, USERNAME);
    optionalBody(request).optString("Note").filter(n -> !n.isBlank())
        .ifPresent(n -> changes.addNote(wo, n, USER_DISPLAY_NAME, PROVIDER_NAME, false));
    return SimResponse.status(200);
  }

  private SimResponse decline(SimRequest request) {
    ScState.WorkOrder wo = state.writableWorkOrder(request);
    JsonObject body = request.bodyObject();
    SubscriberSetup subscriber = state.subscriberOrFail(wo.subscriberId);
    Optional<Long> reason = checkDeclineReason(subscriber, body);
    Optional<String> custom = body.optString("CustomDeclineReason").filter(s -> !s.isBlank());
    if (!wo.primary.equals("OPEN") || wo.accepted) {
      throw sc(400, 904, "Work order is in status that does not allow declining");
    }
    wo.declined = true;
    changes.setStatus(wo, "OPEN", subscriber.has("OPEN", "DECLINED") ? "DECLINED" : "", USERNAME);
    String note = body.optString("Note").orElse("");
    String text = "Declined" + reason.map(r -> " (reason " + r + ")").orElse("") + custom.map(c -> ": " + c).orElse("")
        + (note.isBlank() ? "" : " - " + note);
    changes.addNote(wo, text, USER_DISPLAY_NAME, PROVIDER_NAME, false);
    return SimResponse.status(200);
  }

  /**
   * The decline reason rules of a decline (or a status change to OPEN / DECLINED): 9001 without a reason where
   * the subscriber keeps decline history, 9003 for an id outside 1–6, 9002 for custom text with a reason other
   * than 5 (Other).
   */
  private static Optional<Long> checkDeclineReason(SubscriberSetup subscriber, JsonObject body) {
    Optional<Long> reason = body.optLong("DeclineReasonId").filter(r -> r != 0);
    Optional<String> custom = body.optString("CustomDeclineReason").filter(s -> !s.isBlank());
    if (reason.isEmpty() && subscriber.declineReasonRequired()) {
      throw sc(400, 9001, "Decline reason is required");
    }
    if (reason.isPresent() && (reason.get() < 1 || reason.get() > 6)) {
      throw sc(400, 9003, "Invalid decline reason id");
    }
    if (custom.isPresent() && reason.isPresent() && reason.get() != 5) {
      throw sc(400, 9002, "Decline reason does not allow custom text");
    }
    return reason;
  }

  private static JsonObject optionalBody(SimRequest request) {
    return request.bodyString().isBlank() ? new JsonObject(Map.of()) : request.bodyObject();
  }
}
