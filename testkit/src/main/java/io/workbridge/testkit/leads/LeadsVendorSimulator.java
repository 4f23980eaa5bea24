package io.workbridge.testkit.leads;

import io.workbridge.testkit.ApiError;
import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.JsonObject;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.SimRequest;
import io.workbridge.testkit.SimResponse;
import io.workbridge.testkit.contract.OpenApiContract;
import io.workbridge.testkit.fault.FaultSchedule;
import io.workbridge.testkit.journal.RequestJournal;
import io.workbridge.testkit.oauth.OAuthServer;
import io.workbridge.testkit.ratelimit.RateLimit;
import io.workbridge.testkit.webhook.WebhookSender;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A stateful simulator of the leads vendor's partner alerts API, contract v1 (the wire format documented in
 * {@code leads-client/README.md}), on MockWebServer.
 *
 * <p><b>Data</b> (seeded, reproducible): dealer {@value #DEALER_ID} with three accounts — one with two
 * profiles, one plumbing account without profiles, one with a single profile — and an account of another
 * dealer that the default credentials cannot reach; members across the HVAC and plumbing verticals; and a
 * week of alerts mixing the seven actionable types of SPEC LD-3 with insights and notices, across the
 * severities the vendor has used (Critical, Urgent, Warning, Caution, Watching). Times are rendered with
 * the vendor's local offset ({@code -06:00}).
 *
 * <p><b>Behaviour</b>: OAuth client credentials at {@code POST /oauth/token} (1-hour tokens), bearer on
 * every call, 20 requests per second per client (429 with {@code Retry-After}), every request validated
 * against {@code openapi/leads/partner-v1.json}; a cursor feed ordered by {@code updatedAt}, then id, with
 * inclusive {@code updatedSince}; an outcome write-back that obeys the alert lifecycle (the same status
 * again is a no-op 204, an illegal transition 409); faults from {@link #faults()}.
 *
 * <p><b>Time</b>: {@link #advance(Duration)} moves the clock in 10-minute steps and lets the world evolve:
 * new alerts, dealers snoozing, resolving or dismissing alerts in the dashboard, snoozed alerts waking up,
 * readings updated. Each change bumps {@code updatedAt} and queues a webhook event.
 *
 * <p><b>Webhooks</b>: {@link #webhookEndpoint(String)} registers a receiver; {@link #deliverWebhooks()}
 * posts the queued events signed with {@code X-Alert-Signature: v1=<hex HMAC-SHA256(secret, timestamp +
 * "." + body)>} and keeps the ones not answered 2xx for the next call (the vendor retries).
 */
public final class LeadsVendorSimulator implements AutoCloseable {
  /** The dealer the default credentials belong to. */
  public static final String DEALER_ID = "dlr-100";

  /** The default OAuth client id. */
  public static final String CLIENT_ID = "workbridge-dealer-100";

  /** The default OAuth client secret. */
  public static final String CLIENT_SECRET = "leads-sim-client-secret";

  /** The default webhook signing secret. */
  public static final String WEBHOOK_SECRET = "leads-sim-webhook-secret";

  /** Account with two profiles. */
  public static final String ACCOUNT_WITH_PROFILES = "acc-100-austin";

  /** Plumbing account without profiles (LD-7). */
  public static final String ACCOUNT_WITHOUT_PROFILES = "acc-100-plumbing";

  /** Account with one profile. */
  public static final String ACCOUNT_WITH_ONE_PROFILE = "acc-100-roundrock";

  /** An account of another dealer; not reachable with the default credentials. */
  public static final String FOREIGN_ACCOUNT = "acc-200-lakeside";

  /** How many alerts the seeded week holds unless a constructor says otherwise. */
  public static final int HISTORY_ALERTS = 40;

  private static final int DEFAULT_LIMIT = 100;
  private static final Duration STEP = Duration.ofMinutes(10);
  private static final Set<String> OUTCOMES = Set.of("SCHEDULED", "DISMISSED", "RESOLVED");
  private static final Map<String, Set<String>> TRANSITIONS =
      Map.of(
          "PENDING", Set.of("SCHEDULED", "DISMISSED", "RESOLVED", "SNOOZED"),
          "SNOOZED", Set.of("PENDING", "SCHEDULED", "DISMISSED", "RESOLVED"),
          "SCHEDULED", Set.of("RESOLVED", "DISMISSED"),
          "RESOLVED", Set.of(),
          "DISMISSED", Set.of());

  private final MutableClock clock;
  private final Random random;
  private final String webhookSecret;
  private final OAuthServer oauth;
  private final ApiSimulator api;
  private final WebhookSender webhookSender = new WebhookSender();

  private final Map<String, Map<String, @Nullable Object>> accounts = new LinkedHashMap<>();
  private final Map<String, List<Map<String, @Nullable Object>>> profiles = new LinkedHashMap<>();
  private final Map<String, List<Member>> members = new LinkedHashMap<>();
  private final Map<String, SimAlert> alerts = new LinkedHashMap<>();
  private final List<String[]> pendingWebhooks = new ArrayList<>();
  private final List<WebhookDelivery> deliveries = new ArrayList<>();
  private @Nullable String webhookUrl;
  private int emptyPagesToInsert;
  private int nextAlertNumber = 1;

  /** A member (homeowner) of an account, with the profile and vertical the alerts inherit. */
  private record Member(
      String accountId, @Nullable String profileId, String trade, Map<String, @Nullable Object> json,
      @Nullable Map<String, @Nullable Object> device) {}

  /**
   * A simulator with the default seed (42) and webhook secret, on the given clock. Call {@link #start()}.
   *
   * @param clock the clock shared with the client under test
   */
  public LeadsVendorSimulator(MutableClock clock) {
    this(clock, 42L, WEBHOOK_SECRET);
  }

  /**
   * A simulator with explicit seed and webhook secret.
   *
   * @param clock the clock shared with the client under test
   * @param seed the seed of all generated data and evolution
   * @param webhookSecret the secret webhooks are signed with
   */
  public LeadsVendorSimulator(MutableClock clock, long seed, String webhookSecret) {
    this(clock, seed, webhookSecret, HISTORY_ALERTS);
  }

  /**
   * A simulator with explicit seed, webhook secret and size of the alert history.
   *
   * @param clock the clock shared with the client under test
   * @param seed the seed of all generated data and evolution
   * @param webhookSecret the secret webhooks are signed with
   * @param historyAlerts how many alerts the past week holds at start (the other constructors: {@value
   *     #HISTORY_ALERTS}); 0 starts with accounts and members only, for a test that raises every alert itself
   */
  public LeadsVendorSimulator(MutableClock clock, long seed, String webhookSecret, int historyAlerts) {
    if (historyAlerts < 0) {
      throw new IllegalArgumentException("historyAlerts must not be negative, was " + historyAlerts);
    }
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = new Random(seed);
    this.webhookSecret = Objects.requireNonNull(webhookSecret, "webhookSecret");
    this.oauth =
        OAuthServer.builder()
            .clock(clock)
            .tokenPath("/oauth/token")
            .accessTokenLifetime(Duration.ofHours(1))
            .build()
            .registerClient(CLIENT_ID, CLIENT_SECRET, Map.of("dealer", DEALER_ID));
    this.api =
        ApiSimulator.builder("leads")
            .clock(clock)
            .errorRenderer(
                (error, request) ->
                    SimResponse.json(
                        error.status(),
                        Json.obj(
                            "error",
                            Json.obj(
                                "code", error.code().orElse(defaultCode(error.status())),
                                "message", error.message(),
                                "requestId", "req-" + request.number())))
                        .withHeaders(error.headers()))
            .oauth(oauth)
            .rateLimit(
                RateLimit.builder("partner")
                    .limit(20)
                    .per(Duration.ofSeconds(1))
                    .key(RateLimit.byClient())
                    .response(
                        hit ->
                            SimResponse.json(
                                    429,
                                    Json.obj(
                                        "error",
                                        Json.obj(
                                            "code", "rate_limited",
                                            "message", "More than 20 requests per second",
                                            "requestId", "req-429")))
                                .withHeader("Retry-After", Long.toString(hit.retryAfterSeconds())))
                    .build())
            .contract(
                OpenApiContract.builder()
                    .spec("", "openapi/leads/partner-v1.json")
                    .ignorePaths("/oauth/token")
                    .build())
            .validateResponses(true)
            .faultSeed(seed)
            .get("/v1/accounts", this::listAccounts)
            .get("/v1/accounts/{accountId}/profiles", this::listProfiles)
            .get("/v1/accounts/{accountId}/alerts", this::feed)
            .get("/v1/alerts/{alertId}", this::getAlert)
            .post("/v1/alerts/{alertId}/outcome", this::outcome)
            .build();
    seed(historyAlerts);
  }

  // ---------------------------------------------------------------- lifecycle and plumbing

  /**
   * Starts the server (and loads the contract).
   *
   * @return this simulator
   */
  public LeadsVendorSimulator start() {
    api.start();
    return this;
  }

  /** {@return the base URL, ending in {@code /}} */
  public String baseUrl() {
    return api.baseUrl();
  }

  /**
   * {@return the absolute URL of a path on the simulator, e.g. {@code url("/v1/accounts")}}
   *
   * @param path the path, relative to the simulator's base URL
   */
  public String url(String path) {
    return api.url(path);
  }

  /** {@return the token endpoint's URL} */
  public String tokenUrl() {
    return api.tokenUrl();
  }

  /** {@return the underlying simulator: journal, rate limits, contract violations, {@code verify()}} */
  public ApiSimulator api() {
    return api;
  }

  /** {@return the OAuth server (register more clients, revoke or expire tokens)} */
  public OAuthServer oauth() {
    return oauth;
  }

  /** {@return the fault schedule (errors, delays and disconnects for coming requests)} */
  public FaultSchedule faults() {
    return api.faults();
  }

  /** {@return every request received} */
  public RequestJournal journal() {
    return api.journal();
  }

  /** {@return the simulator's clock} */
  public MutableClock clock() {
    return clock;
  }

  /** {@return the secret webhooks are signed with} */
  public String webhookSecret() {
    return webhookSecret;
  }

  /**
   * Registers another OAuth client of a dealer.
   *
   * @param clientId the client id
   * @param clientSecret the secret
   * @param dealerId the dealer whose accounts it reaches
   * @return this simulator
   */
  public LeadsVendorSimulator registerClient(String clientId, String clientSecret, String dealerId) {
    oauth.registerClient(clientId, clientSecret, Map.of("dealer", dealerId));
    return this;
  }

  /** Stops the server and fails on contract violations or handler errors seen during the test. */
  @Override
  public void close() {
    webhookSender.close();
    api.close();
  }

  // ---------------------------------------------------------------- test helpers (state)

  /** {@return ids of all accounts, the foreign one included} */
  public List<String> accountIds() {
    return api.exclusive(() -> List.copyOf(accounts.keySet()));
  }

  /**
   * {@return ids of an account's alerts, oldest first}
   *
   * @param accountId the vendor account's id
   */
  public List<String> alertIds(String accountId) {
    return api.exclusive(
        () -> alerts.values().stream().filter(a -> a.accountId.equals(accountId)).map(a -> a.id).toList());
  }

  /**
   * {@return an alert as the API would render it now}
   *
   * @param alertId the alert's id at the leads vendor
   */
  public Optional<Map<String, @Nullable Object>> alert(String alertId) {
    return api.exclusive(() -> Optional.ofNullable(alerts.get(alertId)).map(SimAlert::toJson));
  }

  /**
   * {@return an alert's current status}
   *
   * @param alertId the alert's id at the leads vendor
   */
  public String status(String alertId) {
    return api.exclusive(() -> require(alertId).status);
  }

  /**
   * {@return the outcomes written back for an alert, in order: {@code status}, {@code externalRef}, {@code
   * note}}
   *
   * @param alertId the alert's id at the leads vendor
   */
  public List<Map<String, @Nullable Object>> outcomes(String alertId) {
    return api.exclusive(() -> List.copyOf(require(alertId).outcomes));
  }

  /**
   * The vendor raises a new alert now for a seeded member of the account.
   *
   * @param accountId the vendor account's id
   * @param type the enum type
   * @param severity the alert's severity
   * @return the new alert's id
   */
  public String raiseAlert(String accountId, String type, String severity) {
    return api.exclusive(
        () -> {
          List<Member> candidates = members.get(accountId);
          if (candidates == null) {
            throw new IllegalArgumentException("unknown account " + accountId);
          }
          return create(AlertCatalog.pick(candidates, random), type, severity, clock.instant()).id;
        });
  }

  /**
   * A dealer changes an alert's status in the dashboard (any status; no lifecycle check).
   *
   * @param alertId the alert's id at the leads vendor
   * @param status the alert's new status
   */
  public void dealerSetsStatus(String alertId, String status) {
    api.exclusive(() -> change(require(alertId), a -> a.status = status));
  }

  /**
   * The vendor updates an alert's details (a new reading), bumping {@code updatedAt}.
   *
   * @param alertId the alert's id at the leads vendor
   * @param key the detail's key
   * @param value the detail's new value
   */
  public void updateDetail(String alertId, String key, String value) {
    api.exclusive(() -> change(require(alertId), a -> a.details.put(key, value)));
  }

  /**
   * Makes an alert malformed from now on by dropping a field from its JSON, e.g. {@code
   * "member.address.city"} or {@code "updatedAt"} (for tests of bad-record handling). Answers carrying a
   * field the description requires (such as {@code updatedAt}) are then recorded as response contract
   * violations: call {@code api().clearProblems()} before closing in such a test.
   *
   * @param alertId the alert's id at the leads vendor
   * @param fieldPath the field's path
   */
  public void corruptAlert(String alertId, String fieldPath) {
    api.exclusive(() -> require(alertId).removedFields.add(fieldPath));
  }

  /**
   * The next {@code count} feed pages that have a follow-up answer empty, with a fresh cursor.
   *
   * @param count how many
   */
  public void insertEmptyPages(int count) {
    api.exclusive(() -> emptyPagesToInsert = count);
  }

  /**
   * Moves the clock forward in 10-minute steps; at each step the world may change (seeded): a new alert,
   * a dealer acting on a pending alert, a snoozed alert waking up, or a new reading.
   *
   * @param duration how long
   * @return the number of alert changes made
   */
  public int advance(Duration duration) {
    return api.exclusive(
        () -> {
          int changes = 0;
          Duration left = duration;
          while (!left.isNegative() && !left.isZero()) {
            Duration step = left.compareTo(STEP) < 0 ? left : STEP;
            clock.advance(step);
            left = left.minus(step);
            changes += evolveOnce();
          }
          return changes;
        });
  }

  // ---------------------------------------------------------------- webhooks

  /**
   * Registers the integrator's webhook URL; changes from now on are queued for it.
   *
   * @param url the URL
   */
  public void webhookEndpoint(String url) {
    api.exclusive(() -> webhookUrl = Objects.requireNonNull(url, "url"));
  }

  /**
   * Posts every queued event to the registered URL, signed now; events not answered 2xx stay queued for
   * the next call (the vendor retries).
   *
   * @return the deliveries attempted
   */
  public List<WebhookDelivery> deliverWebhooks() {
    List<String[]> batch;
    String url;
    synchronized (pendingWebhooks) {
      batch = new ArrayList<>(pendingWebhooks);
      pendingWebhooks.clear();
    }
    url = api.exclusive(() -> webhookUrl);
    if (url == null) {
      throw new IllegalStateException("no webhook endpoint registered");
    }
    List<WebhookDelivery> attempted = new ArrayList<>();
    List<String[]> failed = new ArrayList<>();
    for (String[] event : batch) {
      WebhookDelivery delivery = send(url, event[1], event[0], event[2]);
      attempted.add(delivery);
      if (!delivery.delivered()) {
        failed.add(event);
      }
    }
    synchronized (pendingWebhooks) {
      pendingWebhooks.addAll(0, failed);
    }
    return attempted;
  }

  /** {@return how many webhook events wait for delivery} */
  public int pendingWebhookCount() {
    synchronized (pendingWebhooks) {
      return pendingWebhooks.size();
    }
  }

  /** {@return every delivery attempted so far} */
  public List<WebhookDelivery> webhookDeliveries() {
    synchronized (deliveries) {
      return List.copyOf(deliveries);
    }
  }

  /**
   * Posts one signed webhook for an alert right now, whether or not an endpoint is registered.
   *
   * @param url the receiver
   * @param alertId the alert to send (as the API renders it now)
   * @param event {@code alert.created} or {@code alert.updated}
   * @return the delivery
   */
  public WebhookDelivery push(String url, String alertId, String event) {
    return send(url, alertId, event, api.exclusive(() -> Json.write(require(alertId).toJson())));
  }

  private WebhookDelivery send(String url, String alertId, String event, String body) {
    long timestamp = clock.instant().getEpochSecond();
    String signature = signature(webhookSecret, timestamp, body);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Alert-Event", event);
    headers.put("X-Alert-Timestamp", Long.toString(timestamp));
    headers.put("X-Alert-Signature", signature);
    int status = webhookSender.post(url, headers, body).status();
    WebhookDelivery delivery = new WebhookDelivery(event, alertId, timestamp, signature, body, status);
    synchronized (deliveries) {
      deliveries.add(delivery);
    }
    return delivery;
  }

  /**
   * {@return the {@code X-Alert-Signature} value: {@code v1=} and the hex HMAC-SHA256 of {@code timestamp +
   * "." + body} under the secret}
   *
   * @param secret the shared signing secret
   * @param timestamp the timestamp, in Unix seconds
   * @param body the request body
   */
  public static String signature(String secret, long timestamp, String body) {
    return "v1=" + WebhookSender.hmacSha256Hex(secret, timestamp + "." + body);
  }

  // ---------------------------------------------------------------- handlers

  private SimResponse listAccounts(SimRequest request) {
    String dealer = dealerOf(request);
    List<Object> data = new ArrayList<>();
    for (Map<String, @Nullable Object> account : accounts.values()) {
      if (dealer.equals(account.get("dealerId"))) {
        data.add(account);
      }
    }
    return SimResponse.ok(Json.obj("data", data));
  }

  private SimResponse listProfiles(SimRequest request) {
    String accountId = reachableAccount(request);
    return SimResponse.ok(Json.obj("data", new ArrayList<Object>(profiles.get(accountId))));
  }

  private SimResponse getAlert(SimRequest request) {
    return SimResponse.ok(reachableAlert(request).toJson());
  }

  private SimResponse feed(SimRequest request) {
    String accountId = reachableAccount(request);
    long limit = request.queryLong("limit").orElse((long) DEFAULT_LIMIT);
    if (limit < 1 || limit > 500) {
      throw new ApiError(400, "invalid_limit", "limit must be 1 to 500");
    }
    Instant since = request.query("updatedSince").map(LeadsVendorSimulator::parseSince).orElse(null);
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
        alerts.values().stream()
            .filter(a -> a.accountId.equals(accountId))
            .filter(a -> since == null || !a.updatedAt.isBefore(since))
            .filter(a -> position == null || position.isBefore(a))
            .sorted(Comparator.comparing((SimAlert a) -> a.updatedAt).thenComparing(a -> a.id))
            .toList();
    int sequence = position == null ? 1 : position.sequence() + 1;
    if (position != null && emptyPagesToInsert > 0 && !matching.isEmpty()) {
      emptyPagesToInsert--;
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
    SimAlert alert = reachableAlert(request);
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
            "at", clock.instant().toString());
    change(
        alert,
        a -> {
          a.status = status;
          a.outcomes.add(outcome);
        });
    return SimResponse.noContent();
  }

  // ---------------------------------------------------------------- helpers

  private static String defaultCode(int status) {
    return switch (status) {
      case 400 -> "invalid_request";
      case 401 -> "invalid_token";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 409 -> "conflict";
      case 429 -> "rate_limited";
      default -> status >= 500 ? "server_error" : "error";
    };
  }

  private static String dealerOf(SimRequest request) {
    return request.requirePrincipal().attribute("dealer").orElse("");
  }

  private String reachableAccount(SimRequest request) {
    String accountId = request.pathParam("accountId");
    Map<String, @Nullable Object> account = accounts.get(accountId);
    if (account == null || !dealerOf(request).equals(account.get("dealerId"))) {
      throw new ApiError(404, "not_found", "No account " + accountId);
    }
    return accountId;
  }

  private SimAlert reachableAlert(SimRequest request) {
    String alertId = request.pathParam("alertId");
    SimAlert alert = alerts.get(alertId);
    if (alert == null || !dealerOf(request).equals(accounts.get(alert.accountId).get("dealerId"))) {
      throw new ApiError(404, "not_found", "No alert " + alertId);
    }
    return alert;
  }

  private SimAlert require(String alertId) {
    SimAlert alert = alerts.get(alertId);
    if (alert == null) {
      throw new IllegalArgumentException("unknown alert " + alertId);
    }
    return alert;
  }

  private static Instant parseSince(String value) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException invalid) {
      throw new ApiError(400, "invalid_updated_since", "updatedSince must be an RFC 3339 date-time");
    }
  }

  /** Applies a change, bumps {@code updatedAt} to now (strictly later than before) and queues a webhook. */
  private void change(SimAlert alert, java.util.function.Consumer<SimAlert> mutation) {
    mutation.accept(alert);
    Instant now = clock.instant();
    alert.updatedAt = now.isAfter(alert.updatedAt) ? now : alert.updatedAt.plusMillis(1);
    queueWebhook("alert.updated", alert.id);
  }

  /** Queues an event with the alert's body as it is now (later changes get their own event). */
  private void queueWebhook(String event, String alertId) {
    if (webhookUrl != null) {
      String body = Json.write(require(alertId).toJson());
      synchronized (pendingWebhooks) {
        pendingWebhooks.add(new String[] {event, alertId, body});
      }
    }
  }

  private SimAlert create(Member member, String type, String severity, Instant createdAt) {
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

  private String randomType() {
    return random.nextInt(10) < 6
        ? AlertCatalog.pick(AlertCatalog.ACTIONABLE_TYPES, random)
        : AlertCatalog.pick(AlertCatalog.OTHER_TYPES, random);
  }

  private int evolveOnce() {
    int changes = 0;
    if (random.nextInt(100) < 15) {
      List<String> reachable = new ArrayList<>(members.keySet());
      Member member = AlertCatalog.pick(members.get(AlertCatalog.pick(reachable, random)), random);
      String type = randomType();
      create(member, type, AlertCatalog.severityFor(type, random), clock.instant());
      changes++;
    }
    List<SimAlert> pending = alerts.values().stream().filter(a -> a.status.equals("PENDING")).toList();
    if (!pending.isEmpty() && random.nextInt(100) < 10) {
      int roll = random.nextInt(4);
      String status = roll < 2 ? "SNOOZED" : roll == 2 ? "RESOLVED" : "DISMISSED";
      change(AlertCatalog.pick(pending, random), a -> a.status = status);
      changes++;
    }
    List<SimAlert> snoozed = alerts.values().stream().filter(a -> a.status.equals("SNOOZED")).toList();
    if (!snoozed.isEmpty() && random.nextInt(100) < 5) {
      change(AlertCatalog.pick(snoozed, random), a -> a.status = "PENDING");
      changes++;
    }
    if (!pending.isEmpty() && random.nextInt(100) < 5) {
      SimAlert alert = AlertCatalog.pick(pending, random);
      change(alert, a -> a.details.put("lastReadingAt", SimAlert.time(clock.instant())));
      changes++;
    }
    return changes;
  }

  // ---------------------------------------------------------------- seed data

  private void seed(int historyAlerts) {
    addAccount(ACCOUNT_WITH_PROFILES, "Comfort Pros - Austin", DEALER_ID, "HVAC",
        "prof-austin-res", "Residential", "prof-austin-lc", "Light Commercial");
    addAccount(ACCOUNT_WITHOUT_PROFILES, "Comfort Pros Plumbing", DEALER_ID, "Plumbing");
    addAccount(ACCOUNT_WITH_ONE_PROFILE, "Comfort Pros - Round Rock", DEALER_ID, "HVAC",
        "prof-rr-smart", "Smart Maintenance Members");
    addAccount(FOREIGN_ACCOUNT, "Lakeside Heating & Air", "dlr-200", "HVAC");

    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Instant start = now.minus(Duration.ofDays(7));
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < historyAlerts; i++) {
      times.add(start.plusSeconds(random.nextInt((int) Duration.ofDays(7).toSeconds() - 3600)));
    }
    times.sort(Comparator.naturalOrder());
    List<String> accountIds = new ArrayList<>(members.keySet());
    for (Instant createdAt : times) {
      Member member = AlertCatalog.pick(members.get(AlertCatalog.pick(accountIds, random)), random);
      String type = randomType();
      SimAlert alert = create(member, type, AlertCatalog.severityFor(type, random), createdAt);
      int roll = random.nextInt(10);
      if (roll >= 7) {
        alert.status = List.of("SNOOZED", "RESOLVED", "DISMISSED").get(roll - 7);
        alert.updatedAt = createdAt.plusSeconds(600 + random.nextInt(3000));
      }
    }
  }

  private void addAccount(String id, String name, String dealerId, String trade, String... profileIdsAndNames) {
    accounts.put(id, Json.obj("id", id, "name", name, "dealerId", dealerId));
    List<Map<String, @Nullable Object>> accountProfiles = new ArrayList<>();
    for (int i = 0; i < profileIdsAndNames.length; i += 2) {
      accountProfiles.add(Json.obj("id", profileIdsAndNames[i], "name", profileIdsAndNames[i + 1]));
    }
    profiles.put(id, accountProfiles);
    List<Member> accountMembers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String first = AlertCatalog.pick(AlertCatalog.FIRST_NAMES, random);
      String last = AlertCatalog.pick(AlertCatalog.LAST_NAMES, random);
      String[] city = AlertCatalog.pick(AlertCatalog.CITIES, random);
      Map<String, @Nullable Object> address =
          Json.obj(
              "street", (100 + random.nextInt(9800)) + " " + AlertCatalog.pick(AlertCatalog.STREETS, random),
              "unit", random.nextInt(5) == 0 ? "Apt " + (1 + random.nextInt(30)) : null,
              "city", city[0],
              "state", city[1],
              "zip", city[2],
              "country", "US");
      boolean e164 = random.nextBoolean();
      String digits = String.format("%04d", random.nextInt(10_000));
      Map<String, @Nullable Object> member =
          Json.obj(
              "firstName", first,
              "lastName", last,
              "email", random.nextInt(6) == 0 ? null
                  : (first + "." + last).toLowerCase(java.util.Locale.ROOT).replace("'", "") + "@example.com",
              "phone", e164 ? "+1512555" + digits : "(512) 555-" + digits,
              "address", address);
      Map<String, @Nullable Object> device =
          random.nextInt(7) == 0
              ? null
              : Json.obj(
                  "hubId", "hub-" + (10_000 + random.nextInt(90_000)),
                  "thermostatModel", AlertCatalog.pick(AlertCatalog.THERMOSTATS, random),
                  "systemType",
                  trade.equals("Plumbing") ? "Water Heater" : AlertCatalog.pick(AlertCatalog.SYSTEM_TYPES, random));
      String profileId =
          accountProfiles.isEmpty()
              ? null
              : (String) accountProfiles.get(random.nextInt(accountProfiles.size())).get("id");
      accountMembers.add(new Member(id, profileId, trade, member, device));
    }
    members.put(id, accountMembers);
  }

  /** A feed position: after ({@code updatedAt}, {@code alertId}) of a walk with a given {@code updatedSince}. */
  private record FeedCursor(
      String accountId, @Nullable Instant since, Instant updatedAt, String alertId, int sequence) {

    boolean isBefore(SimAlert alert) {
      int byTime = alert.updatedAt.compareTo(updatedAt);
      return byTime > 0 || (byTime == 0 && alert.id.compareTo(alertId) > 0);
    }

    String encode() {
      String text =
          String.join(
              "|",
              accountId,
              since == null ? "-" : since.toString(),
              updatedAt.toString(),
              alertId,
              Integer.toString(sequence));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static FeedCursor decode(String cursor) {
      try {
        String[] parts =
            new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
        if (parts.length != 5) {
          throw new IllegalArgumentException("parts");
        }
        return new FeedCursor(
            parts[0],
            parts[1].equals("-") ? null : Instant.parse(parts[1]),
            Instant.parse(parts[2]),
            parts[3],
            Integer.parseInt(parts[4]));
      } catch (IllegalArgumentException | DateTimeParseException broken) {
        throw new ApiError(400, "invalid_cursor", "cursor is not one this API issued");
      }
    }
  }
}
