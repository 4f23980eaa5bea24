package io.workbridge.leads.internal;

import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.PageIterable;
import io.workbridge.client.RequestOptions;
import io.workbridge.client.spi.paging.CursorPaging;
import io.workbridge.leads.internal.WireRecords.OutcomeRequestDto;
import io.workbridge.leads.model.Alert;
import io.workbridge.leads.model.AlertOutcome;
import io.workbridge.leads.resource.AlertFeedEntry;
import io.workbridge.leads.resource.AlertFeedPage;
import io.workbridge.leads.resource.AlertFeedPosition;
import io.workbridge.leads.resource.AlertsResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/** The {@link AlertsResource} a client hands out: its calls over the module's HTTP API. */
public final class HttpAlertsResource implements AlertsResource {
  private static final String FEED = "alerts.feed";
  private final LeadsCalls calls;

  /** Creates the resource; the client calls this. */
  public HttpAlertsResource(LeadsCalls calls) {
    this.calls = Objects.requireNonNull(calls, "calls");
  }

  @Override
  public Alert get(String alertId) {
    return get(alertId, RequestOptions.none());
  }

  @Override
  public Alert get(String alertId, RequestOptions options) {
    Objects.requireNonNull(alertId, "alertId");
    return calls.parser().parseStrict(calls.alertJson(alertId, options), "alerts.get");
  }

  @Override
  public AlertFeedPage poll(String accountId, AlertFeedPosition from) {
    return poll(accountId, from, RequestOptions.none());
  }

  @Override
  public AlertFeedPage poll(String accountId, AlertFeedPosition from, RequestOptions options) {
    return poll(accountId, from, calls.pageSize(), options);
  }

  @Override
  public AlertFeedPage poll(String accountId, AlertFeedPosition from, int limit) {
    return poll(accountId, from, limit, RequestOptions.none());
  }

  @Override
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

  @Override
  public PageIterable<Alert> updatedSince(String accountId, Instant since) {
    return updatedSince(accountId, since, null, RequestOptions.none());
  }

  @Override
  public PageIterable<Alert> updatedSince(String accountId, Instant since, String cursor) {
    return updatedSince(accountId, since, Objects.requireNonNull(cursor, "cursor"), RequestOptions.none());
  }

  @Override
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

  @Override
  public void recordOutcome(String alertId, AlertOutcome outcome) {
    recordOutcome(alertId, outcome, RequestOptions.none());
  }

  @Override
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
