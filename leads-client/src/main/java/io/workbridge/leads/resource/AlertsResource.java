package io.workbridge.leads.resource;

import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.PageIterable;
import io.workbridge.client.RequestOptions;
import io.workbridge.leads.model.Alert;
import io.workbridge.leads.model.AlertOutcome;
import java.time.Instant;
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
public interface AlertsResource {
  /**
   * {@return {@code GET /v1/alerts/{alertId}}: one alert}
   *
   * @param alertId the alert's id at the leads vendor
   * @throws io.workbridge.client.NotFoundException when the vendor does not know the alert
   * @throws InvalidResponseException when the alert does not fit the model
   */
  Alert get(String alertId);

  /**
   * {@return {@link #get(String)} with per-call options}
   *
   * @param alertId the alert's id at the leads vendor
   * @param options per-call options (timeout, extra headers) for this request
   */
  Alert get(String alertId, RequestOptions options);

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
  AlertFeedPage poll(String accountId, AlertFeedPosition from);

  /**
   * {@return {@link #poll(String, AlertFeedPosition)} with per-call options}
   *
   * @param accountId the vendor account's id
   * @param from the feed position to read from
   * @param options per-call options (timeout, extra headers) for this request
   */
  AlertFeedPage poll(String accountId, AlertFeedPosition from, RequestOptions options);

  /**
   * {@return {@link #poll(String, AlertFeedPosition)} asking for at most {@code limit} alerts (1 to 500)
   * instead of the client's {@code alertPageSize}}
   *
   * @param accountId the vendor account's id
   * @param from the feed position to read from
   * @param limit the maximum number of alerts to return
   */
  AlertFeedPage poll(String accountId, AlertFeedPosition from, int limit);

  /**
   * {@return {@link #poll(String, AlertFeedPosition, int)} with per-call options}
   *
   * @param accountId the vendor account's id
   * @param from the feed position to read from
   * @param limit the maximum number of alerts to return
   * @param options per-call options (timeout, extra headers) for this request
   */
  AlertFeedPage poll(String accountId, AlertFeedPosition from, int limit, RequestOptions options);

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
  PageIterable<Alert> updatedSince(String accountId, Instant since);

  /**
   * Continues {@link #updatedSince(String, Instant)} from a cursor the vendor returned.
   *
   * @param accountId the vendor account's id
   * @param since the earliest change time to include
   * @param cursor the cursor the vendor returned
   * @return the alerts changed since {@code since}, from the cursor on
   */
  PageIterable<Alert> updatedSince(String accountId, Instant since, String cursor);

  /**
   * {@return {@link #updatedSince(String, Instant, String)} with per-call options applied to every page call}
   *
   * @param accountId the vendor account's id
   * @param since the earliest change time to include
   * @param options per-call options (timeout, extra headers) for this request
   * @param cursor the cursor to start from, or {@code null} for the first page
   */
  PageIterable<Alert> updatedSince(
      String accountId, Instant since, @Nullable String cursor, RequestOptions options);

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
  void recordOutcome(String alertId, AlertOutcome outcome);

  /**
   * {@link #recordOutcome(String, AlertOutcome)} with per-call options.
   *
   * @param alertId the alert's id at the leads vendor
   * @param outcome what became of the alert
   * @param options per-call options (timeout, extra headers) for this request
   */
  void recordOutcome(String alertId, AlertOutcome outcome, RequestOptions options);
}
