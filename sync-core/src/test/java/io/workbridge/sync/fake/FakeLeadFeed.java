package io.workbridge.sync.fake;

import io.workbridge.sync.model.AlertStatus;
import io.workbridge.sync.model.Lead;
import io.workbridge.sync.model.LeadOutcome;
import io.workbridge.sync.model.LeadOutcomeUpdate;
import io.workbridge.sync.port.ChangePage;
import io.workbridge.sync.port.FeedItem;
import io.workbridge.sync.port.LeadFeed;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.RejectionReason;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * An in-memory leads vendor for tests, enforcing the partner contract's rules: alerts come in the
 * order they changed; every change — a new alert, a dealer acting in the vendor's dashboard, an
 * outcome we write back — puts the alert into the feed again, as the real {@code updatedSince} feed
 * does; the outcome write-back is idempotent for the status the alert already has and refuses an
 * illegal transition with {@link RejectionReason#CONFLICT} (the API's 409).
 *
 * <p>Legal transitions: from {@code PENDING} or {@code SNOOZED} to {@code SCHEDULED}, {@code
 * DISMISSED} or {@code RESOLVED}; from {@code SCHEDULED} to {@code RESOLVED} or {@code DISMISSED};
 * {@code RESOLVED} and {@code DISMISSED} are final.
 *
 * <p>Deterministic: cursors are feed positions, times come from the given clock. A {@link FaultHook}
 * can make any port call fail before or after its effect ({@code alertsSince}, {@code
 * writeOutcome}); {@link #snapshot()} gives the remote state in a comparable form.
 */
public class FakeLeadFeed implements LeadFeed {

  private static final Map<String, Set<String>> LEGAL =
      Map.of(
          AlertStatus.PENDING,
              Set.of(AlertStatus.SCHEDULED, AlertStatus.DISMISSED, AlertStatus.RESOLVED),
          AlertStatus.SNOOZED,
              Set.of(AlertStatus.SCHEDULED, AlertStatus.DISMISSED, AlertStatus.RESOLVED),
          AlertStatus.SCHEDULED, Set.of(AlertStatus.RESOLVED, AlertStatus.DISMISSED));

  /** One outcome the vendor accepted. */
  public record OutcomeWrite(String alertId, LeadOutcome outcome, String externalRef) {}

  private final Clock clock;
  private final Map<String, Lead> alerts = new TreeMap<>();
  private final Map<String, String> externalRefs = new TreeMap<>();
  private final List<FeedItem<Lead>> feed = new ArrayList<>();
  private final List<OutcomeWrite> outcomes = new ArrayList<>();
  private FaultHook faultHook = FaultHook.NONE;
  private int calls;

  /**
   * An empty vendor.
   *
   * @param clock where update times come from
   */
  public FakeLeadFeed(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  // ---------------------------------------------------------------- scenario steps (the vendor)

  /**
   * The vendor raises (or updates) an alert: it enters the feed.
   *
   * @param lead the alert as the vendor now has it
   * @return the alert
   */
  public synchronized Lead publish(Lead lead) {
    alerts.put(lead.alertId(), lead);
    feed.add(FeedItem.parsed(lead.alertId(), lead));
    return lead;
  }

  /**
   * The vendor sends an alert again, unchanged (the partner API's inclusive {@code updatedSince}
   * repeats the last alert of a page; webhooks are retried).
   *
   * @param alertId the alert
   */
  public synchronized void redeliver(String alertId) {
    feed.add(FeedItem.parsed(alertId, requireAlert(alertId)));
  }

  /**
   * Puts a record into the feed that the adapter could not parse.
   *
   * @param recordKey the alert id as far as it could be read
   * @param reason why it is malformed
   * @param payload the raw payload
   */
  public synchronized void putMalformed(String recordKey, String reason, String payload) {
    feed.add(FeedItem.malformed(recordKey, reason, payload));
  }

  /**
   * A dealer acts on an alert in the vendor's dashboard (dismisses, snoozes, resolves it).
   *
   * @param alertId the alert
   * @param status the new status
   * @return the alert as it now is
   */
  public synchronized Lead dealerSets(String alertId, String status) {
    return changeStatus(requireAlert(alertId), status);
  }

  /**
   * Replaces the fault hook.
   *
   * @param hook the hook; {@link FaultHook#NONE} for none
   */
  public synchronized void setFaultHook(FaultHook hook) {
    this.faultHook = Objects.requireNonNull(hook, "hook");
  }

  // ---------------------------------------------------------------- inspection

  /** How many port calls were made. */
  public synchronized int calls() {
    return calls;
  }

  /**
   * An alert's status at the vendor (no fault hook, no call counted).
   *
   * @param alertId the alert
   * @return its status
   */
  public synchronized String status(String alertId) {
    return requireAlert(alertId).status();
  }

  /**
   * The reference last written back with an outcome for an alert.
   *
   * @param alertId the alert
   * @return our reference, when an outcome was written
   */
  public synchronized Optional<String> externalRef(String alertId) {
    return Optional.ofNullable(externalRefs.get(alertId));
  }

  /** Every outcome the vendor accepted and applied (no-op repeats are not listed). */
  public synchronized List<OutcomeWrite> outcomes() {
    return List.copyOf(outcomes);
  }

  /**
   * The remote state in a comparable form: each alert's id, status and the kind of our reference
   * ({@code st-booking} or {@code st-follow-up}, without the id, which two equivalent runs may assign
   * differently), sorted by id.
   *
   * @return a deterministic text
   */
  public synchronized String snapshot() {
    StringBuilder out = new StringBuilder();
    alerts.forEach(
        (id, lead) ->
            out.append("alert ")
                .append(id)
                .append(" [")
                .append(lead.status())
                .append("] ref=")
                .append(refKind(externalRefs.get(id)))
                .append('\n'));
    return out.toString();
  }

  // ---------------------------------------------------------------- the port

  @Override
  public synchronized ChangePage<Lead> alertsSince(Optional<String> cursor, int limit) {
    enter("alertsSince");
    if (limit < 1) {
      throw new PlatformRejectedException(RejectionReason.INVALID_REQUEST, "limit must be >= 1");
    }
    int from = cursor.map(Integer::parseInt).orElse(0);
    int to = Math.min(feed.size(), from + limit);
    return new ChangePage<>(feed.subList(from, to), Integer.toString(to), to < feed.size());
  }

  @Override
  public synchronized Optional<FeedItem<Lead>> reread(String recordKey) {
    enter("reread");
    return Optional.ofNullable(alerts.get(recordKey)).map(lead -> FeedItem.parsed(recordKey, lead));
  }

  @Override
  public boolean canReread(String recordKey) {
    return true;
  }

  @Override
  public synchronized void writeOutcome(LeadOutcomeUpdate update) {
    enter("writeOutcome");
    Lead lead = alerts.get(update.alertId());
    if (lead == null) {
      throw new PlatformRejectedException(
          RejectionReason.NOT_FOUND, "no alert " + update.alertId());
    }
    String target = update.outcome().alertStatus();
    if (!lead.status().equals(target)) {
      if (!LEGAL.getOrDefault(lead.status(), Set.of()).contains(target)) {
        throw new PlatformRejectedException(
            RejectionReason.CONFLICT,
            "alert " + update.alertId() + " cannot go from " + lead.status() + " to " + target);
      }
      changeStatus(lead, target);
      externalRefs.put(update.alertId(), update.externalRef());
      outcomes.add(new OutcomeWrite(update.alertId(), update.outcome(), update.externalRef()));
    }
    after("writeOutcome");
  }

  // ---------------------------------------------------------------- internals

  private Lead changeStatus(Lead lead, String status) {
    Lead updated = Lead.builder().from(lead).status(status).updatedAt(clock.instant()).build();
    return publish(updated);
  }

  private static String refKind(String ref) {
    if (ref == null) {
      return "-";
    }
    int colon = ref.indexOf(':');
    return colon < 0 ? ref : ref.substring(0, colon);
  }

  private Lead requireAlert(String alertId) {
    Lead lead = alerts.get(alertId);
    if (lead == null) {
      throw new IllegalArgumentException("no alert " + alertId);
    }
    return lead;
  }

  private void enter(String operation) {
    calls++;
    faultHook.at(operation, FaultHook.Phase.BEFORE_EFFECT);
  }

  private void after(String operation) {
    faultHook.at(operation, FaultHook.Phase.AFTER_EFFECT);
  }
}
