package io.workbridge.testkit.leads;

import io.workbridge.testkit.ApiError;
import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.JsonObject;
import io.workbridge.testkit.SimRequest;
import io.workbridge.testkit.SimResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An account's alert feed (a cursor walk ordered by {@code updatedAt}, then id, with inclusive {@code
 * updatedSince}), one alert, and the outcome write-back that obeys the alert lifecycle.
 */
final class AlertRoutes {
  private static final int DEFAULT_LIMIT = 100;
  private static final Set<String> OUTCOMES = Set.of("SCHEDULED", "DISMISSED", "RESOLVED");
  private static final Map<String, Set<String>> TRANSITIONS =
      Map.of(
          "PENDING", Set.of("SCHEDULED", "DISMISSED", "RESOLVED", "SNOOZED"),
          "SNOOZED", Set.of("PENDING", "SCHEDULED", "DISMISSED", "RESOLVED"),
          "SCHEDULED", Set.of("RESOLVED", "DISMISSED"),
          "RESOLVED", Set.of(),
          "DISMISSED", Set.of());

  private final LeadsState state;

  AlertRoutes(LeadsState state) {
    this.state = state;
  }

  void register(ApiSimulator.Builder api) {
    api.get("/v1/accounts/{accountId}/alerts", this::feed)
        .get("/v1/alerts/{alertId}", this::getAlert)
        .post("/v1/alerts/{alertId}/outcome", this::outcome);
  }

  private SimResponse getAlert(SimRequest request) {
    return SimResponse.ok(state.reachableAlert(request).toJson());
  }

  private SimResponse feed(SimRequest request) {
    String accountId = state.reachableAccount(request);
    long limit = request.queryLong("limit").orElse((long) DEFAULT_LIMIT);
    if (limit < 1 || limit > 500) {
      throw new ApiError(400, "invalid_limit", "limit must be 1 to 500");
    }
    Instant since = request.query("updatedSince").map(AlertRoutes::parseSince).orElse(null);
    FeedCursor after = null;
    Optional<String> cursorText = request.query("cursor");
    if (cursorText.isPresent()) {
      after = FeedCursor.decode(cursorText.get());
      if (!after.accountId().equals(accountId) || !Objects.equals(after.since(), since)) {
        throw new ApiError(400, "invalid_cursor", "the cursor belongs to another query");
      }
    }
    FeedCursor position = after;
    List<SimAlert> matching =
        state.alerts.values().stream()
            .filter(a -> a.accountId.equals(accountId))
            .filter(a -> since == null || !a.updatedAt.isBefore(since))
            .filter(a -> position == null || position.isBefore(a))
            .sorted(Comparator.comparing((SimAlert a) -> a.updatedAt).thenComparing(a -> a.id))
            .toList();
    int sequence = position == null ? 1 : position.sequence() + 1;
    if (position != null && state.emptyPagesToInsert > 0 && !matching.isEmpty()) {
      state.emptyPagesToInsert--;
      FeedCursor same = new FeedCursor(accountId, since, position.updatedAt(), position.alertId(), sequence);
      return SimResponse.ok(Json.obj("data", List.of(), "nextCursor", same.encode()));
    }
    List<SimAlert> page = matching.subList(0, (int) Math.min(limit, matching.size()));
    String next = null;
    if (matching.size() > page.size()) {
      SimAlert last = page.get(page.size() - 1);
      next = new FeedCursor(accountId, since, last.updatedAt, last.id, sequence).encode();
    }
    List<Object> data = new ArrayList<>();
    page.forEach(alert -> data.add(alert.toJson()));
    return SimResponse.ok(Json.obj("data", data, "nextCursor", next));
  }

  private SimResponse outcome(SimRequest request) {
    JsonObject body = request.bodyObject();
    String status = body.requireString("status");
    if (!OUTCOMES.contains(status)) {
      throw new ApiError(400, "invalid_status", "status must be SCHEDULED, DISMISSED or RESOLVED");
    }
    SimAlert alert = state.reachableAlert(request);
    if (alert.status.equals(status)) {
      return SimResponse.noContent();
    }
    if (!TRANSITIONS.getOrDefault(alert.status, Set.of()).contains(status)) {
      throw new ApiError(
          409,
          "illegal_transition",
          "alert " + alert.id + " is " + alert.status + "; it cannot become " + status);
    }
    Map<String, @Nullable Object> outcome =
        Json.obj(
            "status", status,
            "externalRef", body.optString("externalRef").orElse(null),
            "note", body.optString("note").orElse(null),
            "at", state.clock.instant().toString());
    state.change(
        alert,
        a -> {
          a.status = status;
          a.outcomes.add(outcome);
        });
    return SimResponse.noContent();
  }

  private static Instant parseSince(String value) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException invalid) {
      throw new ApiError(400, "invalid_updated_since", "updatedSince must be an RFC 3339 date-time");
    }
  }
}
