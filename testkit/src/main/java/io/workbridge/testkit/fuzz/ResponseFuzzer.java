package io.workbridge.testkit.fuzz;

import io.workbridge.testkit.NoDelayServerSocketFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * Serves generated answers to a client and records which it failed to decode.
 *
 * <p>The fuzzer runs one local HTTP server. Build the client against {@link #url(String)} (and {@link
 * #tokenUrl()}, which answers every token request with a bearer token valid for an hour, refresh token
 * included), describe each client operation as a {@link FuzzOperation}, and {@link #run} them: for each
 * operation the fuzzer generates its {@link ResponseCases}, and for each case it answers the operation's
 * request with the case and makes the call once. A call that throws, fails its check, sends no request to
 * the described path, or sends a request the fuzzer cannot route fails the case, unless a {@link
 * Deviation} explains it.
 *
 * <pre>{@code
 * try (ResponseFuzzer fuzzer = ResponseFuzzer.builder().build().start()) {
 *   ServiceTitanClient st = ServiceTitanClient.builder().baseUrl(fuzzer.url("/")).tokenUrl(fuzzer.tokenUrl())…;
 *   fuzzer.run("servicetitan", operations(st), DEVIATIONS).assertAllDecoded();
 * }
 * }</pre>
 *
 * <p>Seeded: the seed is {@value #SEED_PROPERTY} when set, else the builder's, and each operation derives
 * its own from it and its name, so a failure is re-run with the seed and {@value #ONLY_PROPERTY} (a
 * regular expression on operation names) to repeat exactly its cases. {@value #CASES_PROPERTY} overrides
 * the number of cases per operation. Calls run one at a time; not thread-safe.
 */
public final class ResponseFuzzer implements AutoCloseable {
  /** System property overriding the seed. */
  public static final String SEED_PROPERTY = "workbridge.fuzz.seed";

  /** System property restricting a run to the operations whose names match this regular expression. */
  public static final String ONLY_PROPERTY = "workbridge.fuzz.only";

  /** System property overriding the number of cases per operation. */
  public static final String CASES_PROPERTY = "workbridge.fuzz.cases";

  /** The default seed. */
  public static final long DEFAULT_SEED = 20_260_601L;

  private static final String TOKEN_BODY =
      "{\"access_token\":\"fuzz-access-token\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
          + "\"refresh_token\":\"fuzz-refresh-token\"}";

  private final MockWebServer server = new MockWebServer();
  private final String tokenPath;
  private final long seed;
  private final int casesPerOperation;
  private final boolean optionalMayBeNull;
  private volatile @Nullable Serving serving;
  private boolean started;

  /** The most requests one case may send to its operation's path: more means a runaway walk. */
  static final int MAX_REQUESTS_PER_CASE = 20;

  /** What the server answers while one case runs. */
  private record Serving(
      Pattern operation, String method, ResponseCase fuzzCase, @Nullable String thenBody, List<Route> supports,
      AtomicInteger hits, List<String> unexpected) {}

  private record Route(Pattern path, String method, int status, String body) {}

  private ResponseFuzzer(Builder builder) {
    this.tokenPath = builder.tokenPath;
    this.seed = Long.getLong(SEED_PROPERTY, builder.seed);
    this.casesPerOperation = Integer.getInteger(CASES_PROPERTY, builder.casesPerOperation);
    this.optionalMayBeNull = builder.optionalMayBeNull;
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(new FuzzDispatcher());
  }

  /**
   * Starts a builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts the server.
   *
   * @return this fuzzer
   */
  public synchronized ResponseFuzzer start() {
    if (!started) {
      try {
        server.start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the fuzzing server", e);
      }
      started = true;
    }
    return this;
  }

  /**
   * An absolute URL on the server, e.g. {@code url("/v3/")} for a client's base URL.
   *
   * @param path a path starting with {@code /}
   * @return the URL
   */
  public String url(String path) {
    return server.url(path).toString();
  }

  /**
   * The token endpoint's URL.
   *
   * @return the URL
   */
  public String tokenUrl() {
    return url(tokenPath);
  }

  /**
   * The seed this run uses.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Runs every operation (those matching {@value #ONLY_PROPERTY} when it is set) over its cases.
   *
   * @param system the system's name, for the report
   * @param operations the client's operations
   * @param deviations the documented deviations
   * @return the report; call {@link FuzzReport#assertAllDecoded()} on it
   */
  public FuzzReport run(String system, List<FuzzOperation> operations, List<Deviation> deviations) {
    start();
    String only = System.getProperty(ONLY_PROPERTY);
    Pattern filter = only == null || only.isBlank() ? null : Pattern.compile(only);
    List<FuzzReport.OperationResult> results = new ArrayList<>();
    for (FuzzOperation operation : operations) {
      if (filter == null || filter.matcher(operation.name()).matches()) {
        results.add(run(operation, deviations));
      }
    }
    return new FuzzReport(system, seed, results, deviations, System.getProperty(SEED_PROPERTY) == null);
  }

  private FuzzReport.OperationResult run(FuzzOperation operation, List<Deviation> deviations) {
    ApiDescription description = ApiDescription.load(operation.description());
    List<ResponseCase> cases =
        ResponseCases.builder(operation.description(), operation.method(), operation.path())
            .seed(seed ^ (operation.name().hashCode() * 0x9E3779B97F4A7C15L))
            .limit(operation.limit().orElse(casesPerOperation))
            .optionalMayBeNull(optionalMayBeNull)
            .generate();
    Pattern target = pathPattern(description.basePath() + operation.path());
    List<Route> supports = new ArrayList<>();
    for (FuzzOperation.Support support : operation.supports()) {
      supports.add(
          new Route(
              pathPattern(description.basePath() + support.path()),
              support.method().toUpperCase(Locale.ROOT),
              support.status(),
              support.body()));
    }
    List<FuzzReport.Failure> failures = new ArrayList<>();
    for (ResponseCase fuzzCase : cases) {
      Serving now =
          new Serving(target, operation.method().toUpperCase(Locale.ROOT), fuzzCase,
              operation.thenBody().orElse(null), supports, new AtomicInteger(), new CopyOnWriteArrayList<>());
      serving = now;
      String problem = null;
      try {
        Object result = operation.call().invoke();
        if (operation.check().isPresent()) {
          operation.check().get().verify(fuzzCase, result);
        }
      } catch (VirtualMachineError fatal) {
        throw fatal;
      } catch (Throwable failure) {
        problem = describe(failure);
      } finally {
        serving = null;
      }
      if (!now.unexpected().isEmpty()) {
        problem = "the call sent requests the fuzzer cannot route: " + now.unexpected()
            + (problem == null ? "" : "; then it failed with " + problem);
      }
      if (problem == null && now.hits().get() == 0) {
        problem = "the call sent no request to " + operation.method() + " " + operation.path();
      }
      if (problem != null) {
        String label = fuzzCase.label();
        String explained = problem;
        Deviation explanation =
            deviations.stream().filter(d -> d.explains(operation.name(), label, explained)).findFirst()
                .orElse(null);
        failures.add(new FuzzReport.Failure(operation.name(), fuzzCase, problem, explanation));
      }
    }
    return new FuzzReport.OperationResult(operation.name(), cases.size(), failures);
  }

  /** The exception's type and message, its causes', and where an unexpected one was thrown. */
  static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder();
    Throwable current = failure;
    for (int depth = 0; current != null && depth < 3; depth++, current = current.getCause()) {
      if (depth > 0) {
        text.append(" <- caused by ");
      }
      text.append(current.getClass().getName()).append(": ").append(current.getMessage());
      if (!current.getClass().getName().startsWith("io.workbridge.") && current.getStackTrace().length > 0) {
        text.append(" at ").append(current.getStackTrace()[0]);
      }
    }
    return text.toString();
  }

  /** A regular expression for a described path: literal text, each {@code {name}} one path segment. */
  static Pattern pathPattern(String describedPath) {
    StringBuilder regex = new StringBuilder();
    Matcher parameters = Pattern.compile("\\{[^}/]+}").matcher(describedPath);
    int last = 0;
    while (parameters.find()) {
      regex.append(Pattern.quote(describedPath.substring(last, parameters.start()))).append("[^/]+");
      last = parameters.end();
    }
    regex.append(Pattern.quote(describedPath.substring(last)));
    return Pattern.compile(regex.toString());
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.close();
  }

  private final class FuzzDispatcher extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String method = request.getMethod() == null ? "" : request.getMethod().toUpperCase(Locale.ROOT);
      String path = "/" + String.join("/", request.getUrl().pathSegments());
      if (path.equals(tokenPath)) {
        return json(200, TOKEN_BODY);
      }
      Serving now = serving;
      if (now == null) {
        return json(404, "{\"message\":\"no case is being served\"}");
      }
      if (method.equals(now.method()) && now.operation().matcher(path).matches()) {
        int hit = now.hits().incrementAndGet();
        if (hit > MAX_REQUESTS_PER_CASE) {
          now.unexpected().add("more than " + MAX_REQUESTS_PER_CASE + " requests to " + method + " " + path);
          return json(418, "{\"message\":\"runaway\"}");
        }
        String then = now.thenBody();
        return hit > 1 && then != null
            ? json(200, then)
            : json(now.fuzzCase().status(), now.fuzzCase().body());
      }
      for (Route route : now.supports()) {
        if (method.equals(route.method()) && route.path().matcher(path).matches()) {
          return json(route.status(), route.body());
        }
      }
      now.unexpected().add(method + " " + path);
      return json(404, "{\"message\":\"not routed by the fuzzer\"}");
    }

    private MockResponse json(int status, String body) {
      MockResponse.Builder response = new MockResponse.Builder().code(status);
      if (!body.isEmpty()) {
        response.addHeader("Content-Type", "application/json; charset=utf-8").body(body);
      }
      return response.build();
    }
  }

  /** Builds a {@link ResponseFuzzer}. */
  public static final class Builder {
    private String tokenPath = "/oauth/token";
    private long seed = DEFAULT_SEED;
    private int casesPerOperation = 250;
    private boolean optionalMayBeNull;

    private Builder() {}

    /**
     * The token endpoint's path (default {@code /oauth/token}).
     *
     * @param value the path, starting with {@code /}
     * @return this builder
     */
    public Builder tokenPath(String value) {
      this.tokenPath = Objects.requireNonNull(value, "tokenPath");
      return this;
    }

    /**
     * The seed, unless {@value ResponseFuzzer#SEED_PROPERTY} is set (default {@value
     * ResponseFuzzer#DEFAULT_SEED}).
     *
     * @param value the seed
     * @return this builder
     */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * Cases per operation, unless {@value ResponseFuzzer#CASES_PROPERTY} is set (default 250).
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder casesPerOperation(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("casesPerOperation must be at least 1, was " + value);
      }
      this.casesPerOperation = value;
      return this;
    }

    /**
     * Whether optional properties may also be null although the description does not say so (see {@link
     * ResponseCases.Builder#optionalMayBeNull}).
     *
     * @param value true for descriptions of .NET APIs in Swagger 2.0
     * @return this builder
     */
    public Builder optionalMayBeNull(boolean value) {
      this.optionalMayBeNull = value;
      return this;
    }

    /**
     * Builds the fuzzer (not started).
     *
     * @return the fuzzer
     */
    public ResponseFuzzer build() {
      return new ResponseFuzzer(this);
    }
  }
}
