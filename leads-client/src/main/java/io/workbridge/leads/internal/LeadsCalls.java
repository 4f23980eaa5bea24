package io.workbridge.leads.internal;

import io.workbridge.client.RequestOptions;
import io.workbridge.client.spi.http.ApiCalls;
import io.workbridge.client.spi.http.ErrorParser;
import io.workbridge.leads.internal.WireRecords.OutcomeRequestDto;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * What the resource classes share: the Retrofit interface, the alert parser, the error parser and the feed
 * page size. Made by {@code LeadsClient}; not part of the public API.
 *
 * @param api the Retrofit implementation of the contract
 * @param parser turns alert JSON into alerts
 * @param errors the error parser (for calls run through {@link ApiCalls})
 * @param pageSize the {@code limit} sent with feed calls (1 to 500)
 */
public record LeadsCalls(LeadsApi api, AlertParser parser, ErrorParser errors, int pageSize) {

  /** Validates the arguments. */
  public LeadsCalls {
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(parser, "parser");
    Objects.requireNonNull(errors, "errors");
    if (pageSize < 1 || pageSize > 500) {
      throw new IllegalArgumentException("pageSize must be 1 to 500, was " + pageSize);
    }
  }

  /** One raw feed page of the default size. */
  public AlertParser.RawPage feedPage(
      String accountId, @Nullable Instant updatedSince, @Nullable String cursor, RequestOptions options) {
    return feedPage(accountId, updatedSince, cursor, pageSize, options);
  }

  /** One raw feed page of at most {@code limit} alerts (1 to 500). */
  public AlertParser.RawPage feedPage(
      String accountId,
      @Nullable Instant updatedSince,
      @Nullable String cursor,
      int limit,
      RequestOptions options) {
    if (limit < 1 || limit > 500) {
      throw new IllegalArgumentException("limit must be 1 to 500, was " + limit);
    }
    String since = updatedSince == null ? null : updatedSince.toString();
    try (ResponseBody body = api.alerts(accountId, since, cursor, limit, options)) {
      return parser.readPage(body.source(), "alerts.feed");
    }
  }

  /** One alert's raw JSON. */
  public String alertJson(String alertId, RequestOptions options) {
    try (ResponseBody body = api.alert(alertId, options)) {
      return body.string();
    } catch (IOException unreadable) {
      throw new io.workbridge.client.TransportException("alerts.get", true, unreadable);
    }
  }

  /** Posts an outcome; returns when the vendor answered 204. */
  public void outcome(String alertId, OutcomeRequestDto body, RequestOptions options) {
    ApiCalls.execute(api.outcome(alertId, body, options), errors);
  }
}
