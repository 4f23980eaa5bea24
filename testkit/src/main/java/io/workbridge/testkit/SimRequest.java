package io.workbridge.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * The view of an incoming request a handler receives: method, path and path parameters, query, headers,
 * body (as text, JSON, form fields or multipart parts) and the authenticated {@link Principal}.
 */
public final class SimRequest {

  private final long number;
  private final RecordedRequest recorded;
  private final Map<String, String> pathParams;
  private final @Nullable Principal principal;

  /**
   * Creates a view.
   *
   * @param number the 1-based number of this request among all the simulator received
   * @param recorded the request as MockWebServer recorded it
   * @param pathParams the path parameters matched by the route
   * @param principal the authenticated principal, or null
   */
  public SimRequest(
      long number,
      RecordedRequest recorded,
      Map<String, String> pathParams,
      @Nullable Principal principal) {
    this.number = number;
    this.recorded = recorded;
    this.pathParams = Map.copyOf(pathParams);
    this.principal = principal;
  }

  /**
   * Returns a copy with route parameters and principal set.
   *
   * @param params the path parameters
   * @param who the principal, or null
   * @return the copy
   */
  public SimRequest with(Map<String, String> params, @Nullable Principal who) {
    return new SimRequest(number, recorded, params, who);
  }

  /**
   * The 1-based number of this request among all requests the simulator received.
   *
   * @return the number
   */
  public long number() {
    return number;
  }

  /**
   * The HTTP method, upper case.
   *
   * @return the method
   */
  public String method() {
    return recorded.getMethod();
  }

  /**
   * The full URL.
   *
   * @return the URL
   */
  public HttpUrl url() {
    return recorded.getUrl();
  }

  /**
   * The encoded path, without the query, e.g. {@code /crm/v2/tenant/1/customers}.
   *
   * @return the path
   */
  public String path() {
    return recorded.getUrl().encodedPath();
  }

  /**
   * A path parameter of the matched route, decoded.
   *
   * @param name the name used in the route template
   * @return the value
   * @throws IllegalArgumentException if the route has no such parameter
   */
  public String pathParam(String name) {
    String value = pathParams.get(name);
    if (value == null) {
      throw new IllegalArgumentException("The route has no path parameter {" + name + "}");
    }
    return value;
  }

  /**
   * A path parameter as a number; a value that is not one is answered 404 (as an unknown resource).
   *
   * @param name the name used in the route template
   * @return the value
   */
  public long pathLong(String name) {
    String value = pathParam(name);
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw ApiError.notFound("No resource with id '" + value + "'");
    }
  }

  /**
   * All path parameters.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> pathParams() {
    return pathParams;
  }

  /**
   * The first value of a query parameter, decoded.
   *
   * @param name the parameter name (case-sensitive)
   * @return the value, if present
   */
  public Optional<String> query(String name) {
    return Optional.ofNullable(recorded.getUrl().queryParameter(name));
  }

  /**
   * A query parameter as a number; a value that is not one is answered 400.
   *
   * @param name the parameter name
   * @return the value, if present
   */
  public Optional<Long> queryLong(String name) {
    return query(name)
        .map(
            value -> {
              try {
                return Long.parseLong(value.trim());
              } catch (NumberFormatException e) {
                throw ApiError.badRequest("Query parameter '" + name + "' is not a number");
              }
            });
  }

  /**
   * All values of a query parameter, decoded.
   *
   * @param name the parameter name
   * @return the values, possibly empty
   */
  public List<String> queryValues(String name) {
    List<String> values = new ArrayList<>();
    for (String value : recorded.getUrl().queryParameterValues(name)) {
      values.add(value == null ? "" : value);
    }
    return values;
  }

  /**
   * All query parameters with their first value, in order.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> queryParams() {
    Map<String, String> params = new LinkedHashMap<>();
    for (String name : recorded.getUrl().queryParameterNames()) {
      query(name).ifPresent(value -> params.put(name, value));
    }
    return Collections.unmodifiableMap(params);
  }

  /**
   * A header value.
   *
   * @param name the header name (case-insensitive)
   * @return the value, if present
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(recorded.getHeaders().get(name));
  }

  /**
   * All headers.
   *
   * @return the headers
   */
  public Headers headers() {
    return recorded.getHeaders();
  }

  /**
   * The raw body.
   *
   * @return the body, empty when there is none
   */
  public ByteString bodyBytes() {
    ByteString body = recorded.getBody();
    return body == null ? ByteString.EMPTY : body;
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the body, empty when there is none
   */
  public String bodyString() {
    return bodyBytes().string(StandardCharsets.UTF_8);
  }

  /**
   * The body parsed as a JSON tree (see {@link Json}); malformed JSON is answered 400.
   *
   * @return the tree, null for an empty body or the literal null
   */
  public @Nullable Object bodyJson() {
    String text = bodyString();
    if (text.isBlank()) {
      return null;
    }
    try {
      return Json.parse(text);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("The request body is not valid JSON");
    }
  }

  /**
   * The body as a JSON object; an empty body, malformed JSON or another JSON type is answered 400.
   *
   * @return the object
   */
  @SuppressWarnings("unchecked")
  public JsonObject bodyObject() {
    Object json = bodyJson();
    if (!(json instanceof Map)) {
      throw ApiError.badRequest("The request body must be a JSON object");
    }
    return new JsonObject((Map<String, @Nullable Object>) json);
  }

  /**
   * The body as {@code application/x-www-form-urlencoded} fields (first value of each).
   *
   * @return the fields, in order
   */
  public Map<String, String> formParams() {
    HttpUrl parsed = HttpUrl.get("http://form.invalid/?" + bodyString().replace("+", "%20"));
    Map<String, String> fields = new LinkedHashMap<>();
    for (String name : parsed.queryParameterNames()) {
      String value = parsed.queryParameter(name);
      fields.put(name, value == null ? "" : value);
    }
    return Collections.unmodifiableMap(fields);
  }

  /**
   * The parts of a {@code multipart/form-data} body; a body that is not multipart or is malformed is
   * answered 400.
   *
   * @return the parts, in order
   */
  public List<MultipartPart> multipartParts() {
    MediaType type = MediaType.parse(header("Content-Type").orElse(""));
    String boundary = type == null ? null : type.parameter("boundary");
    if (type == null || !type.type().equals("multipart") || boundary == null) {
      throw ApiError.badRequest("The request body must be multipart/form-data with a boundary");
    }
    List<MultipartPart> parts = new ArrayList<>();
    try (MultipartReader reader = new MultipartReader(new Buffer().write(bodyBytes()), boundary)) {
      for (MultipartReader.Part part = reader.nextPart(); part != null; part = reader.nextPart()) {
        Headers partHeaders = part.headers();
        String disposition = partHeaders.get("Content-Disposition");
        parts.add(
            new MultipartPart(
                dispositionParam(disposition, "name").orElse(""),
                dispositionParam(disposition, "filename"),
                Optional.ofNullable(partHeaders.get("Content-Type")),
                partHeaders,
                part.body().readByteString()));
      }
    } catch (IOException e) {
      throw ApiError.badRequest("Malformed multipart body");
    }
    return parts;
  }

  private static Optional<String> dispositionParam(@Nullable String disposition, String name) {
    if (disposition == null) {
      return Optional.empty();
    }
    for (String piece : disposition.split(";")) {
      String trimmed = piece.trim();
      int eq = trimmed.indexOf('=');
      if (eq > 0 && trimmed.substring(0, eq).trim().equalsIgnoreCase(name)) {
        String value = trimmed.substring(eq + 1).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /**
   * The authenticated principal, if the route requires a token (or a token was presented).
   *
   * @return the principal
   */
  public Optional<Principal> principal() {
    return Optional.ofNullable(principal);
  }

  /**
   * The authenticated principal; fails when the request is not authenticated.
   *
   * @return the principal
   */
  public Principal requirePrincipal() {
    if (principal == null) {
      throw new ApiError(401, null, "Authentication required");
    }
    return principal;
  }

  /**
   * The request as MockWebServer recorded it.
   *
   * @return the recorded request
   */
  public RecordedRequest recorded() {
    return recorded;
  }

  @Override
  public String toString() {
    return "SimRequest{#" + number + " " + method() + " " + path() + "}";
  }
}
