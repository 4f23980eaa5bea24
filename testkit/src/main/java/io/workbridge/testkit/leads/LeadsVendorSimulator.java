package io.workbridge.testkit.leads;

import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.contract.OpenApiContract;
import io.workbridge.testkit.fault.FaultSchedule;
import io.workbridge.testkit.journal.RequestJournal;
import io.workbridge.testkit.oauth.OAuthServer;
import io.workbridge.testkit.ratelimit.RateLimit;
import io.workbridge.testkit.webhook.WebhookSender;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
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

  private static final Duration STEP = Duration.ofMinutes(10);

  private final MutableClock clock;
  private final OAuthServer oauth;
  private final ApiSimulator api;
  private final LeadsWebhooks webhooks;
  private final LeadsState state;
  private final LeadsWorld world;

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
    this.webhooks = new LeadsWebhooks(clock, Objects.requireNonNull(webhookSecret, "webhookSecret"));
    this.state = new LeadsState(clock, new Random(seed), webhooks);
    this.world = new LeadsWorld(state);
    this.oauth =
        OAuthServer.builder()
            .clock(clock)
            .tokenPath("/oauth/token")
            .accessTokenLifetime(Duration.ofHours(1))
            .build()
            .registerClient(CLIENT_ID, CLIENT_SECRET, Map.of("dealer", DEALER_ID));
    ApiSimulator.Builder simulator =
        ApiSimulator.builder("leads")
            .clock(clock)
            .errorRenderer(LeadsErrors::render)
            .oauth(oauth)
            .rateLimit(
                RateLimit.builder("partner")
                    .limit(20)
                    .per(Duration.ofSeconds(1))
                    .key(RateLimit.byClient())
                    .response(LeadsErrors::rateLimited)
                    .build())
            .contract(
                OpenApiContract.builder()
                    .spec("", "openapi/leads/partner-v1.json")
                    .ignorePaths("/oauth/token")
                    .build())
            .validateResponses(true)
            .faultSeed(seed);
    new AccountRoutes(state).register(simulator);
    new AlertRoutes(state).register(simulator);
    this.api = simulator.build();
    world.seed(historyAlerts);
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
    return webhooks.secret();
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
    webhooks.close();
    api.close();
  }

  // ---------------------------------------------------------------- test helpers (state)

  /** {@return ids of all accounts, the foreign one included} */
  public List<String> accountIds() {
    return api.exclusive(() -> List.copyOf(state.accounts.keySet()));
  }

  /**
   * {@return ids of an account's alerts, oldest first}
   *
   * @param accountId the vendor account's id
   */
  public List<String> alertIds(String accountId) {
    return api.exclusive(
        () -> state.alerts.values().stream().filter(a -> a.accountId.equals(accountId)).map(a -> a.id).toList());
  }

  /**
   * {@return an alert as the API would render it now}
   *
   * @param alertId the alert's id at the leads vendor
   */
  public Optional<Map<String, @Nullable Object>> alert(String alertId) {
    return api.exclusive(() -> Optional.ofNullable(state.alerts.get(alertId)).map(SimAlert::toJson));
  }

  /**
   * {@return an alert's current status}
   *
   * @param alertId the alert's id at the leads vendor
   */
  public String status(String alertId) {
    return api.exclusive(() -> state.require(alertId).status);
  }

  /**
   * {@return the outcomes written back for an alert, in order: {@code status}, {@code externalRef}, {@code
   * note}}
   *
   * @param alertId the alert's id at the leads vendor
   */
  public List<Map<String, @Nullable Object>> outcomes(String alertId) {
    return api.exclusive(() -> List.copyOf(state.require(alertId).outcomes));
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
          List<LeadsState.Member> candidates = state.members.get(accountId);
          if (candidates == null) {
            throw new IllegalArgumentException("unknown account " + accountId);
          }
          return state.create(AlertCatalog.pick(candidates, state.random), type, severity, clock.instant()).id;
        });
  }

  /**
   * A dealer changes an alert's status in the dashboard (any status; no lifecycle check).
   *
   * @param alertId the alert's id at the leads vendor
   * @param status the alert's new status
   */
  public void dealerSetsStatus(String alertId, String status) {
    api.exclusive(() -> state.change(state.require(alertId), a -> a.status = status));
  }

  /**
   * The vendor updates an alert's details (a new reading), bumping {@code updatedAt}.
   *
   * @param alertId the alert's id at the leads vendor
   * @param key the detail's key
   * @param value the detail's new value
   */
  public void updateDetail(String alertId, String key, String value) {
    api.exclusive(() -> state.change(state.require(alertId), a -> a.details.put(key, value)));
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
    api.exclusive(() -> state.require(alertId).removedFields.add(fieldPath));
  }

  /**
   * The next {@code count} feed pages that have a follow-up answer empty, with a fresh cursor.
   *
   * @param count how many
   */
  public void insertEmptyPages(int count) {
    api.exclusive(() -> state.emptyPagesToInsert = count);
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
            changes += world.evolveOnce();
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
    api.exclusive(() -> webhooks.endpoint(url));
  }

  /**
   * Posts every queued event to the registered URL, signed now; events not answered 2xx stay queued for
   * the next call (the vendor retries).
   *
   * @return the deliveries attempted
   */
  public List<WebhookDelivery> deliverWebhooks() {
    List<String[]> batch = webhooks.takePending();
    String url = api.exclusive(() -> webhooks.endpoint());
    if (url == null) {
      throw new IllegalStateException("no webhook endpoint registered");
    }
    return webhooks.deliver(url, batch);
  }

  /** {@return how many webhook events wait for delivery} */
  public int pendingWebhookCount() {
    return webhooks.pendingCount();
  }

  /** {@return every delivery attempted so far} */
  public List<WebhookDelivery> webhookDeliveries() {
    return webhooks.deliveries();
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
    return webhooks.send(url, alertId, event, api.exclusive(() -> Json.write(state.require(alertId).toJson())));
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
}
