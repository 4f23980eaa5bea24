package io.workbridge.testkit.servicechannel;

import static io.workbridge.testkit.servicechannel.ScErrors.sc;

import io.workbridge.testkit.ApiError;
import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.SimRequest;
import io.workbridge.testkit.SimResponse;
import io.workbridge.testkit.contract.OpenApiContract;
import io.workbridge.testkit.contract.ResponseDeviation;
import io.workbridge.testkit.journal.RequestJournal;
import io.workbridge.testkit.oauth.ClientAuthentication;
import io.workbridge.testkit.oauth.GrantType;
import io.workbridge.testkit.oauth.OAuthServer;
import io.workbridge.testkit.ratelimit.RateLimit;
import io.workbridge.testkit.webhook.WebhookDelivery;
import io.workbridge.testkit.webhook.WebhookSender;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A stateful ServiceChannel API v3 simulator: one provider working for several subscribers, each with its own
 * status catalogue and rules. Faithful to the ServiceChannel reference where it matters to a client, and by
 * default <b>as harsh as the live API</b> (reference §4.8) — there is no kinder mode:
 *
 * <ul>
 *   <li>work orders in live shapes: the embedded {@code Location} is sparse (id, subscriber, store id, name,
 *       region, district, {@code TimeShiftToEST}; no address, coordinates, radius or time zone) and the REST
 *       {@code LocationId} is 0 — address, phone, GPS and zone come from {@code GET /locations/{id}} and {@code
 *       GET /workorders/{id}/GPSRadius}; {@code ScheduledDate}/{@code ExpirationDate} are the store's wall clock
 *       written as if UTC ({@code Z} and {@code +00:00} twins) while {@code CallDate_DTO}/{@code UpdatedDate_DTO}
 *       carry the store's real offset; {@code Notes {Count {Own, Total}, Last}} and {@code Attachments {Count}};
 *       {@code Provider} absent from OData rows unless {@code $expand=Provider};
 *   <li>note {@code CreatedBy} is the author's display name ({@value #USER_DISPLAY_NAME} for the API user,
 *       {@link SubscriberSetup#userName()} for the subscriber's user, {@code "."} for system notes) and {@code
 *       CompanyName} the author's company;
 *   <li>declines where the subscriber keeps decline history (the default): a status change to OPEN / DECLINED
 *       is answered 9001, the dedicated decline call needs a {@code DeclineReasonId} 1–6 (9003 otherwise);
 *   <li>webhook deliveries whose {@code Object} is a thin reference (ids, trade, category, {@code UpdatedBy},
 *       {@code UpdatedDate_DTO});
 *   <li>OAuth password grant with HTTP Basic client authentication and refresh tokens (600 s / 30 days), a 302
 *       to a login page for unknown clients, and one token call per 5 s per user (429 otherwise);
 *   <li>{@code ErrorResponse} bodies with numeric {@code ErrorCode}s; a 401 with code 504 for denied
 *       permissions; the {@code {"Reason": …}} body for throttling;
 *   <li>work orders by id, OData lists (the subset in {@link ODataQuery}, {@code $top} capped at 50, {@code
 *       $skip}, {@code $count}, the 90-day default window, nothing older than 365 days by call date), REST
 *       search; dates with 7 fraction digits and {@code _DTO} twins in the location's offset; ids near the
 *       int32 limit and 64-bit note ids;
 *   <li>status catalogues per subscriber, transitions, status change with 904/921, accept (5202 when already
 *       accepted) and decline (9001/9002/9003), each writing a system note and bumping {@code UpdatedDate};
 *   <li>append-only notes with {@code paging=page:size}; multipart attachments; check-in/out with GPS radius
 *       (941/942), MechanicId pairing and blocks on completed or invoiced work orders; invoices with the
 *       completed-status (904), NTE (1104), unique number (1107) and amount (1103/1119/1120) rules;
 *   <li>signed webhook deliveries ({@code Sign-Data}: base64 HMAC-SHA256 of the body) to a configured URL.
 * </ul>
 *
 * <p>Test helpers play the subscriber: {@link #createWorkOrder}, {@link #addSubscriberNote}, {@link
 * #changeNte}, {@link #cancel}, {@link #confirmCompletion}; {@link #providerAcceptInPortal} plays the provider's
 * own staff working in the web portal (SC-6); {@link #workOrderState} shows a work order as stored. All state
 * changes run under the simulator's lock.
 */
public final class ServiceChannelSimulator implements AutoCloseable {
  /** The provider's company id (as in ServiceChannel's public sandbox). */
  public static final long PROVIDER_ID = 2000090505L;
  /** The provider's name. */
  public static final String PROVIDER_NAME = "LF Incorporated LLC";
  /** The registered client id. */
  public static final String CLIENT_ID = "PR.2000090505.3f2a9c1e";
  /** The registered client secret. */
  public static final String CLIENT_SECRET = "sim-client-secret";
  /** The registered API user. */
  public static final String USERNAME = "api.user";
  /** The API user's password. */
  public static final String PASSWORD = "sim-user-password";
  /** The API user's display name: what {@code CreatedBy} shows on its notes (not its login). */
  public static final String USER_DISPLAY_NAME = "Avery Integration";
  /** The API user's ServiceChannel user id (the technician default for check-ins). */
  public static final long USER_ID = 1_900_000_001L;
  /** The provider's user who works in ServiceChannel's web portal (see {@link #providerAcceptInPortal}). */
  public static final String PORTAL_USER = "provider.dispatcher";
  /** The display name of {@link #PORTAL_USER}. */
  public static final String PORTAL_USER_DISPLAY_NAME = "Morgan Reyes";
  /** The login of the subscriber's user who plays the subscriber's side (display name: {@link SubscriberSetup#userName()}). */
  public static final String SUBSCRIBER_USER = "store.manager";

  private final OAuthServer oauth;
  private final ApiSimulator api;
  private final ScState state;
  private final ScWebhooks webhooks;
  private final ScChanges changes;
  private final RateLimit applicationLimit;
  private final RateLimit companyLimit;

  /**
   * A simulator on the given clock with production limits (300/min per client, 600/min per company).
   *
   * @param clock the clock to read time from
   */
  public ServiceChannelSimulator(Clock clock) {
    this(clock, 300, 600);
  }

  /**
   * A simulator on the given clock; call {@link #start()} before use.
   *
   * @param clock the clock to read time from
   * @param perClientPerMinute requests per minute per client id (application)
   * @param perCompanyPerMinute requests per minute per company (the provider)
   */
  public ServiceChannelSimulator(Clock clock, int perClientPerMinute, int perCompanyPerMinute) {
    this.state = new ScState(clock);
    this.webhooks = new ScWebhooks(state);
    this.changes = new ScChanges(state, webhooks);
    this.applicationLimit =
        RateLimit.builder("application")
            .limit(perClientPerMinute)
            .per(Duration.ofMinutes(1))
            .key(RateLimit.byClient())
            .response(hit -> ScErrors.throttled(hit, "Application"))
            .build();
    this.companyLimit =
        RateLimit.builder("company")
            .limit(perCompanyPerMinute)
            .per(Duration.ofMinutes(1))
            .key(RateLimit.byAttribute("company"))
            .response(hit -> ScErrors.throttled(hit, "Company"))
            .build();
    this.oauth =
        OAuthServer.builder()
            .clock(clock)
            .tokenPath("/oauth/token")
            .grants(GrantType.PASSWORD, GrantType.REFRESH_TOKEN)
            .clientAuthentication(ClientAuthentication.BASIC)
            .accessTokenLifetime(Duration.ofSeconds(600))
            .refreshTokenLifetime(Duration.ofDays(30))
            .tokenType("bearer")
            .redirectUnregisteredClientsTo("/Account/LogOn?ReturnUrl=%2foauth%2ftoken")
            .tokenCallLimit(
                1,
                Duration.ofSeconds(5),
                SimResponse.status(429)
                    .withHeader(
                        "Error-Message", "Rejected by security reason: Login attempts limit exceed."))
            .build()
            .registerClient(CLIENT_ID, CLIENT_SECRET, Map.of("company", Long.toString(PROVIDER_ID)))
            .registerUser(
                USERNAME, PASSWORD, Map.of("company", Long.toString(PROVIDER_ID), "userId", Long.toString(USER_ID)));
    ApiSimulator.Builder simulator =
        ApiSimulator.builder("servicechannel")
            .clock(clock)
            .errorRenderer(ScErrors::render)
            .oauth(oauth)
            .contract(
                OpenApiContract.builder()
                    .spec("/v3", "openapi/servicechannel/service-automation-v3.json")
                    // .NET byte fields (invoice SkillLevel, LaborType, NumOfTech, UnitType) are described as
                    // base64 "byte" strings; the API takes the small numbers the documentation lists ("1".."7").
                    .ignoreMessage("validation.request.body.schema.format.byte")
                    .responseDeviations(RESPONSE_DEVIATIONS)
                    .build())
            .validateResponses(true)
            .rateLimit(applicationLimit)
            .rateLimit(companyLimit)
            .filter(this::checkPermission);
    new WorkOrderRoutes(state).register(simulator);
    new StatusRoutes(state, changes).register(simulator);
    new NoteRoutes(state, changes, webhooks).register(simulator);
    new AttachmentRoutes(state, webhooks).register(simulator);
    new CheckInRoutes(state, changes, webhooks).register(simulator);
    new InvoiceRoutes(state, webhooks).register(simulator);
    this.api = simulator.build();
    state.attach(api);
  }

  /**
   * The known ways the simulator's answers differ from the official description, because the live API
   * answers so (each citing the reference) — or, where a reason says so, because a shape is not documented
   * either way. Response validation does not report them; everything else it does.
   */
  public static final List<ResponseDeviation> RESPONSE_DEVIATIONS =
      List.of(
          ResponseDeviation.of(
              "GET",
              "/v3/odata/.*",
              "Instance type \\(object\\) does not match any allowed primitive type \\(allowed: \\[\"array\"\\]\\)",
              "The description declares OData lists as bare arrays; live they answer the envelope"
                  + " {\"@odata.context\", \"value\": [...], \"@odata.count\"} (servicechannel.md §3.1)."),
          ResponseDeviation.of(
              "*",
              "/v3/.*",
              "Instance type \\(null\\)",
              "Swagger 2.0 cannot say nullable; the .NET API sends null for reference values it has none for"
                  + " (\"IssueTicketInfo\": null in captured work orders, servicechannel.md §4.8)."),
          ResponseDeviation.of(
              "GET",
              "/v3/workorders(/\\d+)?",
              "not allowed by the schema: \\[\"CheckInRange\"\\]",
              "CheckInRange is on every live work order and not in the description (servicechannel.md §4.8)."),
          ResponseDeviation.of(
              "GET",
              "/v3/workorders(/\\d+)?",
              "Location'\\] Object instance has properties which are not allowed by the schema: \\[\"District\",\"Region\"\\]",
              "The live embedded Location carries Region and District, which the description does not list"
                  + " (servicechannel.md §4.8)."),
          ResponseDeviation.of(
              "GET",
              "/v3/workorders/\\d+/notes",
              "Notes/\\d+/Visibility'\\] Instance type \\(integer\\)",
              "The description types a note's Visibility as a string; ServiceChannel documents the values as"
                  + " the numbers 0-3 (servicechannel.md §3.5), which the simulator answers."),
          ResponseDeviation.of(
              "GET",
              "/v3/workorders/\\d+/notes",
              "not allowed by the schema: \\[\"SubscriberName\"\\]",
              "Not documented live either way: the simulator's notes list names the subscriber, which the"
                  + " description does not list; clients ignore unknown fields."),
          ResponseDeviation.of(
              "POST",
              "/v3/(workorders/\\d+/notes|invoices)",
              "validation\\.response\\.body\\.unexpected",
              "The description gives these 201 answers no body; ServiceChannel documents that they return the"
                  + " new id (servicechannel.md §3.5 note id, §3.10 {\"Id\": n}), which the simulator answers."));

  /** A simulator on the system clock. */
  public ServiceChannelSimulator() {
    this(Clock.systemUTC());
  }

  /**
   * Starts the server.
   *
   * @return this simulator
   */
  public ServiceChannelSimulator start() {
    api.start();
    return this;
  }

  /** {@return the base URL of the API including {@code /v3/}} */
  public String apiBaseUrl() {
    return api.url("/v3/");
  }

  /** {@return the token endpoint URL} */
  public String tokenUrl() {
    return api.tokenUrl();
  }

  /** {@return every request received} */
  public RequestJournal journal() {
    return api.journal();
  }

  /**
   * Registers another API user of the provider, signing in with {@link #PASSWORD} as the same ServiceChannel user
   * id: one per connection when several connections share the simulator (ServiceChannel refuses a user's second
   * sign-in within five seconds).
   *
   * @param username the new user's login
   * @return this simulator
   */
  public ServiceChannelSimulator addApiUser(String username) {
    oauth()
        .registerUser(
            username, PASSWORD, Map.of("company", Long.toString(PROVIDER_ID), "userId", Long.toString(USER_ID)));
    return this;
  }

  /** {@return the OAuth server (token counters, expiry and revocation from tests)} */
  public OAuthServer oauth() {
    return oauth;
  }

  /** {@return the underlying simulator (for faults and verification)} */
  public ApiSimulator simulator() {
    return api;
  }

  /** Fails the test when a handler broke (a simulator bug). */
  public void verify() {
    api.verify();
  }

  @Override
  public void close() {
    try {
      api.close();
    } finally {
      webhooks.close();
    }
  }

  /**
   * Delays every response by a fixed time from now on, as the network round trip to ServiceChannel
   * would (see {@link ApiSimulator#responseLatency(Duration)}); zero by default.
   *
   * @param latency the delay before each answer
   * @return this simulator
   */
  public ServiceChannelSimulator responseLatency(Duration latency) {
    api.responseLatency(latency);
    return this;
  }

  /** {@return how many requests the per-client limit rejected} */
  public long throttledByClientLimit() {
    return applicationLimit.rejectedCount();
  }

  /** {@return how many requests the per-company limit rejected} */
  public long throttledByCompanyLimit() {
    return companyLimit.rejectedCount();
  }

  // ---------------------------------------------------------------- test helpers (the subscriber's side)

  /**
   * Adds a subscriber this provider works for.
   *
   * @param setup the subscriber
   * @return this simulator
   */
  public ServiceChannelSimulator addSubscriber(SubscriberSetup setup) {
    api.exclusive(() -> state.subscribers.put(setup.id(), setup));
    return this;
  }

  /**
   * Adds a location of a subscriber with GPS coordinates and the defaults of {@link NewLocation#builder} for
   * the rest (a placeholder address and phone).
   *
   * @param locationId the ServiceChannel location's id
   * @param subscriberId the ServiceChannel subscriber's id
   * @param storeId the store id the subscriber uses for the location
   * @param latitude latitude in degrees
   * @param longitude longitude in degrees
   * @param radiusMiles the GPS check-in radius
   * @param zone the IANA time zone name
   * @return this simulator
   */
  public ServiceChannelSimulator addLocation(
      long locationId, long subscriberId, String storeId, double latitude, double longitude, double radiusMiles,
      String zone) {
    return addLocation(
        NewLocation.builder(locationId, subscriberId, storeId)
            .coordinates(latitude, longitude)
            .radiusMiles(radiusMiles)
            .zone(zone)
            .build());
  }

  /**
   * Adds a location of a subscriber: address, phone, GPS and zone as {@code GET /locations/{id}} answers
   * them.
   *
   * @param spec the API description
   * @return this simulator
   */
  public ServiceChannelSimulator addLocation(NewLocation spec) {
    api.exclusive(
        () -> {
          ScState.Location location = new ScState.Location();
          location.id = spec.id;
          location.subscriberId = spec.subscriberId;
          location.storeId = spec.storeId;
          location.name = spec.name;
          location.region = spec.region;
          location.district = spec.district;
          location.address1 = spec.address1;
          location.address2 = spec.address2;
          location.city = spec.city;
          location.state = spec.state;
          location.zip = spec.zip;
          location.country = spec.country;
          location.phone = spec.phone;
          location.latitude = spec.latitude;
          location.longitude = spec.longitude;
          location.radiusMiles = spec.radiusMiles;
          location.zone = spec.zone;
          state.locations.put(spec.id, location);
        });
    return this;
  }

  /**
   * {@return the subscriber creates a work order assigned to the provider (status OPEN); returns its tracking
   * number}
   *
   * @param spec the API description
   */
  public long createWorkOrder(NewWorkOrder spec) {
    return api.exclusive(
        () -> {
          SubscriberSetup subscriber = state.subscriberOrFail(spec.subscriberId);
          ScState.Location location = state.locations.get(spec.locationId);
          if (location == null || location.subscriberId != subscriber.id()) {
            throw new IllegalArgumentException("unknown location " + spec.locationId + " for " + subscriber.id());
          }
          ScState.WorkOrder wo = new ScState.WorkOrder();
          wo.id = state.nextWorkOrderId();
          wo.number = Long.toString(wo.id);
          wo.purchaseNumber = spec.purchaseNumber != null ? spec.purchaseNumber : Long.toString(wo.id);
          wo.subscriberId = subscriber.id();
          wo.locationId = location.id;
          wo.trade = spec.trade;
          wo.tradeId = spec.tradeId;
          wo.category = spec.category;
          wo.categoryId = 3;
          wo.priority = spec.priority;
          wo.description = spec.description;
          wo.caller = "Store manager";
          wo.nte = spec.nte;
          wo.currency = spec.currency;
          Instant now = state.now();
          wo.callDate = spec.callDate != null ? spec.callDate : now;
          wo.createdDate = spec.callDate != null ? spec.callDate : now;
          wo.updatedDate = now;
          // ServiceChannel keeps these two as the store's wall clock
          wo.scheduledLocal =
              spec.scheduledLocal != null ? spec.scheduledLocal
                  : spec.scheduledDate != null ? LocalDateTime.ofInstant(spec.scheduledDate, location.zone) : null;
          wo.expirationLocal =
              spec.expirationLocal != null ? spec.expirationLocal
                  : spec.expirationDate != null ? LocalDateTime.ofInstant(spec.expirationDate, location.zone)
                  : LocalDateTime.ofInstant(wo.callDate, location.zone).plusDays(3).truncatedTo(ChronoUnit.HOURS);
          state.workOrders.put(wo.id, wo);
          webhooks.deliver("WorkOrderCreated", "NEW", wo, SUBSCRIBER_USER);
          return wo.id;
        });
  }

  /**
   * {@return the subscriber's user ({@link SubscriberSetup#userName()}) adds a note; returns its id}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param text the note's text
   */
  public long addSubscriberNote(long workOrderId, String text) {
    return api.exclusive(
        () -> {
          ScState.WorkOrder wo = state.workOrderOrFail(workOrderId);
          return addSubscriberNote(wo, state.subscriberOrFail(wo.subscriberId).userName(), text);
        });
  }

  /**
   * {@return a user of the subscriber with the given display name adds a note; returns its id}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param authorDisplayName the author's display name
   * @param text the note's text
   */
  public long addSubscriberNote(long workOrderId, String authorDisplayName, String text) {
    return api.exclusive(() -> addSubscriberNote(state.workOrderOrFail(workOrderId), authorDisplayName, text));
  }

  private long addSubscriberNote(ScState.WorkOrder wo, String author, String text) {
    ScState.Note note = changes.addNote(wo, text, author, state.subscriberOrFail(wo.subscriberId).name(), false);
    webhooks.deliver("WorkOrderNoteAdded", "UPDATE", wo, SUBSCRIBER_USER);
    return note.id;
  }

  /**
   * The subscriber changes the NTE (writes a system note).
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param nte the new not-to-exceed amount
   */
  public void changeNte(long workOrderId, BigDecimal nte) {
    api.exclusive(
        () -> {
          ScState.WorkOrder wo = state.workOrderOrFail(workOrderId);
          BigDecimal old = wo.nte;
          wo.nte = nte;
          changes.systemNote(wo, "NTE has been changed from " + old.toPlainString() + " to " + nte.toPlainString());
          webhooks.deliver("WorkOrderNteChanged", "UPDATE", wo, SUBSCRIBER_USER);
        });
  }

  /**
   * The subscriber cancels the work order (COMPLETED / CANCELLED, NTE 0).
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  public void cancel(long workOrderId) {
    api.exclusive(
        () -> {
          ScState.WorkOrder wo = state.workOrderOrFail(workOrderId);
          wo.nte = BigDecimal.ZERO;
          changes.setStatus(wo, "COMPLETED", "CANCELLED", SUBSCRIBER_USER);
        });
  }

  /**
   * The subscriber confirms completion (COMPLETED / CONFIRMED: billable).
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  public void confirmCompletion(long workOrderId) {
    api.exclusive(
        () -> {
          ScState.WorkOrder wo = state.workOrderOrFail(workOrderId);
          changes.setStatus(wo, "COMPLETED", "CONFIRMED", SUBSCRIBER_USER);
          if (wo.completedDate == null) {
            wo.completedDate = state.now();
          }
        });
  }

  /**
   * Someone at the provider accepts the work order directly in ServiceChannel's web portal, not through
   * the integration (SC-6): status IN PROGRESS / DISPATCH CONFIRMED (or IN PROGRESS when the subscriber
   * lacks that extended status), changed by {@value #PORTAL_USER}.
   *
   * @param workOrderId the ServiceChannel work order's id
   * @throws IllegalStateException when the work order is no longer open or already accepted
   */
  public void providerAcceptInPortal(long workOrderId) {
    api.exclusive(
        () -> {
          try {
            changes.accept(state.workOrderOrFail(workOrderId), PORTAL_USER);
          } catch (ApiError refused) {
            throw new IllegalStateException("work order " + workOrderId + " cannot be accepted: " + refused.message(), refused);
          }
        });
  }

  /**
   * Puts a work order on hold (every provider action then fails with 933).
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  public void putOnHold(long workOrderId) {
    api.exclusive(() -> state.workOrderOrFail(workOrderId).onHold = true);
  }

  /**
   * Denies the API user one operation: matching requests get 401 with ServiceChannel error code 504.
   *
   * @param method the HTTP method
   * @param pathRegex a regex over the path, e.g. {@code /v3/workorders/\d+/status}
   */
  public void denyPermission(String method, String pathRegex) {
    api.exclusive(() -> state.deniedOperations.add(method.toUpperCase(Locale.ROOT) + " " + pathRegex));
  }

  /**
   * Delivers webhook events to {@code url}, signed with {@code key}.
   *
   * @param url the URL
   * @param key the signing key
   */
  public void webhooks(String url, String key) {
    api.exclusive(() -> webhooks.configure(url, key));
  }

  /**
   * Sends a test delivery, as the "Test" button of ServiceChannel's webhook page does: a work order event whose
   * {@code Object} carries {@code "Source": "WebhookTest"}.
   */
  public void sendTestWebhook() {
    api.exclusive(webhooks::sendTest);
  }

  /** {@return the webhook deliveries made so far} */
  public List<WebhookDelivery> webhookDeliveries() {
    return webhooks.deliveries();
  }

  /**
   * {@return a work order's current status as {@code PRIMARY/EXTENDED}}
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  public String statusOf(long workOrderId) {
    return api.exclusive(
        () -> {
          ScState.WorkOrder wo = state.workOrderOrFail(workOrderId);
          return wo.primary + "/" + wo.extended;
        });
  }

  /**
   * {@return a snapshot of a work order: status and history, notes, visits, attachments, invoice}
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  public WorkOrderState workOrderState(long workOrderId) {
    return api.exclusive(
        () -> {
          ScState.WorkOrder wo = state.workOrderOrFail(workOrderId);
          return new WorkOrderState(
              wo.id,
              wo.subscriberId,
              wo.locationId,
              wo.primary + "/" + wo.extended,
              wo.statusChanges,
              wo.notes.stream()
                  .map(n -> new WorkOrderState.Note(n.id, n.text, n.createdBy, n.companyName, n.actionRequired, n.system))
                  .toList(),
              wo.activities.stream().map(a -> new WorkOrderState.Visit(a.userId, a.timeIn, a.timeOut)).toList(),
              wo.attachments.stream().map(a -> a.name).toList(),
              wo.invoiced);
        });
  }

  /**
   * {@return a work order's note texts, newest first}
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  public List<String> noteTexts(long workOrderId) {
    return api.exclusive(
        () ->
            state.workOrderOrFail(workOrderId).notes.stream()
                .sorted(Comparator.comparingLong((ScState.Note n) -> n.id).reversed())
                .map(n -> n.text)
                .toList());
  }

  /**
   * {@return whether the work order has an invoice}
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  public boolean isInvoiced(long workOrderId) {
    return api.exclusive(() -> state.workOrderOrFail(workOrderId).invoiced);
  }

  /**
   * {@return attachment names of a work order}
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  public List<String> attachmentNames(long workOrderId) {
    return api.exclusive(() -> state.workOrderOrFail(workOrderId).attachments.stream().map(a -> a.name).toList());
  }


  /**
   * {@return the {@code Sign-Data} value ServiceChannel sends: base64 HMAC-SHA256 of the raw body, keyed with
   * the UTF-8 key}
   *
   * @param body the request body
   * @param key the signing key
   */
  public static String sign(String body, String key) {
    return WebhookSender.hmacSha256Base64(key, body);
  }

  private void checkPermission(SimRequest request) {
    String key = request.method() + " ";
    for (String denied : state.deniedOperations) {
      if (denied.startsWith(key) && request.path().matches(denied.substring(key.length()))) {
        throw sc(401, 504, "API call rejected by security permissions");
      }
    }
  }
}
