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
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Append-only work order notes, listed newest first with {@code paging=page:size}. */
final class NoteRoutes {
  private static final Pattern PAGING = Pattern.compile("^(\\d+):(\\d+)$");

  private final ScState state;
  private final ScChanges changes;
  private final ScWebhooks webhooks;

  NoteRoutes(ScState state, ScChanges changes, ScWebhooks webhooks) {
    this.state = state;
    this.changes = changes;
    this.webhooks = webhooks;
  }

  void register(ApiSimulator.Builder api) {
    api.get("/v3/workorders/{id}/notes", this::listNotes).post("/v3/workorders/{id}/notes", this::createNote);
  }

  private SimResponse listNotes(SimRequest request) {
    ScState.WorkOrder wo = state.workOrderFor(request, 917, "Invalid work order identifier");
    String paging = request.query("paging").orElse("1:10");
    Matcher m = PAGING.matcher(paging);
    if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(2)) < 1) {
      throw sc(400, 922, "Invalid paging parameter");
    }
    int page = Integer.parseInt(m.group(1));
    int size = Integer.parseInt(m.group(2));
    SubscriberSetup subscriber = state.subscriberOrFail(wo.subscriberId);
    List<ScState.Note> visibleNotes =
        wo.notes.stream()
            .filter(n -> n.visibility != 2 && n.visibility != 3)
            .sorted(Comparator.comparingLong((ScState.Note n) -> n.id).reversed())
            .toList();
    List<Object> notes =
        visibleNotes.stream()
            .skip((long) (page - 1) * size)
            .limit(size)
            .map(n -> ScViews.note(n, state.location(wo).zone))
            .collect(Collectors.toList());
    long system = visibleNotes.stream().filter(n -> n.system).count();
    return SimResponse.ok(
        Json.obj(
            "Notes", notes,
            "AllNotesCount", (long) visibleNotes.size(),
            "UserNotesCount", visibleNotes.size() - system,
            "SystemNotesCount", system,
            "SubscriberName", subscriber.name()));
  }

  private SimResponse createNote(SimRequest request) {
    ScState.WorkOrder wo = state.writableWorkOrder(request);
    JsonObject body = request.bodyObject();
    String text = body.optString("Note").orElse("");
    if (text.isBlank()) {
      throw sc(400, 503, "Validation fails. Invalid `WorkOrder Id` or `Note` value");
    }
    if (body.optBoolean("IsPinned").orElse(false)) {
      throw sc(403, 100, "Providers cannot add pinned notes");
    }
    long visibility = body.optLong("Visibility").orElse(0L);
    if (visibility < 0 || visibility > 3) {
      throw sc(400, 503, "Invalid Visibility");
    }
    ScState.Note note =
        changes.addNote(
            wo, text, body.optString("Actor").filter(a -> !a.isBlank()).orElse(USER_DISPLAY_NAME), PROVIDER_NAME, false);
    note.actionRequired = body.optBoolean("ActionRequired").orElse(false);
    note.mailedTo = body.optString("MailedTo").orElse("");
    note.visibility = (int) visibility;
    webhooks.deliver("WorkOrderNoteAdded", "UPDATE", wo, USERNAME);
    return SimResponse.json(201, note.id);
  }
}
