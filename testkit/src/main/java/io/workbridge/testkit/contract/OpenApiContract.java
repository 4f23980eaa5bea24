package io.workbridge.testkit.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.SimRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Validates requests against official OpenAPI 3 / Swagger 2 descriptions with Atlassian's
 * {@code swagger-request-validator-core}: path, method, parameters (path, query, header) and body
 * schema; plus, since the validator only reads operation-level {@code security}, the API keys the
 * description requires at the top level (ServiceTitan's {@code ST-App-Key}).
 *
 * <p>One host may serve several descriptions under path prefixes (ServiceTitan serves {@code /crm/v2},
 * {@code /jpm/v2}, ... each with its own file): each request goes to the description with the longest
 * matching prefix; a request no description covers is a violation. The prefix of a description is read
 * from its first {@code servers} URL (OpenAPI 3) or its {@code basePath} (Swagger 2) unless given.
 *
 * <p>The vendored, trimmed descriptions are on the classpath under {@code openapi/}; use {@link
 * #serviceTitan(String...)} and {@link #serviceChannel()}. Loaded validators are cached for the JVM, so
 * only the first simulator pays the parsing cost. Thread-safe.
 */
public final class OpenApiContract {

  private static final Map<String, OpenApiInteractionValidator> CACHE = new ConcurrentHashMap<>();

  /** The validator's message key for a repeated query parameter where the description implies csv. */
  public static final String REPEATED_ARRAY_PARAMETER = "validation.request.parameter.collection.invalidFormat";

  /** The message key of a request without any API key the description requires. */
  public static final String MISSING_API_KEY = "validation.request.security.missing";

  /** The ServiceTitan modules vendored under {@code openapi/servicetitan/}. */
  public static final List<String> SERVICETITAN_MODULES =
      List.of(
          "crm", "jpm", "dispatch", "accounting", "forms", "settings", "marketing", "payroll", "jbce");

  private record Spec(String prefix, String resource) {}

  /** One way to send an API key: a header or query parameter name. */
  private record ApiKey(String in, String name) {}

  private static final Map<String, List<List<ApiKey>>> GLOBAL_KEYS = new ConcurrentHashMap<>();

  private final List<Spec> specs;
  private final List<Pattern> ignoredPaths;
  private final Set<String> ignoredMessageKeys;
  private final List<ResponseDeviation> responseDeviations;

  private OpenApiContract(Builder builder) {
    List<Spec> sorted = new ArrayList<>(builder.specs);
    sorted.sort(Comparator.comparingInt((Spec s) -> s.prefix().length()).reversed());
    this.specs = List.copyOf(sorted);
    this.ignoredPaths = List.copyOf(builder.ignoredPaths);
    this.ignoredMessageKeys = Set.copyOf(builder.ignoredMessageKeys);
    this.responseDeviations = List.copyOf(builder.responseDeviations);
  }

  /**
   * The known differences between the answers of the simulator using this contract and the description,
   * which response validation does not report.
   *
   * @return the deviations, in the order added
   */
  public List<ResponseDeviation> responseDeviations() {
    return responseDeviations;
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
   * The vendored ServiceTitan descriptions, each under its module prefix ({@code /crm/v2}, ...).
   *
   * @param modules module names (see {@link #SERVICETITAN_MODULES}); none means all
   * @return the contract
   */
  public static OpenApiContract serviceTitan(String... modules) {
    List<String> chosen = modules.length == 0 ? SERVICETITAN_MODULES : List.of(modules);
    Builder builder = builder();
    for (String module : chosen) {
      builder.spec("/" + module + "/v2", "openapi/servicetitan/" + module + "-v2.json");
    }
    return builder.build();
  }

  /**
   * The vendored ServiceChannel v3 description, under {@code /v3}.
   *
   * <p>The description gives no {@code collectionFormat} for its array query parameters ({@code status},
   * {@code number}, ... on {@code GET /workorders}), so Swagger 2.0's default, {@code csv}, applies: {@code
   * status=A,B}. A repeated parameter ({@code status=A&status=B}) is reported as {@value
   * #REPEATED_ARRAY_PARAMETER}.
   *
   * @return the contract
   */
  public static OpenApiContract serviceChannel() {
    return builder().spec("/v3", "openapi/servicechannel/service-automation-v3.json").build();
  }

  /**
   * Validates a request.
   *
   * @param request the request
   * @return the error messages; empty when the request matches the description or is ignored
   */
  public List<String> validate(SimRequest request) {
    String path = request.path();
    for (Pattern ignored : ignoredPaths) {
      if (ignored.matcher(path).matches()) {
        return List.of();
      }
    }
    for (Spec spec : specs) {
      if (path.equals(spec.prefix()) || path.startsWith(spec.prefix() + "/")) {
        List<String> messages = new ArrayList<>(validate(validator(spec), request));
        if (!ignoredMessageKeys.contains(MISSING_API_KEY)) {
          missingApiKey(spec, request).ifPresent(messages::add);
        }
        return messages;
      }
    }
    return List.of("No API description covers " + request.method() + " " + path);
  }

  /**
   * Validates a simulator's response against the description of the operation it answers, to keep the
   * simulator honest about shapes (field names, types, required fields).
   *
   * @param request the request answered (already found valid)
   * @param status the response status
   * @param headers the response headers
   * @param body the response body
   * @return the error messages; empty when the response matches or the path is ignored
   */
  public List<String> validateResponse(SimRequest request, int status, Headers headers, String body) {
    String path = request.path();
    for (Pattern ignored : ignoredPaths) {
      if (ignored.matcher(path).matches()) {
        return List.of();
      }
    }
    for (Spec spec : specs) {
      if (path.equals(spec.prefix()) || path.startsWith(spec.prefix() + "/")) {
        SimpleResponse.Builder response = new SimpleResponse.Builder(status);
        for (String name : headers.names()) {
          response.withHeader(name, headers.values(name));
        }
        if (!body.isEmpty()) {
          response.withBody(body);
        }
        ValidationReport report =
            validator(spec)
                .validateResponse(
                    request.url().encodedPath(),
                    Request.Method.valueOf(request.method()),
                    response.build());
        List<String> messages = new ArrayList<>();
        for (String message : errors(report)) {
          boolean known =
              responseDeviations.stream().anyMatch(d -> d.covers(request.method(), path, message));
          if (!known) {
            messages.add(message);
          }
        }
        return messages;
      }
    }
    return List.of();
  }

  private static List<String> errors(ValidationReport report) {
    List<String> messages = new ArrayList<>();
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() == ValidationReport.Level.ERROR) {
        messages.add(message.getKey() + ": " + message.getMessage());
      }
    }
    return messages;
  }

  /**
   * Loads the validators now (they are otherwise loaded on the first request, which may then outlast a
   * client's timeout). {@code ApiSimulator.start()} calls it.
   */
  public void preload() {
    specs.forEach(this::validator);
  }

  /**
   * The validator checks only operation-level {@code security}; the ServiceTitan descriptions declare
   * their API keys ({@code ST-App-Key} header or {@code servicetitanapplicationkey} query parameter) at the
   * top level, which applies to every operation. Checks that one of those alternatives was sent.
   */
  private static java.util.Optional<String> missingApiKey(Spec spec, SimRequest request) {
    List<List<ApiKey>> alternatives = GLOBAL_KEYS.computeIfAbsent(spec.resource(), OpenApiContract::globalApiKeys);
    if (alternatives.isEmpty()) {
      return java.util.Optional.empty();
    }
    for (List<ApiKey> requirement : alternatives) {
      boolean fulfilled = true;
      for (ApiKey key : requirement) {
        boolean present =
            key.in().equals("header")
                ? request.header(key.name()).filter(v -> !v.isBlank()).isPresent()
                : request.query(key.name()).filter(v -> !v.isBlank()).isPresent();
        fulfilled &= present;
      }
      if (fulfilled) {
        return java.util.Optional.empty();
      }
    }
    List<String> names = new ArrayList<>();
    alternatives.forEach(r -> r.forEach(k -> names.add(k.in() + " " + k.name())));
    return java.util.Optional.of(
        MISSING_API_KEY + ": no API key the description requires was sent (" + String.join(" or ", names) + ")");
  }

  /** Top-level security requirements made only of API keys; empty when there are none or others. */
  @SuppressWarnings("unchecked")
  private static List<List<ApiKey>> globalApiKeys(String resource) {
    Map<String, @Nullable Object> root = (Map<String, @Nullable Object>) Json.parse(read(resource));
    Object schemesNode =
        root.get("components") instanceof Map
            ? ((Map<String, @Nullable Object>) root.get("components")).get("securitySchemes")
            : root.get("securityDefinitions");
    if (!(root.get("security") instanceof List) || !(schemesNode instanceof Map)) {
      return List.of();
    }
    Map<String, @Nullable Object> schemes = (Map<String, @Nullable Object>) schemesNode;
    List<List<ApiKey>> alternatives = new ArrayList<>();
    for (Object requirement : (List<Object>) root.get("security")) {
      List<ApiKey> keys = new ArrayList<>();
      for (String schemeName : ((Map<String, Object>) requirement).keySet()) {
        Object scheme = schemes.get(schemeName);
        if (!(scheme instanceof Map) || !"apiKey".equals(((Map<String, Object>) scheme).get("type"))) {
          return List.of();
        }
        Map<String, Object> apiKey = (Map<String, Object>) scheme;
        keys.add(new ApiKey(String.valueOf(apiKey.get("in")), String.valueOf(apiKey.get("name"))));
      }
      alternatives.add(keys);
    }
    return List.copyOf(alternatives);
  }

  private List<String> validate(OpenApiInteractionValidator validator, SimRequest request) {
    HttpUrl url = request.url();
    SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), url.encodedPath());
    for (String name : url.queryParameterNames()) {
      List<String> values = new ArrayList<>();
      for (String value : url.queryParameterValues(name)) {
        values.add(value == null ? "" : value);
      }
      builder.withQueryParam(name, values);
    }
    Headers headers = request.headers();
    for (String name : headers.names()) {
      builder.withHeader(name, headers.values(name));
    }
    if (request.bodyBytes().size() > 0) {
      builder.withBody(request.bodyBytes().toByteArray());
    }
    Request built = builder.build();
    return errors(validator.validateRequest(built));
  }

  private OpenApiInteractionValidator validator(Spec spec) {
    String cacheKey = spec.resource() + "|" + spec.prefix() + "|" + new java.util.TreeSet<>(ignoredMessageKeys);
    return CACHE.computeIfAbsent(
        cacheKey,
        k -> {
          LevelResolver.Builder levels = LevelResolver.create();
          for (String key : ignoredMessageKeys) {
            levels.withLevel(key, ValidationReport.Level.IGNORE);
          }
          return OpenApiInteractionValidator.createForInlineApiSpecification(read(spec.resource()))
              .withBasePathOverride(spec.prefix())
              .withLevelResolver(levels.build())
              .build();
        });
  }

  static String read(String resource) {
    ClassLoader loader = OpenApiContract.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No API description on the classpath at " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  @SuppressWarnings("unchecked")
  static String prefixOf(String resource) {
    Object tree = Json.parse(read(resource));
    if (!(tree instanceof Map)) {
      throw new IllegalArgumentException(resource + " is not a JSON object");
    }
    Map<String, @Nullable Object> root = (Map<String, @Nullable Object>) tree;
    Object servers = root.get("servers");
    if (servers instanceof List && !((List<?>) servers).isEmpty()) {
      Object url = ((Map<String, @Nullable Object>) ((List<?>) servers).get(0)).get("url");
      HttpUrl parsed = url == null ? null : HttpUrl.parse(url.toString());
      if (parsed != null) {
        return stripSlash(parsed.encodedPath());
      }
    }
    Object basePath = root.get("basePath");
    return basePath == null ? "" : stripSlash(basePath.toString());
  }

  private static String stripSlash(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  @Override
  public String toString() {
    return "OpenApiContract" + specs;
  }

  /** Builds an {@link OpenApiContract}. */
  public static final class Builder {
    private final List<Spec> specs = new ArrayList<>();
    private final List<Pattern> ignoredPaths = new ArrayList<>();
    private final Set<String> ignoredMessageKeys = new LinkedHashSet<>();
    private final List<ResponseDeviation> responseDeviations = new ArrayList<>();

    private Builder() {}

    /**
     * Declares a known difference between the simulator's answers and the description (see {@link
     * ResponseDeviation}); response validation does not report the messages it covers.
     *
     * @param deviation the deviation
     * @return this builder
     */
    public Builder responseDeviation(ResponseDeviation deviation) {
      responseDeviations.add(Objects.requireNonNull(deviation, "deviation"));
      return this;
    }

    /**
     * Declares several known differences (see {@link #responseDeviation}).
     *
     * @param deviations the deviations
     * @return this builder
     */
    public Builder responseDeviations(List<ResponseDeviation> deviations) {
      deviations.forEach(this::responseDeviation);
      return this;
    }

    /**
     * Adds a description from the classpath; its prefix comes from {@code servers} or {@code basePath}.
     *
     * @param resource the classpath resource, e.g. {@code openapi/servicetitan/crm-v2.json}
     * @return this builder
     */
    public Builder spec(String resource) {
      return spec(prefixOf(resource), resource);
    }

    /**
     * Adds a description from the classpath, serving requests under a path prefix.
     *
     * @param pathPrefix e.g. {@code /crm/v2}; empty for the root
     * @param resource the classpath resource
     * @return this builder
     */
    public Builder spec(String pathPrefix, String resource) {
      specs.add(new Spec(stripSlash(pathPrefix), resource));
      return this;
    }

    /**
     * Skips validation for paths matching the regular expression (e.g. a token endpoint the description
     * does not cover).
     *
     * @param pathRegex a regular expression on the whole encoded path
     * @return this builder
     */
    public Builder ignorePaths(String pathRegex) {
      ignoredPaths.add(Pattern.compile(pathRegex));
      return this;
    }

    /**
     * Ignores one kind of validator message, by key (e.g. {@code validation.request.body.schema.required}),
     * for a documented gap between the description and the live API. Use sparingly and say why.
     *
     * @param key the message key
     * @return this builder
     */
    public Builder ignoreMessage(String key) {
      ignoredMessageKeys.add(key);
      return this;
    }

    /**
     * Builds the contract.
     *
     * @return the contract
     */
    public OpenApiContract build() {
      if (specs.isEmpty()) {
        throw new IllegalStateException("A contract needs at least one API description");
      }
      return new OpenApiContract(this);
    }
  }
}
