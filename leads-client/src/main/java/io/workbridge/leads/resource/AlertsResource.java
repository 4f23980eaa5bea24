package io.workbridge.leads.resource;

import io.workbridge.client.CursorPaging;
import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.PageIterable;
import io.workbridge.client.RequestOptions;
import io.workbridge.leads.internal.AlertParser;
import io.workbridge.leads.internal.LeadsCalls;
import io.workbridge.leads.internal.WireRecords.OutcomeRequestDto;
import io.workbridge.leads.model.Alert;
import io.workbridge.leads.model.AlertOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Alerts: the "updated since" feed of an account, a single alert, and the outcome write-back. Obtain it from
 * {@code LeadsClient.alerts()}. Thread-safe.
 *
 * <p>The feed ({@code GET /v1/accounts/{accountId}/alerts}) is ordered by {@code updatedAt}, then id, and
 * paged with an opaque {@code nextCursor}. Two ways to read it:
 *
 * <ul>
 *   <li>{@link #poll(String, AlertFeedPosition)} reads one page from a saved {@link AlertFeedPosition} and
 *       returns the next position: the way to run a durable sync. Broken alerts come back as {@link
 *       AlertFeedEntry.Malformed} entries; versions already delivered are skipped.
 *   <li>{@link #updatedSince(String, Instant)} iterates all alerts changed since an instant, lazily, page by
 *       page; a broken alert fails the iteration with {@link InvalidResponseException}.
 * </ul>
 */
public final class AlertsResource {
  private static final String FEED = "alerts.feed";

  private final LeadsCalls calls;

  /**
   * Used by {@code LeadsClient}; not meant to be called directly.
   *
   * @param calls the client's calls to the vendor API
   */
  public AlertsResource(LeadsCalls calls) {
    this.calls = Objects.requireNonNull(calls, "calls");
  }

  /**
   * {@return {@code GET /v1/alerts/{alertId}}: one alert}
   *
   * @param alertId the alert's id at the leads vendor
   * @throws io.workbridge.client.NotFoundException when the vendor does not know the alert
   * @throws InvalidResponseException when the alert does not fit the model
   */
  public Alert get(String alertId) {
    return get(alertId, RequestOptions.none());
  }

  /**
   * {@return {@link #get(String)} with per-call options}
   *
   * @param alertId the alert's id at the leads vendor
   * @param options per-call options (timeout, extra headers) for this request
   */
  public Alert get(String alertId, RequestOptions options) {
    Objects.requireNonNull(alertId, "alertId");
    return calls.parser().parseStrict(calls.alertJson(alertId, options), "alerts.get");
  }

  /**
   * Reads the next page of an account's feed from {@code from} (one call) and returns its new entries with
   * the position to save after handling them. Continue while {@link AlertFeedPage#hasMore()}; when it is
   * false the feed is caught up, and polling later from the returned position yields only newer changes.
   *
   * @param accountId the dealer account
   * @param from where the previous poll stopped, or {@link AlertFeedPosition#beginning()} / {@link
   *     AlertFeedPosition#since(Instant)}
   * @throws InvalidResponseException when the page itself is broken or the vendor repeats the cursor
   * @return the new entries and the position to save after handling them
   */
  public AlertFeedPage poll(String accountId, AlertFeedPosition from) {
    return poll(accountId, from, RequestOptions.none());
  }

  /**
   * {@return {@link #poll(String, AlertFeedPosition)} with per-call options}
   *
   * @param accountId the vendor account's id
   * @param from the feed position to read from
   * @param options per-call options (timeout, extra headers) for this request
   */
  public AlertFeedPage poll(String accountId, AlertFeedPosition from, RequestOptions options) {
    return poll(accountId, from, calls.pageSize(), options);
  }

  /**
   * {@return {@link #poll(String, AlertFeedPosition)} asking for at most {@code limit} alerts (1 to 500)
   * instead of the client's {@code alertPageSize}}
   *
   * @param accountId the vendor account's id
   * @param from the feed position to read from
   * @param limit the maximum number of alerts to return
   */
  public AlertFeedPage poll(String accountId, AlertFeedPosition from, int limit) {
    return poll(accountId, from, limit, RequestOptions.none());
  }

  /**
   * {@return {@link #poll(String, AlertFeedPosition, int)} with per-call options}
   *
   * @param accountId the vendor account's id
   * @param from the feed position to read from
   * @param limit the maximum number of alerts to return
   * @param options per-call options (timeout, extra headers) for this request
   */
  public AlertFeedPage poll(String accountId, AlertFeedPosition from, int limit, RequestOptions options) {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(options, "options");
    String cursor = from.cursor().orElse(null);
    AlertParser.RawPage raw =
        calls.feedPage(accountId, from.updatedSince().orElse(null), cursor, limit, options);
    if (raw.nextCursor() != null && raw.nextCursor().equals(cursor)) {
      throw new InvalidResponseException(FEED, "$.nextCursor", "the vendor repeated the cursor", null);
    }
    AlertFeedPosition.Walk walk = from.walk();
    List<AlertFeedEntry> entries = new ArrayList<>();
    int duplicates = 0;
    for (String payload : raw.items()) {
      AlertParser.Result result = calls.parser().parse(payload);
      if (result instanceof AlertParser.Parsed parsed) {
        Alert alert = parsed.alert();
        if (walk.alreadyDelivered(alert.id(), alert.updatedAt())) {
          duplicates++;
          continue;
        }
        walk.delivered(alert.id(), alert.updatedAt());
        entries.add(new AlertFeedEntry.Parsed(alert, payload));
      } else {
        AlertParser.Malformed bad = (AlertParser.Malformed) result;
        String id = bad.alertId();
        Instant updatedAt = bad.updatedAt();
        if (id != null && updatedAt != null) {
          if (walk.alreadyDelivered(id, updatedAt)) {
            duplicates++;
            continue;
          }
          walk.delivered(id, updatedAt);
        }
        entries.add(
            new AlertFeedEntry.Malformed(java.util.Optional.ofNullable(id), bad.reason(), payload));
      }
    }
    AlertFeedPosition position = walk.position().afterPage(raw.nextCursor());
    return new AlertFeedPage(entries, position, raw.nextCursor() != null, duplicates);
  }

  /**
   * {@return all alerts of an account changed at or after {@code since}, oldest change first, fetched lazily
   * page by page (no call until the first {@code hasNext()}); each {@code (id, updatedAt)} is delivered once
   * per iteration} After a walk cut short by {@link PageIterable#withMaxPages(int)}, {@link
   * PageIterable#resumeToken()} is the cursor to continue with {@link #updatedSince(String, Instant,
   * String)}.
   *
   * @param accountId the vendor account's id
   * @param since the earliest change time to include
   * @throws InvalidResponseException (while iterating) when an alert does not fit the model
   */
  public PageIterable<Alert> updatedSince(String accountId, Instant since) {
    return updatedSince(accountId, since, null, RequestOptions.none());
  }

  /**
   * Continues {@link #updatedSince(String, Instant)} from a cursor the vendor returned.
   *
   * @param accountId the vendor account's id
   * @param since the earliest change time to include
   * @param cursor the cursor the vendor returned
   * @return the alerts changed since {@code since}, from the cursor on
   */
  public PageIterable<Alert> updatedSince(String accountId, Instant since, String cursor) {
    return updatedSince(accountId, since, Objects.requireNonNull(cursor, "cursor"), RequestOptions.none());
  }

  /**
   * {@return {@link #updatedSince(String, Instant, String)} with per-call options applied to every page call}
   *
   * @param accountId the vendor account's id
   * @param since the earliest change time to include
   * @param options per-call options (timeout, extra headers) for this request
   * @param cursor the cursor to start from, or {@code null} for the first page
   */
  public PageIterable<Alert> updatedSince(
      String accountId, Instant since, @Nullable String cursor, RequestOptions options) {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(options, "options");
    AlertFeedPosition start = AlertFeedPosition.since(since);
    AtomicReference<AlertFeedPosition.Walk> walk = new AtomicReference<>(start.walk());
    return CursorPaging.iterable(
        FEED,
        cursor,
        pageCursor -> {
          if (Objects.equals(pageCursor, cursor)) {
            walk.set(start.walk());
          }
          AlertParser.RawPage raw = calls.feedPage(accountId, since, pageCursor, options);
          List<Alert> alerts = new ArrayList<>(raw.items().size());
          for (int i = 0; i < raw.items().size(); i++) {
            AlertParser.Result result = calls.parser().parse(raw.items().get(i));
            if (result instanceof AlertParser.Malformed bad) {
              throw new InvalidResponseException(
                  FEED, "$.data[" + i + "]" + bad.jsonPath().substring(1), bad.problem(), null);
            }
            Alert alert = ((AlertParser.Parsed) result).alert();
            AlertFeedPosition.Walk seen = walk.get();
            if (!seen.alreadyDelivered(alert.id(), alert.updatedAt())) {
              seen.delivered(alert.id(), alert.updatedAt());
              alerts.add(alert);
            }
          }
          return CursorPaging.Response.of(alerts, raw.nextCursor());
        });
  }

  /**
   * {@code POST /v1/alerts/{alertId}/outcome}: tells the vendor what became of the alert. Idempotent by
   * contract: writing the status the alert already has is a no-op, so the call is retried on 429/5xx like a
   * read.
   *
   * @param alertId the alert's id at the leads vendor
   * @param outcome what became of the alert
   * @throws io.workbridge.leads.IllegalAlertTransitionException when the alert's lifecycle forbids the
   *     change (HTTP 409), e.g. {@code SCHEDULED} after {@code DISMISSED}
   * @throws io.workbridge.client.NotFoundException when the vendor does not know the alert
   */
  public void recordOutcome(String alertId, AlertOutcome outcome) {
    recordOutcome(alertId, outcome, RequestOptions.none());
  }

  /**
   * {@link #recordOutcome(String, AlertOutcome)} with per-call options.
   *
   * @param alertId the alert's id at the leads vendor
   * @param outcome what became of the alert
   * @param options per-call options (timeout, extra headers) for this request
   */
  public void recordOutcome(String alertId, AlertOutcome outcome, RequestOptions options) {
    Objects.requireNonNull(alertId, "alertId");
    Objects.requireNonNull(outcome, "outcome");
    calls.outcome(
        alertId,
        new OutcomeRequestDto(
            outcome.status().name(), outcome.externalRef().orElse(null), outcome.note().orElse(null)),
        options);
  }
}
