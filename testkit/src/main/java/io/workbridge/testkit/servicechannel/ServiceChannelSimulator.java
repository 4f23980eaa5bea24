package io.workbridge.testkit.servicechannel;

import io.workbridge.testkit.ApiError;
import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.JsonObject;
import io.workbridge.testkit.SimRequest;
import io.workbridge.testkit.SimResponse;
import io.workbridge.testkit.contract.OpenApiContract;
import io.workbridge.testkit.contract.ResponseDeviation;
import io.workbridge.testkit.journal.RequestJournal;
import io.workbridge.testkit.oauth.ClientAuthentication;
import io.workbridge.testkit.oauth.GrantType;
import io.workbridge.testkit.oauth.OAuthServer;
import io.workbridge.testkit.ratelimit.RateLimit;
import io.workbridge.testkit.ratelimit.RateLimitHit;
import io.workbridge.testkit.webhook.WebhookDelivery;
import io.workbridge.testkit.webhook.WebhookSender;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

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

  private static final int MAX_TOP = 50;
  private static final Pattern PAGING = Pattern.compile("^(\\d+):(\\d+)$");
  private static final Pattern ODATA_KEY = Pattern.compile("^workorders\\((\\d+)\\)$");

  private final Clock clock;
  private final OAuthServer oauth;
  private final ApiSimulator api;
  private final Map<Long, SubscriberSetup> subscribers = new LinkedHashMap<>();
  private final Map<Long, ScState.Location> locations = new LinkedHashMap<>();
  private final Map<Long, ScState.WorkOrder> workOrders = new LinkedHashMap<>();
  private final Map<Long, ScState.Invoice> invoices = new LinkedHashMap<>();
  private final Set<String> deniedOperations = new HashSet<>();
  private final WebhookSender webhookSender = new WebhookSender();
  private final RateLimit applicationLimit;
  private final RateLimit companyLimit;
  private @Nullable String webhookUrl;
  private @Nullable String signingKey;
  private long nextWorkOrderId = 2_147_400_001L;
  private long nextNoteId = 3_000_000_001L;
  private long nextAttachmentId = 70_000_001L;
  private long nextMechanicId = 500_001L;
  private long nextInvoiceId = 90_000_001L;

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
    this.clock = clock;
    this.applicationLimit =
        RateLimit.builder("application")
            .limit(perClientPerMinute)
            .per(Duration.ofMinutes(1))
            .key(RateLimit.byClient())
            .response(hit -> throttled(hit, "Application"))
            .build();
    this.companyLimit =
        RateLimit.builder("company")
            .limit(perCompanyPerMinute)
            .per(Duration.ofMinutes(1))
            .key(RateLimit.byAttribute("company"))
            .response(hit -> throttled(hit, "Company"))
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
    this.api =
        ApiSimulator.builder("servicechannel")
            .clock(clock)
            .errorRenderer(ServiceChannelSimulator::render)
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
            .filter(this::checkPermission)
            .get("/v3/workorders", this::search)
            .get("/v3/workorders/statuses", this::catalog)
            .get("/v3/workorders/{id}", this::getWorkOrder)
            .get("/v3/workorders/{id}/GPSRadius", this::gpsRadius)
            .get("/v3/locations/{id}", this::getLocation)
            .get("/v3/workorders/{id}/statuses", this::transitions)
            .put("/v3/workorders/{id}/status", this::changeStatus)
            .put("/v3/workorders/{id}/accept", this::accept)
            .put("/v3/workorders/{id}/decline", this::decline)
            .get("/v3/workorders/{id}/notes", this::listNotes)
            .post("/v3/workorders/{id}/notes", this::createNote)
            .post("/v3/workorders/{id}/attachments", this::uploadAttachments)
            .post("/v3/workorders/{id}/universalCheckIn", this::checkIn)
            .post("/v3/workorders/{id}/universalCheckOut", this::checkOut)
            .get("/v3/workorders/{id}/validateCheckIn", req -> validateCheckInOut(req, true))
            .get("/v3/workorders/{id}/validateCheckOut", req -> validateCheckInOut(req, false))
            .get("/v3/odata/workorders", this::odataList)
            .get("/v3/odata/{key}/attachments", this::odataAttachments)
            .get("/v3/odata/{key}/workactivities", this::odataWorkActivities)
            .get("/v3/invoices/{subscriberId}/InvoiceRequirements", this::invoiceRequirements)
            .post("/v3/invoices", this::createInvoice)
            .get("/v3/odata/invoices", this::odataInvoices)
            .build();
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

  private static SimResponse throttled(RateLimitHit hit, String scope) {
    return SimResponse.json(
        429,
        Json.obj(
            "Reason",
            "Request has been throttled. Your current " + scope + " limit is [" + hit.limit() + "] per [1] minute"));
  }

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
      webhookSender.close();
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
    api.exclusive(() -> subscribers.put(setup.id(), setup));
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
          locations.put(spec.id, location);
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
          SubscriberSetup subscriber = subscriberOrFail(spec.subscriberId);
          ScState.Location location = locations.get(spec.locationId);
          if (location == null || location.subscriberId != subscriber.id()) {
            throw new IllegalArgumentException("unknown location " + spec.locationId + " for " + subscriber.id());
          }
          ScState.WorkOrder wo = new ScState.WorkOrder();
          wo.id = nextWorkOrderId++;
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
          Instant now = clock.instant();
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
          workOrders.put(wo.id, wo);
          deliver("WorkOrderCreated", "NEW", wo, SUBSCRIBER_USER);
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
          ScState.WorkOrder wo = workOrderOrFail(workOrderId);
          return addSubscriberNote(wo, subscriberOrFail(wo.subscriberId).userName(), text);
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
    return api.exclusive(() -> addSubscriberNote(workOrderOrFail(workOrderId), authorDisplayName, text));
  }

  private long addSubscriberNote(ScState.WorkOrder wo, String author, String text) {
    ScState.Note note = addNote(wo, text, author, subscriberOrFail(wo.subscriberId).name(), false);
    deliver("WorkOrderNoteAdded", "UPDATE", wo, SUBSCRIBER_USER);
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
          ScState.WorkOrder wo = workOrderOrFail(workOrderId);
          BigDecimal old = wo.nte;
          wo.nte = nte;
          systemNote(wo, "NTE has been changed from " + old.toPlainString() + " to " + nte.toPlainString());
          deliver("WorkOrderNteChanged", "UPDATE", wo, SUBSCRIBER_USER);
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
          ScState.WorkOrder wo = workOrderOrFail(workOrderId);
          wo.nte = BigDecimal.ZERO;
          setStatus(wo, "COMPLETED", "CANCELLED", SUBSCRIBER_USER);
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
          ScState.WorkOrder wo = workOrderOrFail(workOrderId);
          setStatus(wo, "COMPLETED", "CONFIRMED", SUBSCRIBER_USER);
          if (wo.completedDate == null) {
            wo.completedDate = clock.instant();
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
            accept(workOrderOrFail(workOrderId), PORTAL_USER);
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
    api.exclusive(() -> workOrderOrFail(workOrderId).onHold = true);
  }

  /**
   * Denies the API user one operation: matching requests get 401 with ServiceChannel error code 504.
   *
   * @param method the HTTP method
   * @param pathRegex a regex over the path, e.g. {@code /v3/workorders/\d+/status}
   */
  public void denyPermission(String method, String pathRegex) {
    api.exclusive(() -> deniedOperations.add(method.toUpperCase(Locale.ROOT) + " " + pathRegex));
  }

  /**
   * Delivers webhook events to {@code url}, signed with {@code key}.
   *
   * @param url the URL
   * @param key the signing key
   */
  public void webhooks(String url, String key) {
    api.exclusive(
        () -> {
          webhookUrl = url;
          signingKey = key;
        });
  }

  /**
   * Sends a test delivery, as the "Test" button of ServiceChannel's webhook page does: a work order event whose
   * {@code Object} carries {@code "Source": "WebhookTest"}.
   */
  public void sendTestWebhook() {
    api.exclusive(
        () -> {
          if (webhookUrl == null) {
            throw new IllegalStateException("no webhook URL configured; call webhooks(url, key) first");
          }
          post(
                Json.obj(
                    "EventType", "WorkOrderCreated", "Action", "NEW", "Type", "WoRootNotification", "Version", 1L,
                    "Object", Json.obj("Id", 0L, "ProviderId", PROVIDER_ID, "Source", "WebhookTest")));
        });
  }

  /** {@return the webhook deliveries made so far} */
  public List<WebhookDelivery> webhookDeliveries() {
    return webhookSender.deliveries();
  }

  /**
   * {@return a work order's current status as {@code PRIMARY/EXTENDED}}
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  public String statusOf(long workOrderId) {
    return api.exclusive(
        () -> {
          ScState.WorkOrder wo = workOrderOrFail(workOrderId);
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
          ScState.WorkOrder wo = workOrderOrFail(workOrderId);
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
            workOrderOrFail(workOrderId).notes.stream()
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
    return api.exclusive(() -> workOrderOrFail(workOrderId).invoiced);
  }

  /**
   * {@return attachment names of a work order}
   *
   * @param workOrderId the ServiceChannel work order's id
   */
  public List<String> attachmentNames(long workOrderId) {
    return api.exclusive(() -> workOrderOrFail(workOrderId).attachments.stream().map(a -> a.name).toList());
  }

  // ---------------------------------------------------------------- errors and permissions

  private static SimResponse render(ApiError error, SimRequest request) {
    if (error.status() == 429) {
      return SimResponse.json(429, Json.obj("Reason", error.message())).withHeaders(error.headers());
    }
    if (error.status() == 404 && error.code().isEmpty()) {
      return SimResponse.json(404, Json.obj("Message", error.message())).withHeaders(error.headers());
    }
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    if (error.code().isPresent()) {
      String code = error.code().get();
      Object wire = code.matches("\\d+") ? (Object) Long.parseLong(code) : code;
      body.put("ErrorCodes", List.of(wire));
      body.put("ErrorCode", wire);
      body.put("ErrorMessage", error.message());
    } else {
      body.put("Message", error.message());
    }
    if (!error.fieldErrors().isEmpty()) {
      body.put("ModelState", error.fieldErrors());
    }
    return SimResponse.json(error.status(), body).withHeaders(error.headers());
  }

  private static ApiError sc(int status, int code, String message) {
    return new ApiError(status, Integer.toString(code), message);
  }

  private void checkPermission(SimRequest request) {
    String key = request.method() + " ";
    for (String denied : deniedOperations) {
      if (denied.startsWith(key) && request.path().matches(denied.substring(key.length()))) {
        throw sc(401, 504, "API call rejected by security permissions");
      }
    }
  }

  // ---------------------------------------------------------------- work orders

  private SimResponse getWorkOrder(SimRequest request) {
    ScState.WorkOrder wo = workOrders.get(request.pathLong("id"));
    if (wo == null || !wo.assignedToProvider) {
      return SimResponse.status(404);
    }
    return SimResponse.ok(restJson(wo));
  }

  private SimResponse gpsRadius(SimRequest request) {
    ScState.WorkOrder wo = workOrderFor(request, 502, "Work order was not found");
    return SimResponse.ok(ScViews.gpsRadius(wo, locations.get(wo.locationId)));
  }

  private SimResponse getLocation(SimRequest request) {
    ScState.Location location = locations.get(request.pathLong("id"));
    if (location == null || !subscribers.containsKey(location.subscriberId)) {
      throw sc(400, 601, "Location is not found");
    }
    return SimResponse.ok(ScViews.location(location, subscriberOrFail(location.subscriberId), clock.instant()));
  }

  private SimResponse odataList(SimRequest request) {
    ODataQuery<ScState.WorkOrder> query = ODataQuery.parse(request.query("$filter").orElse(null));
    Comparator<ScState.WorkOrder> order = ODataQuery.orderBy(request.query("$orderby").orElse(null));
    boolean withProvider = expandsProvider(request.query("$expand").orElse(""));
    int top = (int) Math.min(MAX_TOP, request.queryLong("$top").orElse((long) MAX_TOP));
    int skip = (int) Math.max(0, request.queryLong("$skip").orElse(0L));
    boolean count = request.query("$count").map(Boolean::parseBoolean).orElse(false);
    Instant now = clock.instant();
    boolean window = !query.mentions("calldate") && !query.mentions("createddate");
    List<ScState.WorkOrder> matching =
        visible().stream()
            .filter(wo -> !wo.callDate.isBefore(now.minus(Duration.ofDays(365))))
            .filter(wo -> !window || !wo.createdDate.isBefore(now.minus(Duration.ofDays(90))))
            .filter(query::matches)
            .sorted(order)
            .toList();
    List<Object> value =
        matching.stream()
            .skip(skip)
            .limit(Math.max(0, top))
            .map(wo -> odataJson(wo, withProvider))
            .collect(Collectors.toList());
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("@odata.context", api.url("/v3/odata/$metadata#workorders"));
    if (count) {
      body.put("@odata.count", (long) matching.size());
    }
    body.put("value", value);
    return SimResponse.ok(body);
  }

  /**
   * Whether {@code $expand} asks for the provider. {@code Notes} fails as it does live (500, "no supported
   * translation to SQL"); names that are no navigation property are a 400.
   */
  private static boolean expandsProvider(String expand) {
    boolean provider = false;
    for (String part : expand.split(",")) {
      String name = part.trim();
      if (name.isEmpty()) {
        continue;
      }
      switch (name.toLowerCase(Locale.ROOT)) {
        case "provider" -> provider = true;
        case "location", "subscriber", "invoice" -> { }
        case "notes" -> throw new ApiError(500, null, "The LINQ expression node of type 'NotesCollection' has no supported translation to SQL.");
        default -> throw new ApiError(400, null, "The query specified in the URI is not valid. Could not find a property named '" + name + "'.");
      }
    }
    return provider;
  }

  private SimResponse search(SimRequest request) {
    int page = (int) request.queryLong("page").orElse(1L).longValue();
    int pageSize = (int) Math.min(MAX_TOP, request.queryLong("pageSize").orElse((long) MAX_TOP));
    if (page < 1 || pageSize < 1) {
      throw sc(400, 503, "Validation fails. Invalid paging");
    }
    // The list filters are arrays without a collectionFormat: Swagger 2.0's default, csv, applies (the
    // contract check has already refused a repeated parameter).
    List<String> ids = csv(request, "id");
    List<String> statuses = upper(csv(request, "status"));
    List<String> extended = upper(csv(request, "extendedStatus"));
    List<String> numbers = csv(request, "number");
    List<String> pos = csv(request, "purchaseNumber");
    List<String> trades = upper(csv(request, "trade"));
    Optional<Long> locationId = request.queryLong("locationId");
    Optional<String> storeId = request.query("storeId");
    List<Object> found =
        visible().stream()
            .filter(wo -> ids.isEmpty() || ids.contains(Long.toString(wo.id)))
            .filter(wo -> statuses.isEmpty() || statuses.contains(wo.primary))
            .filter(wo -> extended.isEmpty() || extended.contains(wo.extended))
            .filter(wo -> numbers.isEmpty() || numbers.stream().anyMatch(wo.number::startsWith))
            .filter(wo -> pos.isEmpty() || pos.stream().anyMatch(wo.purchaseNumber::startsWith))
            .filter(wo -> trades.isEmpty() || trades.stream().anyMatch(t -> wo.trade.toUpperCase(Locale.ROOT).startsWith(t)))
            .filter(wo -> locationId.isEmpty() || locationId.get() == wo.locationId)
            .filter(wo -> storeId.isEmpty() || storeId.get().equals(locations.get(wo.locationId).storeId))
            .sorted(Comparator.comparingLong(wo -> wo.id))
            .skip((long) (page - 1) * pageSize)
            .limit(pageSize)
            .map(this::restJson)
            .collect(Collectors.toList());
    return SimResponse.ok(found);
  }

  /** The values of a csv query parameter of the search; empty when it is absent. */
  private static List<String> csv(SimRequest request, String name) {
    List<String> values = new ArrayList<>();
    for (String parameter : request.queryValues(name)) {
      for (String value : parameter.split(",", -1)) {
        if (!value.isEmpty()) {
          values.add(value);
        }
      }
    }
    return values;
  }

  private List<ScState.WorkOrder> visible() {
    return workOrders.values().stream().filter(wo -> wo.assignedToProvider).toList();
  }

  private Map<String, @Nullable Object> restJson(ScState.WorkOrder wo) {
    return ScViews.workOrder(
        wo, subscriberOrFail(wo.subscriberId), locations.get(wo.locationId), clock.instant(), true, true);
  }

  private Map<String, @Nullable Object> odataJson(ScState.WorkOrder wo, boolean withProvider) {
    return ScViews.workOrder(
        wo, subscriberOrFail(wo.subscriberId), locations.get(wo.locationId), clock.instant(), false, withProvider);
  }

  // ---------------------------------------------------------------- statuses

  private SimResponse catalog(SimRequest request) {
    long subscriberId =
        request.queryLong("subscriberId").orElseThrow(() -> sc(400, 503, "subscriberId is required for providers"));
    SubscriberSetup subscriber = subscribers.get(subscriberId);
    if (subscriber == null) {
      throw sc(400, 503, "No access. Please check if the SubscriberId is valid");
    }
    List<Object> entries = new ArrayList<>();
    subscriber.catalog().forEach((primary, extended) -> entries.add(statusEntry(primary, extended)));
    return SimResponse.ok(entries);
  }

  private SimResponse transitions(SimRequest request) {
    ScState.WorkOrder wo = writableWorkOrder(request);
    SubscriberSetup subscriber = subscriberOrFail(wo.subscriberId);
    List<Object> entries = new ArrayList<>();
    subscriber
        .catalog()
        .forEach(
            (primary, extended) -> {
              List<String> allowed =
                  extended.stream().filter(e -> mayProviderSet(wo, subscriber, primary, e)).toList();
              if (!allowed.isEmpty() || mayProviderSet(wo, subscriber, primary, "")) {
                entries.add(statusEntry(primary, allowed));
              }
            });
    return SimResponse.ok(entries);
  }

  private static Map<String, @Nullable Object> statusEntry(String primary, List<String> extended) {
    String id =
        switch (primary) {
          case "OPEN" -> "Open";
          case "IN PROGRESS" -> "InProgress";
          case "COMPLETED" -> "Completed";
          default -> "NotSet";
        };
    List<Object> named = new ArrayList<>();
    for (int i = 0; i < extended.size(); i++) {
      named.add(Json.obj("Id", (long) (100 + i), "Name", extended.get(i)));
    }
    return Json.obj("Id", id, "Name", primary, "Extended", extended, "ExtendedStatuses", named);
  }

  private boolean mayProviderSet(ScState.WorkOrder wo, SubscriberSetup subscriber, String primary, String extended) {
    if (!subscriber.has(primary, extended) || wo.invoiced) {
      return false;
    }
    if (wo.primary.equals("COMPLETED") && !(wo.extended.equals("PENDING CONFIRMATION") && !primary.equals("OPEN"))) {
      return false;
    }
    if (primary.equals("COMPLETED") && (extended.isBlank() || extended.equals("CONFIRMED"))) {
      return subscriber.providerMayComplete();
    }
    return !(primary.equals(wo.primary) && extended.equals(wo.extended));
  }

  private SimResponse changeStatus(SimRequest request) {
    ScState.WorkOrder wo = writableWorkOrder(request);
    JsonObject body = request.bodyObject();
    JsonObject status = body.optObject("Status").orElseThrow(() -> sc(400, 503, "Request data is empty"));
    String primary = status.optString("Primary").map(s -> s.trim().toUpperCase(Locale.ROOT)).orElse("");
    if (primary.isBlank()) {
      throw sc(400, 503, "Validation fails. Status.Primary is required");
    }
    primary = switch (primary) {
      case "1" -> "OPEN";
      case "2" -> "IN PROGRESS";
      case "3" -> "COMPLETED";
      default -> primary;
    };
    String extended = status.optString("Extended").map(s -> s.trim().toUpperCase(Locale.ROOT)).orElse("");
    if (wo.invoiced) {
      throw sc(400, 921, "Cannot update invoiced work order");
    }
    SubscriberSetup subscriber = subscriberOrFail(wo.subscriberId);
    if (!mayProviderSet(wo, subscriber, primary, extended)) {
      throw sc(400, 904, "Invalid status or no permission to set status " + primary + "/" + extended);
    }
    if (primary.equals("OPEN") && extended.equals("DECLINED")) {
      checkDeclineReason(subscriber, body);
    }
    String from = wo.primary + (wo.extended.isBlank() ? "" : "/" + wo.extended);
    Optional<String> actor = body.optString("Actor").filter(a -> !a.isBlank());
    setStatus(wo, primary, extended, actor.orElse(USERNAME));
    body.optString("Note").filter(n -> !n.isBlank())
        .ifPresent(n -> addNote(wo, n, actor.orElse(USER_DISPLAY_NAME), PROVIDER_NAME, false));
    String to = primary + (extended.isBlank() ? "" : "/" + extended);
    return SimResponse.ok(
        Json.obj(
            "result", "Status has been changed from '<b>" + from + "</b>' to '<b>" + to + "</b>'",
            "id", wo.id));
  }

  private SimResponse accept(SimRequest request) {
    ScState.WorkOrder wo = writableWorkOrder(request);
    accept(wo, USERNAME);
    optionalBody(request).optString("Note").filter(n -> !n.isBlank())
        .ifPresent(n -> addNote(wo, n, USER_DISPLAY_NAME, PROVIDER_NAME, false));
    return SimResponse.status(200);
  }

  private void accept(ScState.WorkOrder wo, String actor) {
    if (wo.accepted && wo.primary.equals("IN PROGRESS")) {
      throw sc(400, 5202, "Work order has already been accepted");
    }
    if (!wo.primary.equals("OPEN") || wo.declined) {
      throw sc(400, 904, "Work order is in status that does not allow acceptance");
    }
    SubscriberSetup subscriber = subscriberOrFail(wo.subscriberId);
    wo.accepted = true;
    setStatus(
        wo, "IN PROGRESS", subscriber.has("IN PROGRESS", "DISPATCH CONFIRMED") ? "DISPATCH CONFIRMED" : "", actor);
  }

  private SimResponse decline(SimRequest request) {
    ScState.WorkOrder wo = writableWorkOrder(request);
    JsonObject body = request.bodyObject();
    SubscriberSetup subscriber = subscriberOrFail(wo.subscriberId);
    Optional<Long> reason = checkDeclineReason(subscriber, body);
    Optional<String> custom = body.optString("CustomDeclineReason").filter(s -> !s.isBlank());
    if (!wo.primary.equals("OPEN") || wo.accepted) {
      throw sc(400, 904, "Work order is in status that does not allow declining");
    }
    wo.declined = true;
    setStatus(wo, "OPEN", subscriber.has("OPEN", "DECLINED") ? "DECLINED" : "", USERNAME);
    String note = body.optString("Note").orElse("");
    String text = "Declined" + reason.map(r -> " (reason " + r + ")").orElse("") + custom.map(c -> ": " + c).orElse("")
        + (note.isBlank() ? "" : " - " + note);
    addNote(wo, text, USER_DISPLAY_NAME, PROVIDER_NAME, false);
    return SimResponse.status(200);
  }

  /**
   * The decline reason rules of a decline (or a status change to OPEN / DECLINED): 9001 without a reason where
   * the subscriber keeps decline history, 9003 for an id outside 1–6, 9002 for custom text with a reason other
   * than 5 (Other).
   */
  private static Optional<Long> checkDeclineReason(SubscriberSetup subscriber, JsonObject body) {
    Optional<Long> reason = body.optLong("DeclineReasonId").filter(r -> r != 0);
    Optional<String> custom = body.optString("CustomDeclineReason").filter(s -> !s.isBlank());
    if (reason.isEmpty() && subscriber.declineReasonRequired()) {
      throw sc(400, 9001, "Decline reason is required");
    }
    if (reason.isPresent() && (reason.get() < 1 || reason.get() > 6)) {
      throw sc(400, 9003, "Invalid decline reason id");
    }
    if (custom.isPresent() && reason.isPresent() && reason.get() != 5) {
      throw sc(400, 9002, "Decline reason does not allow custom text");
    }
    return reason;
  }

  private void setStatus(ScState.WorkOrder wo, String primary, String extended, String actor) {
    String from = wo.primary + (wo.extended.isBlank() ? "" : "/" + wo.extended);
    String to = primary + (extended.isBlank() ? "" : "/" + extended);
    wo.primary = primary;
    wo.extended = extended;
    if (primary.equals("COMPLETED") && wo.completedDate == null) {
      wo.completedDate = clock.instant();
    }
    wo.statusChanges.add(new WorkOrderState.StatusChange(from, to, actor, clock.instant()));
    systemNote(wo, "Status has been changed from " + from + " to " + to + " by " + user(actor, wo).displayName());
    deliver("WorkOrderStatusChanged", "UPDATE", wo, actor);
  }

  private static boolean isBillable(ScState.WorkOrder wo) {
    return ScViews.billable(wo);
  }

  /** The user behind a login: the API user, the provider's portal user, the subscriber's user, or a technician. */
  private ScState.User user(String login, ScState.WorkOrder wo) {
    return switch (login) {
      case USERNAME -> new ScState.User(USER_ID, USERNAME, USER_DISPLAY_NAME, "integration@lf-inc.example", PROVIDER_ID);
      case PORTAL_USER -> new ScState.User(1_900_000_002L, PORTAL_USER, PORTAL_USER_DISPLAY_NAME, "dispatch@lf-inc.example", PROVIDER_ID);
      case SUBSCRIBER_USER -> new ScState.User(
          1_800_000_000L + wo.subscriberId % 100_000, SUBSCRIBER_USER, subscriberOrFail(wo.subscriberId).userName(),
          "facilities@subscriber.example", 0L);
      default -> new ScState.User(0L, login, login, "", PROVIDER_ID);
    };
  }

  // ---------------------------------------------------------------- notes

  private SimResponse listNotes(SimRequest request) {
    ScState.WorkOrder wo = workOrderFor(request, 917, "Invalid work order identifier");
    String paging = request.query("paging").orElse("1:10");
    Matcher m = PAGING.matcher(paging);
    if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(2)) < 1) {
      throw sc(400, 922, "Invalid paging parameter");
    }
    int page = Integer.parseInt(m.group(1));
    int size = Integer.parseInt(m.group(2));
    SubscriberSetup subscriber = subscriberOrFail(wo.subscriberId);
    List<ScState.Note> visibleNotes =
        wo.notes.stream()
            .filter(n -> n.visibility != 2 && n.visibility != 3)
            .sorted(Comparator.comparingLong((ScState.Note n) -> n.id).reversed())
            .toList();
    List<Object> notes =
        visibleNotes.stream()
            .skip((long) (page - 1) * size)
            .limit(size)
            .map(n -> ScViews.note(n, locations.get(wo.locationId).zone))
            .collect(Collectors.toList());
    long system = visibleNotes.stream().filter(n -> n.system).count();
    return SimResponse.ok(
        Json.obj(
            "Notes", notes,
            "AllNotesCount", (long) visibleNotes.size(),
            "UserNotesCount", visibleNotes.size() - system,
            "SystemNotesCount", system,
            "SubscriberName", subscriber.name()));
  }

  private SimResponse createNote(SimRequest request) {
    ScState.WorkOrder wo = writableWorkOrder(request);
    JsonObject body = request.bodyObject();
    String text = body.optString("Note").orElse("");
    if (text.isBlank()) {
      throw sc(400, 503, "Validation fails. Invalid `WorkOrder Id` or `Note` value");
    }
    if (body.optBoolean("IsPinned").orElse(false)) {
      throw sc(403, 100, "Providers cannot add pinned notes");
    }
    long visibility = body.optLong("Visibility").orElse(0L);
    if (visibility < 0 || visibility > 3) {
      throw sc(400, 503, "Invalid Visibility");
    }
    ScState.Note note =
        addNote(wo, text, body.optString("Actor").filter(a -> !a.isBlank()).orElse(USER_DISPLAY_NAME), PROVIDER_NAME, false);
    note.actionRequired = body.optBoolean("ActionRequired").orElse(false);
    note.mailedTo = body.optString("MailedTo").orElse("");
    note.visibility = (int) visibility;
    deliver("WorkOrderNoteAdded", "UPDATE", wo, USERNAME);
    return SimResponse.json(201, note.id);
  }

  private ScState.Note addNote(
      ScState.WorkOrder wo, String text, String createdBy, String companyName, boolean system) {
    ScState.Note note = new ScState.Note();
    note.id = nextNoteId++;
    note.number = wo.notes.size() + 1;
    note.text = text;
    note.created = clock.instant();
    note.createdBy = createdBy;
    note.companyName = companyName;
    note.system = system;
    note.byProvider = !system && companyName.equals(PROVIDER_NAME);
    wo.notes.add(note);
    wo.updatedDate = clock.instant();
    return note;
  }

  private void systemNote(ScState.WorkOrder wo, String text) {
    addNote(wo, text, ".", subscriberOrFail(wo.subscriberId).name(), true);
  }

  // ---------------------------------------------------------------- attachments

  private SimResponse uploadAttachments(SimRequest request) {
    ScState.WorkOrder wo = workOrderFor(request, 502, "Work Order not found");
    String contentType = request.header("Content-Type").orElse("");
    MediaType type = MediaType.parse(contentType);
    String boundary = type == null ? null : type.parameter("boundary");
    if (type == null || !type.subtype().equals("form-data") || boundary == null) {
      throw sc(400, 503, "Request must be multipart/form-data");
    }
    List<JsonObject> descriptors = new ArrayList<>();
    List<ScState.Attachment> files = new ArrayList<>();
    try (MultipartReader reader = new MultipartReader(new Buffer().write(request.bodyBytes()), boundary)) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        String disposition = Optional.ofNullable(part.headers().get("Content-Disposition")).orElse("");
        String name = parameter(disposition, "name");
        byte[] bytes = part.body().readByteArray();
        if ("AddAttachmentsRequest".equals(name)) {
          Object json = Json.parse(new String(bytes, StandardCharsets.UTF_8));
          if (!(json instanceof Map)) {
            throw sc(400, 503, "AddAttachmentsRequest must be a JSON object");
          }
          @SuppressWarnings("unchecked")
          JsonObject descriptor = new JsonObject((Map<String, @Nullable Object>) json);
          descriptors.addAll(descriptor.objects("Attachments"));
        } else if ("file".equals(name)) {
          ScState.Attachment attachment = new ScState.Attachment();
          attachment.name = Optional.ofNullable(parameter(disposition, "filename")).orElse("file");
          attachment.mediaType = Optional.ofNullable(part.headers().get("Content-Type")).orElse("application/octet-stream");
          attachment.size = bytes.length;
          files.add(attachment);
        }
      }
    } catch (IOException unreadable) {
      throw sc(400, 503, "Unreadable multipart body");
    }
    if (files.isEmpty()) {
      throw sc(400, 503, "No file in the request");
    }
    for (int i = 0; i < files.size(); i++) {
      ScState.Attachment attachment = files.get(i);
      attachment.id = nextAttachmentId++;
      attachment.timestamp = clock.instant();
      if (i < descriptors.size()) {
        JsonObject descriptor = descriptors.get(i);
        descriptor.optString("Name").filter(n -> !n.isBlank()).ifPresent(n -> attachment.name = n);
        attachment.description = descriptor.optString("Description").orElse("");
        attachment.visibility = descriptor.optLong("Visibility").map(Long::intValue).orElse(null);
      }
      wo.attachments.add(attachment);
    }
    wo.updatedDate = clock.instant();
    deliver("WorkOrderAttachmentAdded", "UPDATE", wo, USERNAME);
    return SimResponse.status(201);
  }

  private static @Nullable String parameter(String disposition, String name) {
    Matcher m = Pattern.compile(";\\s*" + name + "=\"([^\"]*)\"").matcher(disposition);
    return m.find() ? m.group(1) : null;
  }

  private SimResponse odataAttachments(SimRequest request) {
    ScState.WorkOrder wo = odataWorkOrder(request);
    ScState.Location location = locations.get(wo.locationId);
    List<Object> value =
        wo.attachments.stream()
            .map(
                a ->
                    Json.obj(
                        "Id", a.id,
                        "Name", a.name,
                        "Description", a.description,
                        "TimeStamp", ScDateFormat.dto(a.timestamp, location.zone),
                        "Uri", api.url("/files/" + a.id),
                        "NoteId", null,
                        "Visibility", a.visibility == null ? null : (long) a.visibility))
            .collect(Collectors.toList());
    return SimResponse.ok(odataPage(request, value));
  }

  private Map<String, @Nullable Object> odataPage(SimRequest request, List<Object> all) {
    int top = (int) Math.min(MAX_TOP, request.queryLong("$top").orElse((long) MAX_TOP));
    int skip = (int) Math.max(0, request.queryLong("$skip").orElse(0L));
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    if (request.query("$count").map(Boolean::parseBoolean).orElse(false)) {
      body.put("@odata.count", (long) all.size());
    }
    body.put("value", all.stream().skip(skip).limit(top).collect(Collectors.toList()));
    return body;
  }

  private ScState.WorkOrder odataWorkOrder(SimRequest request) {
    Matcher m = ODATA_KEY.matcher(request.pathParam("key"));
    if (!m.matches()) {
      throw new ApiError(404, null, "No route for " + request.path());
    }
    ScState.WorkOrder wo = workOrders.get(Long.parseLong(m.group(1)));
    if (wo == null || !wo.assignedToProvider) {
      throw new ApiError(404, null, "The requested resource does not exist on the server.");
    }
    return wo;
  }

  // ---------------------------------------------------------------- check-in / check-out

  private SimResponse checkIn(SimRequest request) {
    ScState.WorkOrder wo = writableWorkOrder(request);
    JsonObject body = request.bodyObject();
    guardCheckInOut(wo, body, true);
    long userId = body.optLong("UserId").orElse(USER_ID);
    if (wo.activities.stream().anyMatch(a -> a.userId == userId && a.timeOut == null)) {
      throw sc(400, 503, "Technician is already checked in");
    }
    ScState.WorkActivity activity = new ScState.WorkActivity();
    activity.id = wo.activities.size() + 1L;
    activity.mechanicId = nextMechanicId++;
    activity.userId = userId;
    activity.userName = userId == USER_ID ? USERNAME : "tech." + userId;
    activity.workTypeId = body.optLong("WorkTypeId").orElse(1L).intValue();
    activity.techsCount = body.optLong("TechsCount").orElse(1L).intValue();
    activity.timeIn = time(body, "CheckInTime");
    wo.activities.add(activity);
    SubscriberSetup subscriber = subscriberOrFail(wo.subscriberId);
    if (activity.workTypeId == 1 && subscriber.has("IN PROGRESS", "ON SITE")) {
      setStatus(wo, "IN PROGRESS", "ON SITE", activity.userName);
    }
    deliver("WorkOrderCheckIn", "UPDATE", wo, activity.userName);
    return SimResponse.ok(Json.obj("MechanicId", activity.mechanicId));
  }

  private SimResponse checkOut(SimRequest request) {
    ScState.WorkOrder wo = writableWorkOrder(request);
    JsonObject body = request.bodyObject();
    guardCheckInOut(wo, body, false);
    long userId = body.optLong("UserId").orElse(USER_ID);
    ScState.WorkActivity open =
        wo.activities.stream()
            .filter(a -> a.userId == userId && a.timeOut == null)
            .findFirst()
            .orElseThrow(() -> sc(400, 503, "No check-in found for this technician"));
    int workType = body.optLong("WorkTypeId").orElse(1L).intValue();
    String primaryStatus = body.optString("PrimaryStatus").orElse("");
    if (workType == 1 && primaryStatus.isBlank()) {
      throw sc(400, 503, "PrimaryStatus is required for Repair check-out");
    }
    Instant out = time(body, "CheckOutTime");
    if (out.isBefore(open.timeIn)) {
      throw sc(400, 503, "Check-out time is before check-in time");
    }
    open.timeOut = out;
    String extended = body.optString("ExtendedStatus").orElse("").toUpperCase(Locale.ROOT);
    SubscriberSetup subscriber = subscriberOrFail(wo.subscriberId);
    String[] target =
        switch (primaryStatus) {
          case "Completed" -> new String[] {"COMPLETED", extended.isBlank() ? "PENDING CONFIRMATION" : extended};
          case "WaitingForQuote" -> new String[] {"IN PROGRESS", "WAITING FOR QUOTE"};
          case "PartsOnOrder" -> new String[] {"IN PROGRESS", "PARTS ON ORDER"};
          case "Incomplete" -> new String[] {"IN PROGRESS", "INCOMPLETE"};
          case "InProgress" -> new String[] {"IN PROGRESS", extended};
          default -> null;
        };
    if (target != null) {
      if (!mayProviderSet(wo, subscriber, target[0], target[1]) && !(target[0].equals(wo.primary) && target[1].equals(wo.extended))) {
        throw sc(400, 904, "Invalid status for check-out: " + target[0] + "/" + target[1]);
      }
      if (!(target[0].equals(wo.primary) && target[1].equals(wo.extended))) {
        setStatus(wo, target[0], target[1], open.userName);
      }
    }
    body.optString("Resolution").filter(r -> !r.isBlank()).ifPresent(r -> wo.resolution = r);
    deliver("WorkOrderCheckOut", "UPDATE", wo, open.userName);
    return SimResponse.ok(Json.obj("MechanicId", open.mechanicId));
  }

  private void guardCheckInOut(ScState.WorkOrder wo, JsonObject body, boolean in) {
    SubscriberSetup subscriber = subscriberOrFail(wo.subscriberId);
    if (subscriber.ivrOnly()) {
      throw sc(400, 503, "Client not participating in GPS check-in. Please use IVR.");
    }
    if (wo.invoiced) {
      throw sc(400, 921, "Cannot check in or out on an invoiced work order");
    }
    if (wo.primary.equals("COMPLETED") && !wo.extended.equals("PENDING CONFIRMATION")) {
      throw sc(400, 924, "Cannot check in or out on a completed work order");
    }
    int workType = body.optLong("WorkTypeId").orElse(1L).intValue();
    Optional<BigDecimal> lat = body.optDecimal("Latitude");
    Optional<BigDecimal> lon = body.optDecimal("Longitude");
    if (workType == 1 && (lat.isEmpty() || lon.isEmpty())) {
      throw sc(400, 503, "Provide your location to perform check-in or check-out");
    }
    ScState.Location location = locations.get(wo.locationId);
    if (lat.isPresent() && lon.isPresent() && location.hasCoordinates()) {
      double miles = distanceMiles(location, lat.get().doubleValue(), lon.get().doubleValue());
      if (miles > location.radiusMiles) {
        throw in
            ? sc(400, 941, "Check-in denied: outside the location's GPS range")
            : sc(400, 942, "Check-out denied: outside the location's GPS range");
      }
    }
  }

  private Instant time(JsonObject body, String field) {
    Optional<String> text = body.optString(field).filter(s -> !s.isBlank());
    if (text.isEmpty()) {
      return clock.instant();
    }
    try {
      Instant at = OffsetDateTime.parse(text.get()).toInstant();
      if (Duration.between(at, clock.instant()).abs().compareTo(Duration.ofHours(24)) > 0) {
        throw sc(400, 503, field + " must be close to the current location time");
      }
      return at;
    } catch (DateTimeParseException unreadable) {
      throw sc(400, 503, field + " must be UTC or carry an offset");
    }
  }

  private SimResponse validateCheckInOut(SimRequest request, boolean in) {
    ScState.WorkOrder wo = workOrderFor(request, 502, "WorkOrder not found");
    double lat =
        request.query("latitude").map(Double::parseDouble).orElseThrow(() -> sc(400, 503, "Provide your location to perform checkin/checkout"));
    double lon =
        request.query("longitude").map(Double::parseDouble).orElseThrow(() -> sc(400, 503, "Provide your location to perform checkin/checkout"));
    ScState.Location location = locations.get(wo.locationId);
    boolean outside = location.hasCoordinates() && distanceMiles(location, lat, lon) > location.radiusMiles;
    SubscriberSetup subscriber = subscriberOrFail(wo.subscriberId);
    return SimResponse.ok(
        Json.obj(
            "IsBadgeScanRequired", false,
            "IsLoginTypeAllowed", !subscriber.ivrOnly(),
            "IsOutsideAcceptableTimeframe", false,
            "IsOutsideGeolocation", outside,
            "OutsideOperationalHoursMessage", null,
            "IsMaskRequired", false,
            "CheckInOutsideGPSAllowed", false,
            "CheckOutOutsideGPSAllowed", false));
  }

  private SimResponse odataWorkActivities(SimRequest request) {
    ScState.WorkOrder wo = odataWorkOrder(request);
    ScState.Location location = locations.get(wo.locationId);
    List<Object> value =
        wo.activities.stream()
            .map(
                a ->
                    Json.obj(
                        "Id", a.id,
                        "WorkOrderId", wo.id,
                        "TimeIn", ScDateFormat.dto(a.timeIn, location.zone),
                        "TimeOut", ScDateFormat.dto(a.timeOut, location.zone),
                        "IsTimeEdited", false,
                        "User", Json.obj("Id", a.userId, "UserName", a.userName),
                        "WorkType", a.workTypeId == 2 ? "Travel" : "Repair",
                        "TechsCount", (long) a.techsCount,
                        "Name", a.userName,
                        "HasCheckInInfo", true))
            .collect(Collectors.toList());
    return SimResponse.ok(odataPage(request, value));
  }

  private static double distanceMiles(ScState.Location location, double lat, double lon) {
    double r = 3958.8;
    double latitude = java.util.Objects.requireNonNull(location.latitude);
    double longitude = java.util.Objects.requireNonNull(location.longitude);
    double dLat = Math.toRadians(lat - latitude);
    double dLon = Math.toRadians(lon - longitude);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(lat))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * r * Math.asin(Math.sqrt(a));
  }

  // ---------------------------------------------------------------- invoices

  private SimResponse invoiceRequirements(SimRequest request) {
    SubscriberSetup subscriber = subscribers.get(request.pathLong("subscriberId"));
    if (subscriber == null) {
      throw sc(400, 503, "The provider has no contract with the requested subscriber");
    }
    return SimResponse.ok(
        Json.obj(
            "DaysBeforePostingDate", 30L,
            "MaxDaysAfterPostingDate", 90L,
            "RequireResolutionText", subscriber.requireResolutionText(),
            "IsInvoiceNumberValidationFeatureEnabled", false,
            "LaborTradeIds", List.copyOf(subscriber.laborTradeIds()),
            "MaterialsTradeIds", List.of(),
            "TravelTradeIds", List.of(),
            "OtherTradeIds", List.of(),
            "IsProviderAbleToAddSalesTax", true));
  }

  private SimResponse createInvoice(SimRequest request) {
    JsonObject body = request.bodyObject();
    String number = body.optString("InvoiceNumber").map(String::trim).orElse("");
    String identifier = body.optString("WoIdentifier").map(String::trim).orElse("");
    if (number.isEmpty() || identifier.isEmpty()) {
      throw sc(400, 503, "InvoiceNumber and WoIdentifier are required");
    }
    ScState.WorkOrder wo =
        visible().stream()
            .filter(w -> Long.toString(w.id).equals(identifier) || w.number.equals(identifier))
            .findFirst()
            .orElseThrow(() -> sc(400, 917, "Invalid Tracking Number"));
    if (wo.onHold) {
      throw sc(400, 933, "Workorder is on hold, no actions allowed");
    }
    SubscriberSetup subscriber = subscriberOrFail(wo.subscriberId);
    if (!isBillable(wo)) {
      throw sc(400, 904, "Invalid WO Status. WO must be in 'COMPLETED' or 'COMPLETED/CONFIRMED' status");
    }
    if (wo.invoiced) {
      throw sc(400, 1105, "Invoice already exists for this work order");
    }
    if (invoices.values().stream().anyMatch(i -> i.subscriberId == wo.subscriberId && i.number.equalsIgnoreCase(number))) {
      throw sc(400, 1107, "Duplicate invoice number");
    }
    BigDecimal total = body.optDecimal("InvoiceTotal").orElseThrow(() -> sc(400, 1102, "Invoice total is null"));
    BigDecimal tax = body.optDecimal("InvoiceTax").orElse(BigDecimal.ZERO);
    if (total.compareTo(wo.nte) > 0) {
      throw sc(400, 1104, "Invoice total is greater than NTE");
    }
    if (subscriber.requireResolutionText() && body.optString("InvoiceText").filter(s -> !s.isBlank()).isEmpty()) {
      throw sc(400, 1163, "Resolution text is required");
    }
    JsonObject amounts = body.optObject("InvoiceAmountsDetails").orElse(new JsonObject(Map.of()));
    BigDecimal labor = amounts.optDecimal("LaborAmount").orElse(BigDecimal.ZERO);
    BigDecimal material = amounts.optDecimal("MaterialAmount").orElse(BigDecimal.ZERO);
    BigDecimal sum =
        labor.add(material)
            .add(amounts.optDecimal("TravelAmount").orElse(BigDecimal.ZERO))
            .add(amounts.optDecimal("FreightAmount").orElse(BigDecimal.ZERO))
            .add(amounts.optDecimal("OtherAmount").orElse(BigDecimal.ZERO));
    if (body.has("InvoiceAmountsDetails") && sum.add(tax).compareTo(total) != 0) {
      throw sc(400, 1103, "Invoice amounts are inconsistent with the total");
    }
    List<JsonObject> labors = body.has("Labors") ? body.objects("Labors") : List.of();
    List<JsonObject> materials = body.has("Materials") ? body.objects("Materials") : List.of();
    if (subscriber.laborTradeIds().contains(wo.tradeId) && labors.isEmpty()) {
      throw sc(400, 1151, "Labor line items are required for this trade");
    }
    if (!labors.isEmpty() && lineSum(labors).compareTo(labor) != 0) {
      throw sc(400, 1119, "Labor line items do not add up to LaborAmount");
    }
    if (!materials.isEmpty() && lineSum(materials).compareTo(material) != 0) {
      throw sc(400, 1120, "Material line items do not add up to MaterialAmount");
    }
    ScState.Invoice invoice = new ScState.Invoice();
    invoice.id = nextInvoiceId++;
    invoice.number = number;
    invoice.workOrderId = wo.id;
    invoice.subscriberId = wo.subscriberId;
    invoice.total = total;
    invoice.tax = tax;
    invoice.currency = wo.currency;
    invoice.posted = clock.instant();
    invoice.request.putAll(body.asMap());
    invoices.put(invoice.id, invoice);
    wo.invoiced = true;
    wo.updatedDate = clock.instant();
    deliverInvoice(invoice);
    return SimResponse.json(201, Json.obj("Id", invoice.id));
  }

  /**
   * {@code GET /odata/invoices}: the provider's invoices posted in the last 90 days unless the filter names
   * {@code PostedDate}, filtered ({@code WoTrackingNumber eq n}, …), ordered and paged like work orders. Deny it
   * with {@link #denyPermission} to play a provider user without the right (the description reserves it for
   * subscribers).
   */
  private SimResponse odataInvoices(SimRequest request) {
    ODataQuery<ScState.Invoice> query =
        ODataQuery.parse(request.query("$filter").orElse(null), ODataQuery.INVOICE_FIELDS);
    Comparator<ScState.Invoice> order =
        ODataQuery.orderBy(request.query("$orderby").orElse(null), ODataQuery.INVOICE_FIELDS);
    Instant since = clock.instant().minus(Duration.ofDays(90));
    List<Object> value =
        invoices.values().stream()
            .filter(i -> query.mentions("posteddate") || !i.posted.isBefore(since))
            .filter(query::matches)
            .sorted(order)
            .map(i -> (Object) ScViews.invoice(i, locations.get(workOrderOrFail(i.workOrderId).locationId).zone))
            .collect(Collectors.toList());
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("@odata.context", api.url("/v3/odata/$metadata#invoices"));
    body.putAll(odataPage(request, value));
    return SimResponse.ok(body);
  }

  private static BigDecimal lineSum(List<JsonObject> lines) {
    return lines.stream()
        .map(l -> l.optDecimal("Amount").orElse(BigDecimal.ZERO))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  // ---------------------------------------------------------------- webhooks

  /** Bumps {@code UpdatedDate} and sends the event with the thin reference live deliveries carry. */
  private void deliver(String eventType, String action, ScState.WorkOrder wo, String actorLogin) {
    wo.updatedDate = clock.instant();
    if (webhookUrl == null) {
      return;
    }
    ScState.Location location = locations.get(wo.locationId);
    post(
        Json.obj(
            "Type", "WoRootNotification", "Version", 1L, "Action", action, "EventType", eventType,
            "Object", ScViews.webhookObject(wo, user(actorLogin, wo), location.zone)));
  }

  private void deliverInvoice(ScState.Invoice invoice) {
    if (webhookUrl == null) {
      return;
    }
    post(
        Json.obj(
            "EventType", "InvoiceCreated", "Action", "NEW", "Type", "GenericRootNotification", "Version", 1L,
            "Object", Json.obj("Id", invoice.id, "Number", invoice.number, "WoTrackingNumber", invoice.workOrderId,
                "Status", invoice.status, "InvoiceTotal", invoice.total)));
  }

  private void post(Map<String, @Nullable Object> payload) {
    String body = Json.write(payload);
    String key = java.util.Objects.requireNonNull(signingKey);
    String url = java.util.Objects.requireNonNull(webhookUrl);
    Map<String, String> headers = Map.of("Sign-Type", "HMACSHA256", "Sign-Data", sign(body, key));
    // Delivered once the simulator's lock is released, so a receiver may call the simulator back.
    api.afterUnlock(() -> webhookSender.post(url, headers, body));
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

  // ---------------------------------------------------------------- lookups

  private SubscriberSetup subscriberOrFail(long id) {
    SubscriberSetup subscriber = subscribers.get(id);
    if (subscriber == null) {
      throw new IllegalArgumentException("unknown subscriber " + id);
    }
    return subscriber;
  }

  private ScState.WorkOrder workOrderOrFail(long id) {
    ScState.WorkOrder wo = workOrders.get(id);
    if (wo == null) {
      throw new IllegalArgumentException("unknown work order " + id);
    }
    return wo;
  }

  private ScState.WorkOrder workOrderFor(SimRequest request, int code, String message) {
    long id = request.pathLong("id");
    if (id <= 0) {
      throw sc(400, 917, "Invalid work order identifier");
    }
    ScState.WorkOrder wo = workOrders.get(id);
    if (wo == null || !wo.assignedToProvider) {
      throw sc(400, code, message);
    }
    return wo;
  }

  private ScState.WorkOrder writableWorkOrder(SimRequest request) {
    ScState.WorkOrder wo = workOrderFor(request, 502, "Work order is not found");
    if (wo.onHold) {
      throw sc(400, 933, "Workorder is on hold, no actions allowed");
    }
    return wo;
  }

  private static JsonObject optionalBody(SimRequest request) {
    return request.bodyString().isBlank() ? new JsonObject(Map.of()) : request.bodyObject();
  }

  private static List<String> upper(List<String> values) {
    return values.stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
  }
}
