package io.workbridge.testkit.fuzz;

import io.workbridge.testkit.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * One OpenAPI 3 or Swagger 2 description from the classpath, read as a JSON tree: the path prefix it serves
 * under, the success response of an operation, and {@code $ref} resolution. Descriptions are cached for the
 * JVM.
 */
final class ApiDescription {
  private static final Map<String, ApiDescription> CACHE = new ConcurrentHashMap<>();

  private final String resource;
  private final Map<String, @Nullable Object> root;
  private final boolean swagger2;
  private final String basePath;

  /**
   * The success answer of one operation.
   *
   * @param status the first 2xx status the description lists
   * @param schema its body schema, or {@code null} when the description gives none
   */
  record SuccessResponse(int status, @Nullable Map<String, @Nullable Object> schema) {}

  private ApiDescription(String resource, Map<String, @Nullable Object> root) {
    this.resource = resource;
    this.root = root;
    this.swagger2 = root.containsKey("swagger");
    this.basePath = basePathOf(root);
  }

  /** The description at a classpath resource, e.g. {@code openapi/servicetitan/jpm-v2.json}. */
  static ApiDescription load(String resource) {
    return CACHE.computeIfAbsent(resource, r -> new ApiDescription(r, asMap(Json.parse(read(r)), r)));
  }

  /** The classpath resource. */
  String resource() {
    return resource;
  }

  /** Whether this is a Swagger 2.0 description (no {@code nullable}, {@code definitions} for schemas). */
  boolean swagger2() {
    return swagger2;
  }

  /** The path every operation is served under ({@code /jpm/v2}, {@code /v3}), without a trailing slash. */
  String basePath() {
    return basePath;
  }

  /**
   * The first 2xx answer of {@code METHOD path}.
   *
   * @param method the HTTP method
   * @param path the path exactly as in the description, e.g. {@code /tenant/{tenant}/jobs/{id}}
   * @throws IllegalArgumentException when the description has no such operation or no 2xx answer
   */
  SuccessResponse success(String method, String path) {
    Map<String, @Nullable Object> paths = child(root, "paths");
    Object item = paths.get(path);
    if (!(item instanceof Map)) {
      throw new IllegalArgumentException(resource + " has no path " + path);
    }
    Object operation = asMap(item, path).get(method.toLowerCase(Locale.ROOT));
    if (!(operation instanceof Map)) {
      throw new IllegalArgumentException(resource + " has no operation " + method + " " + path);
    }
    Map<String, @Nullable Object> responses = child(asMap(operation, path), "responses");
    for (Map.Entry<String, @Nullable Object> entry : responses.entrySet()) {
      if (entry.getKey().startsWith("2") && entry.getValue() instanceof Map) {
        return new SuccessResponse(
            Integer.parseInt(entry.getKey()), schemaOf(resolve(asMap(entry.getValue(), path))));
      }
    }
    throw new IllegalArgumentException(resource + " lists no 2xx answer for " + method + " " + path);
  }

  private @Nullable Map<String, @Nullable Object> schemaOf(Map<String, @Nullable Object> response) {
    if (swagger2) {
      Object schema = response.get("schema");
      return schema instanceof Map ? asMap(schema, "schema") : null;
    }
    Object content = response.get("content");
    if (!(content instanceof Map<?, ?> media) || media.isEmpty()) {
      return null;
    }
    Object chosen = media.get("application/json");
    if (chosen == null) {
      chosen = media.values().iterator().next();
    }
    Object schema = chosen instanceof Map<?, ?> m ? m.get("schema") : null;
    return schema instanceof Map ? asMap(schema, "schema") : null;
  }

  /** Follows a chain of {@code $ref}s to the schema they name; other schemas are returned as they are. */
  Map<String, @Nullable Object> resolve(Map<String, @Nullable Object> schema) {
    Map<String, @Nullable Object> current = schema;
    for (int hops = 0; current.get("$ref") instanceof String ref; hops++) {
      if (hops > 32) {
        throw new IllegalStateException(resource + ": $ref cycle at " + ref);
      }
      current = lookup(ref);
    }
    return current;
  }

  private Map<String, @Nullable Object> lookup(String ref) {
    if (!ref.startsWith("#/")) {
      throw new IllegalArgumentException(resource + ": only local $refs are supported, not " + ref);
    }
    Object node = root;
    for (String part : ref.substring(2).split("/")) {
      String key = part.replace("~1", "/").replace("~0", "~");
      if (!(node instanceof Map<?, ?> map) || !map.containsKey(key)) {
        throw new IllegalArgumentException(resource + ": unresolvable $ref " + ref);
      }
      node = map.get(key);
    }
    return asMap(node, ref);
  }

  private static String basePathOf(Map<String, @Nullable Object> root) {
    Object servers = root.get("servers");
    if (servers instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> server) {
      Object url = server.get("url");
      HttpUrl parsed = url == null ? null : HttpUrl.parse(url.toString());
      if (parsed != null) {
        return strip(parsed.encodedPath());
      }
    }
    Object basePath = root.get("basePath");
    return basePath == null ? "" : strip(basePath.toString());
  }

  private static String strip(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static Map<String, @Nullable Object> child(Map<String, @Nullable Object> node, String key) {
    return asMap(node.get(key), key);
  }

  @SuppressWarnings("unchecked")
  static Map<String, @Nullable Object> asMap(@Nullable Object node, String where) {
    if (!(node instanceof Map)) {
      throw new IllegalArgumentException("Expected a JSON object at " + where);
    }
    return (Map<String, @Nullable Object>) node;
  }

  static Optional<String> text(Map<String, @Nullable Object> node, String key) {
    Object value = node.get(key);
    return value instanceof String s ? Optional.of(s) : Optional.empty();
  }

  private static String read(String resource) {
    ClassLoader loader = ApiDescription.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No API description on the classpath at " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
