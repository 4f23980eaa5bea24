package io.workbridge.testkit.leads;

import io.workbridge.testkit.ApiError;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.SimRequest;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The vendor's records (accounts, profiles, members, alerts), the seeded randomness every generated value
 * comes from, and the changes that bump {@code updatedAt} and queue webhook events; guarded by the
 * simulator's lock.
 */
final class LeadsState {
  final MutableClock clock;
  final Random random;
  final Map<String, Map<String, @Nullable Object>> accounts = new LinkedHashMap<>();
  final Map<String, List<Map<String, @Nullable Object>>> profiles = new LinkedHashMap<>();
  final Map<String, List<Member>> members = new LinkedHashMap<>();
  final Map<String, SimAlert> alerts = new LinkedHashMap<>();
  /** How many follow-up feed pages still answer empty. */
  int emptyPagesToInsert;

  private final LeadsWebhooks webhooks;
  private int nextAlertNumber = 1;

  /** A member (homeowner) of an account, with the profile and vertical the alerts inherit. */
  record Member(
      String accountId, @Nullable String profileId, String trade, Map<String, @Nullable Object> json,
      @Nullable Map<String, @Nullable Object> device) {}

  LeadsState(MutableClock clock, Random random, LeadsWebhooks webhooks) {
    this.clock = clock;
    this.random = random;
    this.webhooks = webhooks;
  }

  SimAlert require(String alertId) {
    SimAlert alert = alerts.get(alertId);
    if (alert == null) {
      throw new IllegalArgumentException("unknown alert " + alertId);
    }
    return alert;
  }

  /** {@return the dealer the request's token belongs to} */
  static String dealerOf(SimRequest request) {
    return request.requirePrincipal().attribute("dealer").orElse("");
  }

  /** {@return path parameter {@code accountId} when the caller's dealer owns it; 404 otherwise} */
  String reachableAccount(SimRequest request) {
    String accountId = request.pathParam("accountId");
    Map<String, @Nullable Object> account = accounts.get(accountId);
    if (account == null || !dealerOf(request).equals(account.get("dealerId"))) {
      throw new ApiError(404, "not_found", "No account " + accountId);
    }
    return accountId;
  }

  /** {@return the alert of path parameter {@code alertId} when the caller's dealer owns it; 404 otherwise} */
  SimAlert reachableAlert(SimRequest request) {
    String alertId = request.pathParam("alertId");
    SimAlert alert = alerts.get(alertId);
    if (alert == null || !dealerOf(request).equals(accounts.get(alert.accountId).get("dealerId"))) {
      throw new ApiError(404, "not_found", "No alert " + alertId);
    }
    return alert;
  }

  /** Applies a change, bumps {@code updatedAt} to now (strictly later than before) and queues a webhook. */
  void change(SimAlert alert, Consumer<SimAlert> mutation) {
    mutation.accept(alert);
    Instant now = clock.instant();
    alert.updatedAt = now.isAfter(alert.updatedAt) ? now : alert.updatedAt.plusMillis(1);
    queueWebhook("alert.updated", alert.id);
  }

  /** Raises a new alert for a member and queues its webhook. */
  SimAlert create(Member member, String type, String severity, Instant createdAt) {
    String id = String.format("al-%06d", nextAlertNumber++);
    Instant preferredStart = null;
    if (type.startsWith("Service Request")) {
      OffsetDateTime local = OffsetDateTime.ofInstant(createdAt, SimAlert.VENDOR_OFFSET);
      preferredStart =
          local.plusDays(1 + random.nextInt(3)).with(LocalTime.of(8 + random.nextInt(8), 0)).toInstant();
    }
    String trade = type.equals("Water Detected") ? "Plumbing" : member.trade();
    SimAlert alert =
        new SimAlert(
            id,
            member.accountId(),
            member.profileId(),
            type,
            severity,
            "PENDING",
            createdAt,
            preferredStart,
            member.json(),
            member.device(),
            AlertCatalog.detailsFor(type, random),
            trade);
    alerts.put(id, alert);
    queueWebhook("alert.created", id);
    return alert;
  }

  /** Queues an event with the alert's body as it is now (later changes get their own event). */
  private void queueWebhook(String event, String alertId) {
    if (webhooks.endpoint() != null) {
      webhooks.queue(event, alertId, Json.write(require(alertId).toJson()));
    }
  }
}
