package io.workbridge.testkit;

import io.workbridge.testkit.contract.ContractViolation;
import io.workbridge.testkit.contract.OpenApiContract;
import io.workbridge.testkit.fault.Fault;
import io.workbridge.testkit.fault.FaultContext;
import io.workbridge.testkit.fault.FaultSchedule;
import io.workbridge.testkit.journal.JournalEntry;
import io.workbridge.testkit.journal.RequestJournal;
import io.workbridge.testkit.oauth.OAuthServer;
import io.workbridge.testkit.ratelimit.RateLimit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated HTTP API on a {@link MockWebServer}: routes requests to handlers and adds what every
 * simulated system needs — OAuth token endpoint and bearer validation, request filters, a request journal
 * and a consistent error shape.
 *
 * <p>A system simulator (ServiceTitan, ServiceChannel, leads vendor) keeps its state in plain fields and
 * builds one {@code ApiSimulator} in its constructor:
 *
 * <pre>{@code
 * OAuthServer oauth = OAuthServer.builder().clock(clock).tokenPath("/oauth/token").build();
 * ApiSimulator api = ApiSimulator.builder("leads")
 *     .clock(clock)
 *     .errorRenderer((error, req) -> SimResponse.json(error.status(),
 *         Json.obj("error", Json.obj("code", error.code().orElse("error"), "message", error.message()))))
 *     .oauth(oauth)
 *     .get("/v1/accounts", req -> SimResponse.ok(Json.obj("data", accounts)))
 *     .get("/v1/alerts/{alertId}", req -> SimResponse.ok(alert(req.pathParam("alertId"))))
 *     .build()
 *     .start();
 * }</pre>
 *
 * <p>Each request goes through: numbering → contract check against the official API description, if
 * installed (a mismatch is answered 400 and recorded) → the fault schedule → route lookup (unknown path
 * 404, wrong method 405) → bearer validation unless the route is public → filters → rate limits → handler
 * → journal → the {@linkplain #responseLatency(Duration) response latency}, if set. Handlers run one at a
 * time under the simulator's lock, so state needs no further synchronisation; test code that changes
 * state while the client may be calling uses {@link #exclusive(Supplier)}. An exception other than {@link
 * ApiError} from a handler is a simulator bug: it is answered 500, logged and reported by {@link
 * #verify()}, which {@link #close()} runs.
 */
public final class ApiSimulator implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ApiSimulator.class);

  private final String name;
  private final Clock clock;
  private final ErrorRenderer errorRenderer;
  private final Router router;
  private final @Nullable OAuthServer oauth;
  private final List<RequestFilter> filters;
  private final List<RateLimit> rateLimits;
  private final @Nullable OpenApiContract contract;
  private final boolean verifyOnClose;
  private final boolean validateResponses;
  private final FaultSchedule faults;
  private final List<ContractViolation> contractViolations = new CopyOnWriteArrayList<>();
  private final RequestJournal journal = new RequestJournal();
  private final List<String> handlerErrors = new CopyOnWriteArrayList<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final ThreadLocal<List<Runnable>> deferred = ThreadLocal.withInitial(ArrayList::new);
  private final AtomicLong requestNumbers = new AtomicLong();
  private final MockWebServer server = new MockWebServer();
  private volatile Duration responseLatency = Duration.ZERO;
  private volatile boolean started;

  private ApiSimulator(Builder builder) {
    this.name = builder.name;
    this.clock = builder.clock;
    this.errorRenderer = builder.errorRenderer;
    this.router = builder.router;
    this.oauth = builder.oauth;
    this.filters = List.copyOf(builder.filters);
    this.rateLimits = List.copyOf(builder.rateLimits);
    this.contract = builder.contract;
    this.verifyOnClose = builder.verifyOnClose;
    this.validateResponses = builder.validateResponses;
    this.faults = new FaultSchedule(builder.faultSeed);
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(new SimDispatcher());
  }

  /**
   * Starts a builder.
   *
   * @param name the system's name, used in logs and assertion messages
   * @return the builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * Loads the API descriptions of the contract (if any, once per JVM) and starts the server on a free
   * port. Calling it again does nothing.
   *
   * @return this simulator
   */
  public synchronized ApiSimulator start() {
    if (!started) {
      if (contract != null) {
        contract.preload();
      }
      try {
        server.start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the " + name + " simulator", e);
      }
      started = true;
    }
    return this;
  }

  /**
   * Stops the server, then (unless built with {@code verifyOnClose(false)}) runs {@link #verify()}: a
   * contract violation or handler bug during the test fails it here, on the test's thread.
   *
   * @throws AssertionError when verification fails
   */
  @Override
  public void close() {
    synchronized (this) {
      try {
        server.close();
      } catch (RuntimeException e) {
        LOG.debug("Error while closing the {} simulator", name, e);
      }
      started = false;
    }
    if (verifyOnClose) {
      verify();
    }
  }

  /**
   * The base URL with a trailing slash, e.g. {@code http://localhost:54321/}.
   *
   * @return the base URL
   */
  public String baseUrl() {
    return url("/");
  }

  /**
   * The absolute URL of a path on this simulator, e.g. {@code url("/oauth/token")}.
   *
   * @param path the path, starting with {@code /}
   * @return the URL
   */
  public String url(String path) {
    requireStarted();
    return server.url(path).toString();
  }

  /**
   * The absolute URL of the token endpoint.
   *
   * @return the URL
   * @throws IllegalStateException when no OAuth server is installed
   */
  public String tokenUrl() {
    return url(oauth().orElseThrow(() -> new IllegalStateException("No OAuth server")).tokenPath());
  }

  /**
   * The system's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The simulator's clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The installed OAuth server.
   *
   * @return the server, if installed
   */
  public Optional<OAuthServer> oauth() {
    return Optional.ofNullable(oauth);
  }

  /**
   * Every request received.
   *
   * @return the journal
   */
  public RequestJournal journal() {
    return journal;
  }

  /**
   * How many requests the simulator received.
   *
   * @return the count
   */
  public int requestCount() {
    return journal.count();
  }

  /**
   * The underlying MockWebServer, for what the simulator does not cover.
   *
   * @return the server
   */
  public MockWebServer server() {
    return server;
  }

  /**
   * Runs code under the lock handlers run under, so state changes made by a test never interleave with
   * a request being handled.
   *
   * @param action the code
   * @param <T> the result type
   * @return the action's result
   */
  public <T> T exclusive(Supplier<T> action) {
    T result;
    lock.lock();
    try {
      result = action.get();
    } catch (RuntimeException | Error e) {
      unlockDroppingDeferred();
      throw e;
    }
    unlockAndRunDeferred();
    return result;
  }

  /**
   * Runs a task once the current thread no longer holds the simulator's lock — right away when it does
   * not hold it. Use it for calls out of the simulator (webhook deliveries) made from a handler or from
   * {@link #exclusive(Supplier)}: the receiver under test may call the simulator back while handling the
   * call, and would otherwise wait for a lock held by the very thread waiting for its answer. Tasks run in
   * order on the same thread, before the handler's response is sent; they are dropped if the handler or
   * action fails.
   *
   * @param task the task
   */
  public void afterUnlock(Runnable task) {
    if (lock.isHeldByCurrentThread()) {
      deferred.get().add(task);
    } else {
      task.run();
    }
  }

  private void unlockAndRunDeferred() {
    lock.unlock();
    if (lock.isHeldByCurrentThread()) {
      return;
    }
    List<Runnable> tasks = deferred.get();
    try {
      while (!tasks.isEmpty()) {
        tasks.remove(0).run();
      }
    } finally {
      tasks.clear();
    }
  }

  private void unlockDroppingDeferred() {
    lock.unlock();
    if (!lock.isHeldByCurrentThread()) {
      deferred.get().clear();
    }
  }

  /**
   * Runs code under the lock handlers run under.
   *
   * @param action the code
   */
  public void exclusive(Runnable action) {
    exclusive(
        () -> {
          action.run();
          return null;
        });
  }

  /**
   * The fault schedule: plan errors, delays and disconnects for coming requests.
   *
   * @return the schedule
   */
  public FaultSchedule faults() {
    return faults;
  }

  /**
   * Delays the headers of every response from now on — API calls, the token endpoint, errors and 429s
   * alike — by a fixed time, as the network round trip to the real system would; a delayed-headers
   * fault adds to it. The delay is spent on the connection's own thread after the handler ran, so the
   * simulator's lock is not held meanwhile and concurrent requests are delayed in parallel, not queued.
   *
   * @param latency the delay; {@link Duration#ZERO} (the default) answers at once
   * @return this simulator
   * @throws IllegalArgumentException when the latency is negative
   */
  public ApiSimulator responseLatency(Duration latency) {
    if (latency.isNegative()) {
      throw new IllegalArgumentException("Latency must not be negative, was " + latency);
    }
    this.responseLatency = latency;
    return this;
  }

  /**
   * The delay added to every response (see {@link #responseLatency(Duration)}).
   *
   * @return the delay, zero by default
   */
  public Duration responseLatency() {
    return responseLatency;
  }

  /**
   * The rate-limit rules installed.
   *
   * @return the rules
   */
  public List<RateLimit> rateLimits() {
    return rateLimits;
  }

  /**
   * Requests that did not match the official API description (answered 400).
   *
   * @return a snapshot
   */
  public List<ContractViolation> contractViolations() {
    return List.copyOf(contractViolations);
  }

  /**
   * Fails when any request did not match the official API description.
   *
   * @throws AssertionError listing the violations
   */
  public void assertNoContractViolations() {
    if (!contractViolations.isEmpty()) {
      throw new AssertionError(
          "The " + name + " simulator received " + contractViolations.size()
              + " request(s) the real API would reject:\n  "
              + String.join("\n  ", contractViolations.stream().map(Object::toString).toList()));
    }
  }

  /**
   * Forgets recorded contract violations and handler errors (after a test that provokes them on
   * purpose).
   */
  public void clearProblems() {
    contractViolations.clear();
    handlerErrors.clear();
  }

  /**
   * Messages of unexpected exceptions thrown by handlers (simulator bugs).
   *
   * @return a snapshot
   */
  public List<String> handlerErrors() {
    return List.copyOf(handlerErrors);
  }

  /**
   * Fails when a request violated the API description or a handler threw an unexpected exception.
   *
   * @throws AssertionError listing the problems
   */
  public void verify() {
    List<String> problems = new ArrayList<>();
    for (ContractViolation violation : contractViolations) {
      problems.add("contract violation " + violation);
    }
    for (String error : handlerErrors) {
      problems.add("handler error " + error);
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "The " + name + " simulator saw " + problems.size() + " problem(s):\n  "
              + String.join("\n  ", problems));
    }
  }

  private void requireStarted() {
    if (!started) {
      throw new IllegalStateException("The " + name + " simulator is not started; call start()");
    }
  }

  /** A response and the principal it was produced for. */
  private record Handled(SimResponse response, @Nullable Principal principal) {}

  private Handled handle(SimRequest request) {
    HttpUrl url = request.url();
    Router.Match match = router.resolve(request.method(), url.pathSegments());
    Route route = match.route();
    if (route == null) {
      if (match.pathKnown()) {
        return new Handled(
            render(new ApiError(405, null, "Method " + request.method() + " is not allowed"), request),
            null);
      }
      return new Handled(
          render(ApiError.notFound("No route for " + request.method() + " " + request.path()), request),
          null);
    }
    Principal principal = null;
    try {
      if (route.authenticated() && oauth != null) {
        principal = oauth.authenticate(request);
      }
      SimRequest routed = request.with(match.params(), principal);
      if (route.authenticated()) {
        for (RequestFilter filter : filters) {
          filter.check(routed);
        }
        for (RateLimit rateLimit : rateLimits) {
          Optional<SimResponse> rejected = rateLimit.check(routed, clock.instant());
          if (rejected.isPresent()) {
            return new Handled(rejected.get(), principal);
          }
        }
      }
      SimResponse response;
      lock.lock();
      try {
        response = route.handler().handle(routed);
        if (validateResponses && contract != null && response.statusCode() / 100 == 2) {
          checkResponse(routed, response);
        }
      } catch (RuntimeException | Error e) {
        unlockDroppingDeferred();
        throw e;
      }
      unlockAndRunDeferred();
      return new Handled(response, principal);
    } catch (ApiError error) {
      return new Handled(render(error, request), principal);
    }
  }

  /** Contract check, then faults, then normal handling. */
  private Handled process(SimRequest request) {
    if (contract != null && (oauth == null || !request.path().equals(oauth.tokenPath()))) {
      List<String> messages = contract.validate(request);
      if (!messages.isEmpty()) {
        ContractViolation violation =
            new ContractViolation(request.number(), request.method(), request.path(), messages);
        contractViolations.add(violation);
        LOG.warn("The {} simulator rejected a request the real API would reject: {}", name, violation);
        ApiError error =
            new ApiError(
                400, "contract", "Request does not match the API description: " + String.join("; ", messages));
        return new Handled(render(error, request), null);
      }
    }
    Optional<Fault> fault = faults.next(request);
    if (fault.isEmpty()) {
      return handle(request);
    }
    Handled[] proceeded = new Handled[1];
    SimResponse response =
        fault.get()
            .apply(
                request,
                new FaultContext() {
                  @Override
                  public SimResponse proceed() {
                    proceeded[0] = handle(request);
                    return proceeded[0].response();
                  }

                  @Override
                  public SimResponse render(ApiError error) {
                    return ApiSimulator.this.render(error, request);
                  }
                });
    return new Handled(response, proceeded[0] == null ? null : proceeded[0].principal());
  }

  private void checkResponse(SimRequest request, SimResponse response) {
    OpenApiContract checked = contract;
    if (checked == null) {
      return;
    }
    List<String> messages =
        checked.validateResponse(request, response.statusCode(), response.headers(), response.bodyString());
    if (!messages.isEmpty()) {
      List<String> tagged = new ArrayList<>();
      messages.forEach(m -> tagged.add("response " + response.statusCode() + ": " + m));
      ContractViolation violation =
          new ContractViolation(request.number(), request.method(), request.path(), tagged);
      contractViolations.add(violation);
      LOG.warn("The {} simulator answered outside the API description: {}", name, violation);
    }
  }

  private SimResponse render(ApiError error, SimRequest request) {
    return errorRenderer.render(error, request);
  }

  private final class SimDispatcher extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest recorded) {
      long number = requestNumbers.incrementAndGet();
      SimRequest request = new SimRequest(number, recorded, java.util.Map.of(), null);
      SimResponse response;
      Optional<String> clientId = Optional.empty();
      try {
        Handled handled = process(request);
        response = handled.response();
        if (handled.principal() != null) {
          clientId = Optional.of(handled.principal().clientId());
        }
      } catch (RuntimeException e) {
        String problem =
            "#" + number + " " + recorded.getMethod() + " " + recorded.getUrl().encodedPath()
                + ": " + e;
        LOG.error("The {} simulator failed on {}", name, problem, e);
        handlerErrors.add(problem);
        response = safeRender(new ApiError(500, null, "Simulator error"), request);
      }
      journal.record(
          new JournalEntry(
              number,
              clock.instant(),
              recorded.getMethod(),
              recorded.getUrl(),
              recorded.getHeaders(),
              request.bodyBytes(),
              clientId,
              response.isDisconnect() ? -1 : response.statusCode()));
      return withLatency(response.toMockResponse());
    }

    private MockResponse withLatency(MockResponse response) {
      Duration latency = responseLatency;
      if (latency.isZero()) {
        return response;
      }
      return response
          .newBuilder()
          .headersDelay(response.getHeadersDelayNanos() + latency.toNanos(), TimeUnit.NANOSECONDS)
          .build();
    }

    private SimResponse safeRender(ApiError error, SimRequest request) {
      try {
        return render(error, request);
      } catch (RuntimeException e) {
        return SimResponse.json(error.status(), Json.obj("message", error.message()));
      }
    }
  }

  /** Builds an {@link ApiSimulator}. */
  public static final class Builder {
    private final String name;
    private Clock clock = Clock.systemUTC();
    private ErrorRenderer errorRenderer = ErrorRenderer.simple();
    private final Router router = new Router();
    private @Nullable OAuthServer oauth;
    private final List<RequestFilter> filters = new ArrayList<>();
    private final List<RateLimit> rateLimits = new ArrayList<>();
    private @Nullable OpenApiContract contract;
    private boolean verifyOnClose = true;
    private boolean validateResponses;
    private long faultSeed = 42L;

    private Builder(String name) {
      this.name = name;
    }

    /**
     * The clock for the journal and rate-limit windows; share it with the OAuth server.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /**
     * How errors are rendered in the system's own shape. Default {@link ErrorRenderer#simple()}.
     *
     * @param value the renderer
     * @return this builder
     */
    public Builder errorRenderer(ErrorRenderer value) {
      this.errorRenderer = value;
      return this;
    }

    /**
     * Installs an OAuth server: serves {@code POST} on its token path (public) and requires a valid bearer
     * token on all routes not added as public.
     *
     * @param server the OAuth server
     * @return this builder
     */
    public Builder oauth(OAuthServer server) {
      this.oauth = server;
      router.add(new Route("POST", server.tokenPath(), server::handleTokenRequest, false));
      return this;
    }

    /**
     * Adds a filter run on every authenticated route before its handler.
     *
     * @param filter the filter
     * @return this builder
     */
    public Builder filter(RequestFilter filter) {
      filters.add(filter);
      return this;
    }

    /**
     * Adds a rate-limit rule, checked on authenticated routes after the filters.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder rateLimit(RateLimit rule) {
      rateLimits.add(rule);
      return this;
    }

    /**
     * Validates every request (except to the token endpoint) against the official API description; a
     * request that does not match is answered 400 in the system's error shape and recorded as a
     * violation, which fails {@link ApiSimulator#verify()} and {@link ApiSimulator#close()}.
     *
     * @param value the contract
     * @return this builder
     */
    public Builder contract(OpenApiContract value) {
      this.contract = value;
      return this;
    }

    /**
     * Also validates the simulator's own 2xx responses against the contract, recording mismatches as
     * contract violations (marked {@code response}), so a simulator cannot drift from the published
     * shapes the real API answers with. Default false. Known gaps between a description and the live
     * API (e.g. ServiceTitan invoice amounts as strings) may need {@code ignoreMessage} on the contract.
     *
     * @param value true to validate responses
     * @return this builder
     */
    public Builder validateResponses(boolean value) {
      this.validateResponses = value;
      return this;
    }

    /**
     * Whether {@link ApiSimulator#close()} runs {@link ApiSimulator#verify()}. Default true.
     *
     * @param value false to verify only explicitly
     * @return this builder
     */
    public Builder verifyOnClose(boolean value) {
      this.verifyOnClose = value;
      return this;
    }

    /**
     * The seed for probabilistic faults. Default 42.
     *
     * @param value the seed
     * @return this builder
     */
    public Builder faultSeed(long value) {
      this.faultSeed = value;
      return this;
    }

    /**
     * Adds a route that requires a bearer token (when an OAuth server is installed).
     *
     * @param method the HTTP method
     * @param template the path template, e.g. {@code /v3/workorders/{id}}
     * @param handler the handler
     * @return this builder
     */
    public Builder route(String method, String template, Handler handler) {
      router.add(new Route(method, template, handler, true));
      return this;
    }

    /**
     * Adds a route that needs no token and skips the filters.
     *
     * @param method the HTTP method
     * @param template the path template
     * @param handler the handler
     * @return this builder
     */
    public Builder publicRoute(String method, String template, Handler handler) {
      router.add(new Route(method, template, handler, false));
      return this;
    }

    /**
     * Adds a {@code GET} route.
     *
     * @param template the path template
     * @param handler the handler
     * @return this builder
     */
    public Builder get(String template, Handler handler) {
      return route("GET", template, handler);
    }

    /**
     * Adds a {@code POST} route.
     *
     * @param template the path template
     * @param handler the handler
     * @return this builder
     */
    public Builder post(String template, Handler handler) {
      return route("POST", template, handler);
    }

    /**
     * Adds a {@code PUT} route.
     *
     * @param template the path template
     * @param handler the handler
     * @return this builder
     */
    public Builder put(String template, Handler handler) {
      return route("PUT", template, handler);
    }

    /**
     * Adds a {@code PATCH} route.
     *
     * @param template the path template
     * @param handler the handler
     * @return this builder
     */
    public Builder patch(String template, Handler handler) {
      return route("PATCH", template, handler);
    }

    /**
     * Adds a {@code DELETE} route.
     *
     * @param template the path template
     * @param handler the handler
     * @return this builder
     */
    public Builder delete(String template, Handler handler) {
      return route("DELETE", template, handler);
    }

    /**
     * Builds the simulator (not started).
     *
     * @return the simulator
     */
    public ApiSimulator build() {
      return new ApiSimulator(this);
    }
  }
}
