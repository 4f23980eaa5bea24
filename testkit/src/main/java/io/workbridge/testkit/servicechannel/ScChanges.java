package io.workbridge.testkit.servicechannel;

import static io.workbridge.testkit.servicechannel.ScErrors.sc;
import static io.workbridge.testkit.servicechannel.ServiceChannelSimulator.PROVIDER_NAME;

/**
 * The changes both sides make to a work order (status, acceptance, notes) and the rules for which status the
 * provider may set; each change writes its system note, bumps {@code UpdatedDate} and delivers its webhook.
 */
final class ScChanges {
  private final ScState state;
  private final ScWebhooks webhooks;

  ScChanges(ScState state, ScWebhooks webhooks) {
    this.state = state;
    this.webhooks = webhooks;
  }

  /** Whether the provider may move the work order to {@code primary}/{@code extended}. */
  boolean mayProviderSet(ScState.WorkOrder wo, SubscriberSetup subscriber, String primary, String extended) {
    if (!subscriber.has(primary, extended) || wo.invoiced) {
      return false;
    }
    if (wo.primary.equals("COMPLETED") && !(wo.extended.equals("PENDING CONFIRMATION") && !primary.equals("OPEN"))) {
      return false;
    }
    if (primary.equals("COMPLETED") && (extended.isBlank() || extended.equals("CONFIRMED"))) {
      return subscriber.providerMayComplete();
    }
    return !(primary.equals(wo.primary) && extended.equals(wo.extended));
  }

  /** Accepts an open work order: IN PROGRESS / DISPATCH CONFIRMED (or IN PROGRESS); 5202 or 904 otherwise. */
  void accept(ScState.WorkOrder wo, String actor) {
    if (wo.accepted && wo.primary.equals("IN PROGRESS")) {
      throw sc(400, 5202, "Work order has already been accepted");
    }
    if (!wo.primary.equals("OPEN") || wo.declined) {
      throw sc(400, 904, "Work order is in status that does not allow acceptance");
    }
    SubscriberSetup subscriber = state.subscriberOrFail(wo.subscriberId);
    wo.accepted = true;
    setStatus(
        wo, "IN PROGRESS", subscriber.has("IN PROGRESS", "DISPATCH CONFIRMED") ? "DISPATCH CONFIRMED" : "", actor);
  }

  /** Sets the status, recording the change and its system note, and delivers the webhook. */
  void setStatus(ScState.WorkOrder wo, String primary, String extended, String actor) {
    String from = wo.primary + (wo.extended.isBlank() ? "" : "/" + wo.extended);
    String to = primary + (extended.isBlank() ? "" : "/" + extended);
    wo.primary = primary;
    wo.extended = extended;
    if (primary.equals("COMPLETED") && wo.completedDate == null) {
      wo.completedDate = state.now();
    }
    wo.statusChanges.add(new WorkOrderState.StatusChange(from, to, actor, state.now()));
    systemNote(wo, "Status has been changed from " + from + " to " + to + " by " + state.user(actor, wo).displayName());
    webhooks.deliver("WorkOrderStatusChanged", "UPDATE", wo, actor);
  }

  /** Appends a note (no webhook: the caller delivers the event it belongs to). */
  ScState.Note addNote(ScState.WorkOrder wo, String text, String createdBy, String companyName, boolean system) {
    ScState.Note note = new ScState.Note();
    note.id = state.nextNoteId();
    note.number = wo.notes.size() + 1;
    note.text = text;
    note.created = state.now();
    note.createdBy = createdBy;
    note.companyName = companyName;
    note.system = system;
    note.byProvider = !system && companyName.equals(PROVIDER_NAME);
    wo.notes.add(note);
    wo.updatedDate = state.now();
    return note;
  }

  /** Appends a system note (author {@code "."}, the subscriber's company). */
  void systemNote(ScState.WorkOrder wo, String text) {
    addNote(wo, text, ".", state.subscriberOrFail(wo.subscriberId).name(), true);
  }
}
