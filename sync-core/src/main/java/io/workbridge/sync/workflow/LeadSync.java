package io.workbridge.sync.workflow;

import io.workbridge.sync.mapping.CustomerMatch;
import io.workbridge.sync.mapping.JobTypeResolution;
import io.workbridge.sync.mapping.LeadDropReason;
import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.BookingRequest;
import io.workbridge.sync.model.BookingStatus;
import io.workbridge.sync.model.FieldEvent;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.FollowUp;
import io.workbridge.sync.model.FollowUpRequest;
import io.workbridge.sync.model.FollowUpStatus;
import io.workbridge.sync.model.JobStatus;
import io.workbridge.sync.model.Lead;
import io.workbridge.sync.model.LeadBookingRequest;
import io.workbridge.sync.model.LeadOutcome;
import io.workbridge.sync.model.LeadOutcomeUpdate;
import io.workbridge.sync.port.ChangePage;
import io.workbridge.sync.port.FeedItem;
import io.workbridge.sync.port.FieldServicePlatform;
import io.workbridge.sync.port.LeadFeed;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.ConnectionStore;
import io.workbridge.sync.store.DeferredRecord;
import io.workbridge.sync.store.HeldLead;
import io.workbridge.sync.store.Link;
import io.workbridge.sync.store.LinkKind;
import io.workbridge.sync.store.QuarantinedRecord;
import io.workbridge.sync.store.SyncStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the leads vendor's alerts into ServiceTitan bookings or follow-ups (SPEC section B), and
 * writes the outcome back to the vendor. One {@link #runCycle() cycle}:
 *
 * <ol>
 *   <li>reads the alerts changed since the stored cursor, page by page; for each alert: a malformed
 *       or incomplete record is quarantined with a specific reason and the page goes on (SDK-5); an
 *       alert that is not pending, not of an actionable type or severity (LD-2), already posted
 *       (LD-10) or of a disabled standard job type (LD-5) is dropped and counted per reason; while
 *       the integration is disabled an actionable alert is held (LD-6); otherwise its job type and
 *       business unit are resolved (LD-3, LD-4, LD-7), its member matched to a customer (LD-8), and a
 *       booking (LD-1) or follow-up (LD-9) created;
 *   <li>advances the cursor (compare-and-set) once the page is handled;
 *   <li>if the integration is enabled, replays the alerts held while it was disabled (LD-6), oldest
 *       first. The feed is read first so that a held alert the dealer dismissed (or the vendor
 *       re-sent) meanwhile is settled by its newer version: a held alert seen again as no longer
 *       pending is released without a booking;
 *   <li>writes outcomes back: {@code SCHEDULED} when a booking is converted to a job (or a follow-up
 *       converted), {@code RESOLVED} when that job is completed, {@code DISMISSED} when the booking
 *       or follow-up is dismissed or the job cancelled. Bookings and jobs come from ServiceTitan's
 *       export feeds ({@link FieldServicePlatform#leadOutcomeChanges}), read from a cursor of their own
 *       ({@link LeadSyncConfig#OUTCOMES_STREAM}) that moves once a page's outcomes are written: a changed
 *       booking finds its alert by the reverse lookup of {@link #AWAITING_OUTCOME}, a changed job by that
 *       of {@link #ALERT_JOB} (linked when the booking is seen converted, and the job read once then). So
 *       a cycle when nothing changed reads one page per feed, however many alerts await an outcome. No
 *       export feed carries follow-ups: a few are read one by one per cycle, in turn ({@link
 *       LeadSyncConfig#outcomeChecksPerCycle()}). When the feed starts (no cursor yet), the alerts already
 *       awaiting an outcome are read one by one once, a few per cycle, so none posted before is missed.
 * </ol>
 *
 * <p>Outcomes are written back even while the integration is disabled: disabling stops the intake
 * of new alerts, not the follow-through of bookings already made.
 *
 * <p><b>Idempotency (LD-10).</b> Each post is reserved in the store's effect log under a key derived
 * from the alert id, performed as lookup-before-create (the booking's external id is the alert id),
 * linked, then confirmed; each outcome likewise under a key per alert and outcome. A cycle can stop
 * or crash anywhere: the next one neither duplicates nor loses a booking or an outcome.
 *
 * <p>An alert whose handling fails transiently (a 5xx or a timeout on one of its calls, its post reserved
 * elsewhere or still settling after an unknown outcome) is deferred in the store and read again from the
 * vendor on a later cycle with backoff, while the feed goes on; after the attempts of {@link
 * LeadSyncConfig#recordRetry()} it is quarantined. A failure that concerns the whole platform (throttled,
 * credentials refused, unreachable), or several alerts failing in a row, stops the cycle without advancing
 * the cursor past the unfinished page, as does a transient failure while outcomes are written back (they are
 * checked again next cycle); the report says why. Storage failures propagate. Not thread-safe: run one cycle
 * at a time per connection (several processes may share a durable store: the effect log and the cursor's
 * compare-and-set keep them apart).
 */
public final class LeadSync {

  /** Alert id → ServiceTitan follow-up id (LD-9). */
  public static final LinkKind ALERT_FOLLOW_UP = LinkKind.of("alert.follow-up");

  /**
   * Alert id → ServiceTitan job id, for an alert whose booking was converted to a job and whose final outcome
   * is not written back yet: a changed job of the feed finds its alert by the reverse lookup.
   */
  public static final LinkKind ALERT_JOB = LinkKind.of("alert.job");

  /** Alert id → our reference, for posted alerts whose final outcome is not written back yet. */
  public static final LinkKind AWAITING_OUTCOME = LinkKind.of("alert.awaiting-outcome");

  /**
   * Alert id → our reference, for a posted alert whose booking is read once for its outcome: it may have changed
   * before the alert began awaiting it, behind the outcome feed's cursor.
   */
  public static final LinkKind OUTCOME_CHECK = LinkKind.of("alert.outcome-check");

  /** Prefix of the booking reference written back to the vendor. */
  public static final String BOOKING_REF = "st-booking:";

  /** Prefix of the follow-up reference written back to the vendor. */
  public static final String FOLLOW_UP_REF = "st-follow-up:";

  private static final Logger LOG = LoggerFactory.getLogger(LeadSync.class);
  private static final String POST_KEY = "lead.post:";
  private static final String OUTCOME_KEY = "lead.outcome:";
  private static final int MAX_PLAIN_KEY = 200;
  private static final String CHECKED_AFTER = "after:";

  private final LeadFeed feed;
  private final FieldServicePlatform platform;
  private final ConnectionStore store;
  private final Supplier<LeadSyncConfig> config;

  private LeadSync(Builder builder) {
    this.feed = Objects.requireNonNull(builder.feed, "feed");
    this.platform = Objects.requireNonNull(builder.platform, "platform");
    this.store = Objects.requireNonNull(builder.store, "store");
    this.config = Objects.requireNonNull(builder.config, "config");
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs one cycle: replay held alerts, read new ones, post them, write outcomes back.
   *
   * @return what the cycle did; {@link SyncReport#completed()} is false when it stopped early
   */
  public SyncReport runCycle() {
    LeadSyncConfig cfg = config.get();
    SyncReport.Recorder report = SyncReport.recorder();
    RecordRetries retries =
        RecordRetries.forCycle(
            store, LeadSyncConfig.QUARANTINE_STREAM, cfg.recordRetry(), report, feed::canReread, "alert:");
    try {
      if (cfg.enabled()) {
        revisitDue(cfg, report, retries);
      }
      readFeed(cfg, report, retries);
      if (cfg.enabled()) {
        replayHeld(cfg, report, retries);
      }
      writeOutcomes(cfg, report);
    } catch (PlatformUnavailableException e) {
      report.stopped("platform unavailable: " + e.getMessage());
    } catch (EffectInFlightException e) {
      report.stopped(e.getMessage());
    } catch (StopCycle e) {
      report.stopped(e.getMessage());
    }
    SyncReport result = report.build();
    if (result.totalPerformed() > 0 || !result.quarantined().isEmpty() || !result.completed()) {
      LOG.info("leads cycle for connection {}: {}", store.connectionId(), result);
    } else {
      LOG.debug("leads cycle for connection {}: {}", store.connectionId(), result);
    }
    return result;
  }

  /**
   * Retries one quarantined alert now, after its cause was fixed: reads it again from the vendor ({@link
   * LeadFeed#reread}) and handles it as a cycle would. Posted, dropped for a reason, or held, it leaves the
   * quarantine; failing again, it stays with the new reason and one more attempt. The post is reserved in
   * the store as in a cycle, so a retry never posts twice; the cursor does not move.
   *
   * @param record a quarantined record of {@link LeadSyncConfig#QUARANTINE_STREAM}
   * @return what the retry did; {@link RetryOutcome.Result#NOT_RETRIED} (entry unchanged) when a platform
   *     is unavailable, the feed cannot read one alert, or the stream is not this workflow's
   */
  public RetryOutcome retry(QuarantinedRecord record) {
    String stream = record.stream();
    String key = record.recordKey();
    if (!stream.equals(LeadSyncConfig.QUARANTINE_STREAM)) {
      return new RetryOutcome(stream, key, RetryOutcome.Result.NOT_RETRIED, "the lead workflow does not read stream " + stream);
    }
    SyncReport.Recorder report = SyncReport.recorder();
    RecordRetries retries = RecordRetries.forOperatorRetry(store, stream, report, "alert:");
    try {
      Optional<FeedItem<Lead>> current = feed.reread(key);
      if (current.isEmpty()) {
        store.quarantine().retryFailed(stream, key, "the vendor no longer has alert " + key);
      } else {
        handleItem(current.get(), config.get(), report, retries);
      }
    } catch (PlatformUnavailableException | EffectInFlightException | StopCycle | UnsupportedOperationException notNow) {
      return new RetryOutcome(stream, key, RetryOutcome.Result.NOT_RETRIED, String.valueOf(notNow.getMessage()));
    }
    LOG.info("retried quarantined alert {}: {}", key, report.build());
    return store
        .quarantine()
        .find(stream, key)
        .map(still -> new RetryOutcome(stream, key, RetryOutcome.Result.STILL_QUARANTINED, still.reason()))
        .orElseGet(() -> new RetryOutcome(stream, key, RetryOutcome.Result.RELEASED, "processed"));
  }

  private void replayHeld(LeadSyncConfig cfg, SyncReport.Recorder report, RecordRetries retries) {
    for (HeldLead held : store.heldLeads().list()) {
      Lead lead;
      try {
        lead = LeadCodec.decode(held.payload());
      } catch (IllegalArgumentException e) {
        retries.quarantine(held.alertId(), "held alert cannot be read: " + e.getMessage(), held.payload());
        store.heldLeads().release(held.alertId());
        continue;
      }
      report.lead(LeadCount.REPLAYED);
      handleRecord(lead, cfg, report, retries);
      store.heldLeads().release(held.alertId());
    }
  }

  /** Reads the deferred alerts whose time has come again from the vendor and handles them. */
  private void revisitDue(LeadSyncConfig cfg, SyncReport.Recorder report, RecordRetries retries) {
    for (DeferredRecord due : retries.due(cfg.pageSize())) {
      Optional<FeedItem<Lead>> current;
      try {
        current = feed.reread(due.recordKey());
      } catch (PlatformUnavailableException unavailable) {
        retries.failed(retries.turn(due.recordKey()), unavailable, due::payload);
        continue;
      }
      if (current.isEmpty()) {
        retries.quarantine(due.recordKey(), "the vendor no longer has alert " + due.recordKey(), due.payload());
      } else {
        handleItem(current.get(), cfg, report, retries);
      }
    }
  }

  private void readFeed(LeadSyncConfig cfg, SyncReport.Recorder report, RecordRetries retries) {
    for (int page = 0; page < cfg.maxPagesPerCycle(); page++) {
      Optional<String> cursor = store.cursors().get(LeadSyncConfig.ALERTS_STREAM);
      ChangePage<Lead> alerts = feed.alertsSince(cursor, cfg.pageSize());
      for (FeedItem<Lead> item : alerts.items()) {
        report.lead(LeadCount.READ);
        handleItem(item, cfg, report, retries);
      }
      advanceCursor(cursor.orElse(null), alerts.nextCursor());
      if (!alerts.hasMore()) {
        return;
      }
    }
  }

  private void advanceCursor(@Nullable String expected, String next) {
    if (next.equals(expected)) {
      return;
    }
    if (!store.cursors().compareAndSet(LeadSyncConfig.ALERTS_STREAM, expected, next)) {
      throw new StopCycle("the alerts cursor was moved by another process");
    }
  }

  /** Handles one alert as read: a malformed one is quarantined. */
  private void handleItem(
      FeedItem<Lead> item, LeadSyncConfig cfg, SyncReport.Recorder report, RecordRetries retries) {
    if (item instanceof FeedItem.Malformed<Lead> bad) {
      retries.quarantine(quarantineKey(bad.recordKey()), bad.reason(), bad.payload());
    } else if (item instanceof FeedItem.Parsed<Lead> parsed) {
      handleRecord(parsed.value(), cfg, report, retries);
    }
  }

  /**
   * Handles one alert: done (posted, dropped, held or quarantined), it leaves the deferred records and an
   * earlier quarantine; failing transiently, it is deferred, or the cycle stops (see {@link RecordRetries}).
   */
  private void handleRecord(Lead lead, LeadSyncConfig cfg, SyncReport.Recorder report, RecordRetries retries) {
    RecordRetries.Turn turn = retries.turn(quarantineKey(lead.alertId()));
    try {
      handle(lead, cfg, report, retries);
      retries.succeeded(turn);
    } catch (PlatformUnavailableException | EffectInFlightException transientFailure) {
      retries.failed(turn, transientFailure, () -> LeadCodec.encode(lead));
    }
  }

  private void handle(Lead lead, LeadSyncConfig cfg, SyncReport.Recorder report, RecordRetries retries) {
    String recordKey = recordKey(lead.alertId());
    Optional<LeadDropReason> drop = cfg.filter().dropReason(lead);
    if (drop.isPresent()) {
      if (drop.get() == LeadDropReason.NOT_PENDING) {
        store.heldLeads().release(lead.alertId());
      }
      drop(recordKey, drop.get(), report);
      return;
    }
    Optional<String> invalid = LeadBookingContent.validate(lead);
    if (invalid.isPresent()) {
      retries.quarantine(quarantineKey(lead.alertId()), invalid.get(), LeadCodec.encode(lead));
      return;
    }
    if (isPosted(lead.alertId())) {
      drop(recordKey, LeadDropReason.ALREADY_POSTED, report);
      return;
    }
    if (!cfg.enabled()) {
      if (store.heldLeads().hold(lead.alertId(), LeadCodec.encode(lead))) {
        report.lead(LeadCount.HELD);
      }
      return;
    }
    JobTypeResolution jobType = cfg.jobTypes().resolve(lead.type(), lead.trade());
    if (jobType.outcome() == JobTypeResolution.Outcome.DISABLED) {
      drop(recordKey, LeadDropReason.JOB_TYPE_DISABLED, report);
      return;
    }
    if (jobType.outcome() == JobTypeResolution.Outcome.UNKNOWN_ALERT_TYPE) {
      drop(recordKey, LeadDropReason.NO_STANDARD_JOB_TYPE, report);
      return;
    }
    post(lead, jobType, cfg, report, retries);
  }

  private boolean isPosted(String alertId) {
    return store.effects().isConfirmed(effectKey(POST_KEY, alertId));
  }

  private void post(
      Lead lead,
      JobTypeResolution jobType,
      LeadSyncConfig cfg,
      SyncReport.Recorder report,
      RecordRetries retries) {
    EffectRunner effects = new EffectRunner(store.effects(), report, config.get().uncertainEffectSettle());
    String key = effectKey(POST_KEY, lead.alertId());
    if (effects.isDone(key)) {
      drop(recordKey(lead.alertId()), LeadDropReason.ALREADY_POSTED, report);
      return;
    }
    boolean followUp = cfg.routing() == LeadRouting.FOLLOW_UP;
    // Looked up by alert id on every attempt, first ones included: LD-10 holds even when the store was lost.
    String reference;
    try {
      reference =
          followUp
              ? effects.runChecked(
                  key,
                  EffectType.LEAD_FOLLOW_UP,
                  () -> platform.findFollowUpByExternalId(lead.alertId()).map(this::followUpPosted),
                  () -> followUpPosted(createFollowUp(lead, jobType, cfg, report)))
              : effects.runChecked(
                  key,
                  EffectType.LEAD_BOOKING,
                  () -> platform.findBookingByExternalId(lead.alertId()).map(this::bookingPosted),
                  () -> bookingPosted(createBooking(lead, jobType, cfg, report)));
    } catch (PlatformRejectedException rejected) {
      retries.quarantine(
          quarantineKey(lead.alertId()),
          "ServiceTitan rejected the " + routingName(cfg) + ": " + rejected.getMessage(),
          LeadCodec.encode(lead));
      return;
    }
    LOG.debug("alert {} posted as {}", lead.alertId(), reference);
  }

  /** Links a posted booking to its alert, before the post is confirmed, and returns its reference. */
  private String bookingPosted(Booking booking) {
    store.links().link(LinkKind.ALERT_BOOKING, booking.externalId(), Long.toString(booking.id()));
    return awaitOutcome(booking.externalId(), BOOKING_REF + booking.id());
  }

  /** Links a posted follow-up to its alert, before the post is confirmed, and returns its reference. */
  private String followUpPosted(FollowUp followUp) {
    store.links().link(ALERT_FOLLOW_UP, followUp.externalId(), Long.toString(followUp.id()));
    return awaitOutcome(followUp.externalId(), FOLLOW_UP_REF + followUp.id());
  }

  private String awaitOutcome(String alertId, String reference) {
    store.links().link(AWAITING_OUTCOME, alertId, reference);
    if (reference.startsWith(BOOKING_REF)) {
      // The booking may have changed before this link existed (a post taken over from a process that died
      // before linking it): the feed has then passed that change, so the booking is read once.
      store.links().link(OUTCOME_CHECK, alertId, reference);
    }
    return reference;
  }

  private Booking createBooking(
      Lead lead, JobTypeResolution jobType, LeadSyncConfig cfg, SyncReport.Recorder report) {
    CustomerMatch match = match(lead, cfg, report);
    BookingRequest.Builder request =
        BookingRequest.builder()
            .externalId(lead.alertId())
            .source(cfg.integrationName())
            .name(lead.member().name())
            .summary(LeadBookingContent.summary(lead, jobType, match))
            .address(lead.member().address())
            .priority(LeadBookingContent.priority(lead, cfg))
            .start(lead.scheduledAt())
            .campaignId(cfg.campaignFor(lead.accountId()))
            .jobTypeId(jobType.jobTypeId())
            .businessUnitId(LeadBookingContent.businessUnit(lead, jobType, cfg));
    return platform.createLeadBooking(
        LeadBookingRequest.builder()
            .booking(request.build())
            .contact(lead.member())
            .submittedAt(lead.submittedAt())
            .details(LeadBookingContent.details(lead))
            .customerId(match.customerId())
            .locationId(match.locationId())
            .matchConfidence(match.confidence())
            .build());
  }

  private FollowUp createFollowUp(
      Lead lead, JobTypeResolution jobType, LeadSyncConfig cfg, SyncReport.Recorder report) {
    CustomerMatch match = match(lead, cfg, report);
    return platform.createFollowUp(
        FollowUpRequest.builder()
            .externalId(lead.alertId())
            .source(cfg.integrationName())
            .summary(LeadBookingContent.summary(lead, jobType, match))
            .contact(lead.member())
            .followUpAt(lead.scheduledAt().orElse(lead.submittedAt()))
            .campaignId(cfg.campaignFor(lead.accountId()))
            .jobTypeId(jobType.jobTypeId())
            .businessUnitId(LeadBookingContent.businessUnit(lead, jobType, cfg))
            .priority(LeadBookingContent.priority(lead, cfg))
            .customerId(match.customerId())
            .locationId(match.locationId())
            .build());
  }

  private CustomerMatch match(Lead lead, LeadSyncConfig cfg, SyncReport.Recorder report) {
    CustomerMatch match =
        cfg.matchCustomers()
            ? cfg.matcher().match(lead.member(), platform.searchCustomers(lead.member()))
            : CustomerMatch.none(CustomerMatch.Kind.NONE, 0, Set.of());
    report.lead(match.matched() ? LeadCount.CUSTOMER_MATCHED : LeadCount.CUSTOMER_UNMATCHED);
    return match;
  }

  /**
   * Writes the outcomes of ServiceTitan's booking and job changes back, then checks a few follow-ups and, once
   * after the feed started, the alerts that were awaiting an outcome before it; a transient failure stops the
   * cycle (the page is read again next cycle).
   */
  private void writeOutcomes(LeadSyncConfig cfg, SyncReport.Recorder report) {
    if (readOutcomeFeed(cfg, report)) {
      checkNewlyAwaiting(cfg, report);
      checkAwaitingOnce(cfg, report);
    }
    checkFollowUps(cfg, report);
  }

  /**
   * Reads the bookings and jobs changed since the outcomes cursor, page by page, and writes their outcomes;
   * the cursor moves past a page once its outcomes are written. The first read (no cursor) starts the feed
   * now and flags the alerts already awaiting an outcome to be checked once.
   *
   * @return false when an outcome still settling stopped the reading (the page is read again next cycle)
   */
  private boolean readOutcomeFeed(LeadSyncConfig cfg, SyncReport.Recorder report) {
    for (int page = 0; page < cfg.maxPagesPerCycle(); page++) {
      Optional<String> cursor = store.cursors().get(LeadSyncConfig.OUTCOMES_STREAM);
      if (cursor.isEmpty()) {
        // The feed starts now: every alert awaiting an outcome is checked once more, from the first. Set before
        // the feed's cursor: a crash in between only checks them again.
        store.cursors().set(LeadSyncConfig.OUTCOMES_CHECK_STREAM, CHECKED_AFTER);
      }
      ChangePage<FieldEvent> changes = platform.leadOutcomeChanges(cursor, cfg.pageSize());
      for (FeedItem<FieldEvent> item : changes.items()) {
        if (!outcomeOf(item, report)) {
          return false;
        }
      }
      if (!changes.nextCursor().equals(cursor.orElse(null))
          && !store.cursors().compareAndSet(LeadSyncConfig.OUTCOMES_STREAM, cursor.orElse(null), changes.nextCursor())) {
        throw new StopCycle("the lead outcomes cursor was moved by another process");
      }
      if (!changes.hasMore()) {
        return true;
      }
    }
    return true;
  }

  /**
   * Writes the outcome a changed booking or job brings, when it is one of an alert awaiting its outcome.
   *
   * @return false when the outcome is still settling from an earlier attempt
   */
  private boolean outcomeOf(FeedItem<FieldEvent> item, SyncReport.Recorder report) {
    if (item instanceof FeedItem.Malformed<FieldEvent> bad) {
      LOG.warn("ServiceTitan record {} cannot be read for a lead outcome: {}", bad.recordKey(), bad.reason());
      return true;
    }
    FieldEvent event = ((FeedItem.Parsed<FieldEvent>) item).value();
    if (event instanceof FieldEvent.BookingChanged changed) {
      String reference = BOOKING_REF + changed.booking().id();
      Optional<String> alertId = store.links().source(AWAITING_OUTCOME, reference);
      return alertId.isEmpty() || bookingOutcome(alertId.get(), reference, changed.booking(), report) != Write.BUSY;
    }
    if (event instanceof FieldEvent.JobChanged changed) {
      Optional<String> alertId = store.links().source(ALERT_JOB, Long.toString(changed.job().id()));
      if (alertId.isEmpty()) {
        return true;
      }
      Optional<String> reference = store.links().target(AWAITING_OUTCOME, alertId.get());
      if (reference.isEmpty()) {
        store.links().unlink(ALERT_JOB, alertId.get());
        return true;
      }
      return jobOutcome(alertId.get(), reference.get(), changed.job(), report) != Write.BUSY;
    }
    return true;
  }

  /**
   * Reads once, a few per cycle, the bookings of alerts that began awaiting their outcome since the last cycle:
   * a change made before the link existed is behind the feed's cursor. Stops at one still settling.
   */
  private void checkNewlyAwaiting(LeadSyncConfig cfg, SyncReport.Recorder report) {
    List<Link> pending =
        store.links().list(OUTCOME_CHECK).stream().limit(cfg.outcomeChecksPerCycle()).toList();
    for (Link link : pending) {
      if (store.links().target(AWAITING_OUTCOME, link.sourceId()).isPresent()
          && checkOutcome(link.sourceId(), link.targetId(), report) == Write.BUSY) {
        return;
      }
      store.links().unlink(OUTCOME_CHECK, link.sourceId());
    }
  }

  /**
   * Checks, a few per cycle, the alerts that were already awaiting an outcome when the feed started: their
   * bookings may have changed before it. Stops at one still settling, to check it again next cycle.
   */
  private void checkAwaitingOnce(LeadSyncConfig cfg, SyncReport.Recorder report) {
    Optional<String> progress = store.cursors().get(LeadSyncConfig.OUTCOMES_CHECK_STREAM);
    if (progress.isEmpty()) {
      return;
    }
    String after = progress.get().substring(CHECKED_AFTER.length());
    List<Link> next =
        store.links().list(AWAITING_OUTCOME).stream()
            .filter(link -> link.sourceId().compareTo(after) > 0)
            .sorted(Comparator.comparing(Link::sourceId))
            .limit(cfg.outcomeChecksPerCycle() + 1L)
            .toList();
    for (int i = 0; i < Math.min(next.size(), cfg.outcomeChecksPerCycle()); i++) {
      Link link = next.get(i);
      if (checkOutcome(link.sourceId(), link.targetId(), report) == Write.BUSY) {
        return;
      }
      store.cursors().set(LeadSyncConfig.OUTCOMES_CHECK_STREAM, CHECKED_AFTER + link.sourceId());
    }
    if (next.size() <= cfg.outcomeChecksPerCycle()) {
      store.cursors().reset(LeadSyncConfig.OUTCOMES_CHECK_STREAM);
      LOG.info("every alert awaiting an outcome before the ServiceTitan feed started was checked");
    }
  }

  /**
   * Reads a few follow-ups awaiting an outcome, in turn (no ServiceTitan export feed carries them), so their
   * cost per cycle is bounded whatever their number.
   */
  private void checkFollowUps(LeadSyncConfig cfg, SyncReport.Recorder report) {
    List<Link> followUps =
        store.links().list(AWAITING_OUTCOME).stream()
            .filter(link -> link.targetId().startsWith(FOLLOW_UP_REF))
            .sorted(Comparator.comparing(Link::sourceId))
            .toList();
    if (followUps.isEmpty()) {
      return;
    }
    String after = store.cursors().get(LeadSyncConfig.FOLLOW_UP_CHECK_STREAM).orElse("");
    List<Link> turn = new ArrayList<>(followUps.stream().filter(link -> link.sourceId().compareTo(after) > 0).toList());
    turn.addAll(followUps.stream().filter(link -> link.sourceId().compareTo(after) <= 0).toList());
    for (Link link : turn.subList(0, Math.min(turn.size(), cfg.outcomeChecksPerCycle()))) {
      checkOutcome(link.sourceId(), link.targetId(), report);
      store.cursors().set(LeadSyncConfig.FOLLOW_UP_CHECK_STREAM, link.sourceId());
    }
  }

  /** Reads one alert's booking or follow-up from ServiceTitan and writes the outcome it shows. */
  private Write checkOutcome(String alertId, String reference, SyncReport.Recorder report) {
    if (reference.startsWith(FOLLOW_UP_REF)) {
      Optional<FollowUp> followUp = platform.followUp(idOf(reference, FOLLOW_UP_REF));
      if (followUp.isEmpty()) {
        gone(alertId, report);
        return Write.DONE;
      }
      FollowUpStatus status = followUp.get().status();
      String note = "Follow-up " + status.name().toLowerCase(Locale.ROOT);
      if (status == FollowUpStatus.CONVERTED) {
        return write(alertId, reference, note, List.of(LeadOutcome.SCHEDULED), true, report);
      }
      if (status == FollowUpStatus.DISMISSED) {
        return write(alertId, reference, note, List.of(LeadOutcome.DISMISSED), true, report);
      }
      return Write.DONE;
    }
    Optional<Booking> booking = platform.booking(idOf(reference, BOOKING_REF));
    if (booking.isEmpty()) {
      gone(alertId, report);
      return Write.DONE;
    }
    return bookingOutcome(alertId, reference, booking.get(), report);
  }

  /**
   * The outcome of a booking as it is now: dismissed → {@code DISMISSED}; converted → {@code SCHEDULED}, then
   * its job is linked to the alert and read (it may have finished before the booking's change was read); later
   * changes of the job come from the feed.
   */
  private Write bookingOutcome(String alertId, String reference, Booking booking, SyncReport.Recorder report) {
    String note = "Booking " + booking.status().name().toLowerCase(Locale.ROOT);
    if (booking.status() == BookingStatus.DISMISSED) {
      return write(alertId, reference, note, List.of(LeadOutcome.DISMISSED), true, report);
    }
    if (booking.status() != BookingStatus.CONVERTED) {
      return Write.DONE;
    }
    if (booking.jobId().isEmpty()) {
      return write(alertId, reference, note, List.of(LeadOutcome.SCHEDULED), false, report);
    }
    long jobId = booking.jobId().get();
    Write scheduled = write(alertId, reference, jobNote(jobId), List.of(LeadOutcome.SCHEDULED), false, report);
    if (scheduled != Write.DONE) {
      return scheduled;
    }
    // Linked before the job is read: a change of the job read from the feed from now on finds its alert. The job
    // is read even when the link was there already: a process may have died between linking and reading, and the
    // job's earlier changes are behind the feed's cursor.
    String linkedJob = Long.toString(jobId);
    if (store.links().target(ALERT_JOB, alertId).filter(linkedJob::equals).isEmpty()) {
      store.links().unlink(ALERT_JOB, alertId);
      store.links().link(ALERT_JOB, alertId, linkedJob);
    }
    Optional<FieldJob> job = platform.job(jobId);
    return job.isEmpty() ? Write.DONE : jobOutcome(alertId, reference, job.get(), report);
  }

  /** The outcome of a booking's job as it is now: completed → {@code RESOLVED}, canceled → {@code DISMISSED}. */
  private Write jobOutcome(String alertId, String reference, FieldJob job, SyncReport.Recorder report) {
    if (job.status() == JobStatus.COMPLETED) {
      return write(alertId, reference, jobNote(job.id()), List.of(LeadOutcome.SCHEDULED, LeadOutcome.RESOLVED), true, report);
    }
    if (job.status() == JobStatus.CANCELED) {
      return write(alertId, reference, jobNote(job.id()), List.of(LeadOutcome.SCHEDULED, LeadOutcome.DISMISSED), true, report);
    }
    return Write.DONE;
  }

  private static String jobNote(long jobId) {
    return "Converted to job " + jobId;
  }

  /**
   * Writes outcomes in order, each at most once; the alert stops awaiting when the last one is final or the
   * vendor refused one.
   *
   * @return {@link Write#BUSY} when one is still settling (the alert stays awaiting), {@link Write#REJECTED} when
   *     the vendor refused one, else {@link Write#DONE}
   */
  private Write write(
      String alertId,
      String reference,
      String note,
      List<LeadOutcome> outcomes,
      boolean isFinal,
      SyncReport.Recorder report) {
    for (LeadOutcome outcome : outcomes) {
      switch (writeOnce(alertId, outcome, reference, note, report)) {
        case BUSY:
          return Write.BUSY;
        case REJECTED:
          settled(alertId);
          return Write.REJECTED;
        default:
          break;
      }
    }
    if (isFinal) {
      settled(alertId);
    }
    return Write.DONE;
  }

  private void settled(String alertId) {
    store.links().unlink(AWAITING_OUTCOME, alertId);
    store.links().unlink(ALERT_JOB, alertId);
  }

  private void gone(String alertId, SyncReport.Recorder report) {
    report.skipped(recordKey(alertId), "lead.posted-record-not-found");
    settled(alertId);
  }

  /** The result recorded for an outcome the vendor refused for good. */
  private static final String REJECTED = "rejected";

  private enum Write {
    DONE,
    BUSY,
    REJECTED
  }

  private Write writeOnce(
      String alertId,
      LeadOutcome outcome,
      String reference,
      String note,
      SyncReport.Recorder report) {
    EffectRunner effects = new EffectRunner(store.effects(), report, config.get().uncertainEffectSettle());
    String key = effectKey(OUTCOME_KEY + outcome.name() + ":", alertId);
    if (effects.isDone(key)) {
      return store.effects().result(key).filter(REJECTED::equals).isPresent() ? Write.REJECTED : Write.DONE;
    }
    String result;
    try {
      result =
          effects.run(
              key,
              EffectType.LEAD_OUTCOME,
              Optional::empty,
              () -> {
                feed.writeOutcome(
                    LeadOutcomeUpdate.builder()
                        .alertId(alertId)
                        .outcome(outcome)
                        .externalRef(reference)
                        .note(note)
                        .build());
                return reference;
              },
              rejected -> {
                report.skipped(recordKey(alertId), "lead.outcome-rejected");
                LOG.info("vendor refused outcome {} for alert {}: {}", outcome, alertId, rejected.getMessage());
                return REJECTED;
              });
    } catch (EffectInFlightException inFlight) {
      return Write.BUSY;
    }
    return REJECTED.equals(result) ? Write.REJECTED : Write.DONE;
  }

  /** The quarantine's key of an alert: its id, or "unknown" when the record had none. */
  private static String quarantineKey(String alertId) {
    return alertId.isBlank() ? "unknown" : alertId;
  }

  private static void drop(String recordKey, LeadDropReason reason, SyncReport.Recorder report) {
    report.skipped(recordKey, reason.key());
  }

  private static String recordKey(String alertId) {
    return "alert:" + alertId;
  }

  private static String routingName(LeadSyncConfig cfg) {
    return cfg.routing() == LeadRouting.FOLLOW_UP ? "follow-up" : "booking";
  }

  private static long idOf(String reference, String prefix) {
    return Long.parseLong(reference.substring(prefix.length()));
  }

  /** The effect key of an alert: readable when short, hashed when the alert id is long. */
  static String effectKey(String prefix, String alertId) {
    if (alertId.length() <= MAX_PLAIN_KEY) {
      return prefix + alertId;
    }
    return prefix + "sha256:" + Sha256.hex(alertId);
  }

  /** Stops the cycle early with a reason for the report. */
  private static final class StopCycle extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopCycle(String reason) {
      super(reason, null, false, false);
    }
  }

  /** Builds a {@link LeadSync}. */
  public static final class Builder {
    private @Nullable LeadFeed feed;
    private @Nullable FieldServicePlatform platform;
    private @Nullable ConnectionStore store;
    private @Nullable Supplier<LeadSyncConfig> config;

    private Builder() {}

    /**
     * The leads vendor.
     *
     * @param feed the leads vendor
     * @return this builder
     */
    public Builder feed(LeadFeed feed) {
      this.feed = feed;
      return this;
    }

    /**
     * ServiceTitan.
     *
     * @param platform ServiceTitan
     * @return this builder
     */
    public Builder platform(FieldServicePlatform platform) {
      this.platform = platform;
      return this;
    }

    /**
     * The connection's stored state.
     *
     * @param store the connection's stored state
     * @return this builder
     */
    public Builder store(ConnectionStore store) {
      this.store = store;
      return this;
    }

    /**
     * The connection's stored state, from a store and a connection id.
     *
     * @param store the store
     * @param connectionId the connection
     * @return this builder
     */
    public Builder store(SyncStore store, ConnectionId connectionId) {
      return store(store.connection(connectionId));
    }

    /**
     * A fixed configuration.
     *
     * @param config a fixed configuration
     * @return this builder
     */
    public Builder config(LeadSyncConfig config) {
      Objects.requireNonNull(config, "config");
      this.config = () -> config;
      return this;
    }

    /**
     * A configuration read at the start of every cycle (e.g. to switch the integration off).
     *
     * @param config a configuration read at the start of every cycle (e.g. to switch the integration off)
     * @return this builder
     */
    public Builder config(Supplier<LeadSyncConfig> config) {
      this.config = config;
      return this;
    }

    /**
     * Builds the workflow; feed, platform, store and config are required.
     *
     * @return the workflow
     */
    public LeadSync build() {
      return new LeadSync(this);
    }
  }
}
