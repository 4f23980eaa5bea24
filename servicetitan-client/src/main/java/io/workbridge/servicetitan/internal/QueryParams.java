package io.workbridge.servicetitan.internal;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** Collects optional list filters into query parameters, in ServiceTitan's formats. */
public final class QueryParams {
  private final Map<String, String> params = new LinkedHashMap<>();

  /** A parameter when present. */
  public QueryParams put(String name, Optional<?> value) {
    value.ifPresent(v -> params.put(name, format(v)));
    return this;
  }

  /** A numeric parameter when present. */
  public QueryParams put(String name, OptionalLong value) {
    value.ifPresent(v -> params.put(name, Long.toString(v)));
    return this;
  }

  /** A parameter always sent. */
  public QueryParams put(String name, Object value) {
    params.put(name, format(value));
    return this;
  }

  /** A comma-separated list when not empty (ServiceTitan's {@code ids}, {@code externalDataValues}). */
  public QueryParams list(String name, List<?> values) {
    if (!values.isEmpty()) {
      params.put(name, values.stream().map(QueryParams::format).collect(Collectors.joining(",")));
    }
    return this;
  }

  /** The parameters, unmodifiable. */
  public Map<String, String> build() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  private static String format(Object value) {
    if (value instanceof Instant instant) {
      return instant.toString();
    }
    if (value instanceof Enum<?> constant) {
      try {
        return (String) constant.getClass().getMethod("wireName").invoke(constant);
      } catch (ReflectiveOperationException e) {
        return constant.name();
      }
    }
    return String.valueOf(value);
  }
}
