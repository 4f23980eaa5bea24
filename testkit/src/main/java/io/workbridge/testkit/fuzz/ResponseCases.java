package io.workbridge.testkit.fuzz;

import static io.workbridge.testkit.fuzz.ApiDescription.asMap;

import io.workbridge.testkit.Json;
import io.workbridge.testkit.fuzz.SchemaValues.Kind;
import io.workbridge.testkit.fuzz.SchemaValues.Mode;
import io.workbridge.testkit.fuzz.SchemaValues.Offset;
import io.workbridge.testkit.fuzz.SchemaValues.Shape;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The answers one operation's description allows, as a seeded list of {@link ResponseCase}s.
 *
 * <p>From the success response's schema: a document with every optional field ({@code all-fields}); one with
 * required fields only ({@code required-only}); every list empty ({@code empty-lists}); unknown extra fields
 * in every object ({@code unknown-fields}); all date-times with 0 to 7 fraction digits, each with {@code Z},
 * a numeric offset and no offset ({@code date-times:…}), and .NET's smallest and largest values; all
 * integers at their format's maximum, minimum and zero ({@code integers:…}); then, one field at a time,
 * each optional field absent ({@code absent:<path>}), each nullable field null ({@code null:<path>}), each
 * enum value ({@code enum:<path>=<value>}), each integer at its extremes ({@code int:<path>=max|min}) and
 * each list empty ({@code empty:<path>}); and random documents ({@code random#n}) up to the limit. When the
 * one-field cases alone would exceed the limit, a seeded sample of them is taken. An answer without a
 * schema gets the bodies anything-goes allows: none, {@code {}}, {@code []}, a number, a string, an object
 * with an {@code Id}, and an object of unknown fields.
 *
 * <p>The same seed gives the same cases. Paths in labels are JSON paths ({@code $.data[0].customerId}).
 */
public final class ResponseCases {
  private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_@.-]*");

  private final ApiDescription description;
  private final String method;
  private final String path;
  private final long seed;
  private final int limit;
  private final boolean optionalMayBeNull;

  private ResponseCases(Builder builder) {
    this.description = ApiDescription.load(builder.resource);
    this.method = builder.method;
    this.path = builder.path;
    this.seed = builder.seed;
    this.limit = builder.limit;
    this.optionalMayBeNull = builder.optionalMayBeNull;
  }

  /**
   * Starts a builder.
   *
   * @param descriptionResource the description on the classpath, e.g. {@code openapi/servicetitan/jpm-v2.json}
   * @param method the HTTP method
   * @param path the path exactly as the description writes it, e.g. {@code /tenant/{tenant}/jobs/{id}}
   * @return the builder
   */
  public static Builder builder(String descriptionResource, String method, String path) {
    return new Builder(descriptionResource, method, path);
  }

  /**
   * Generates the cases.
   *
   * @return the cases, category-wide ones first
   * @throws IllegalArgumentException when the description has no such operation
   */
  public List<ResponseCase> generate() {
    ApiDescription.SuccessResponse success = description.success(method, path);
    if (success.schema() == null) {
      return noSchemaCases(success.status());
    }
    return new Generation(success.status(), success.schema()).cases();
  }

  private List<ResponseCase> noSchemaCases(int status) {
    List<ResponseCase> cases = new ArrayList<>();
    cases.add(new ResponseCase("no-schema:empty-body", status, "", true));
    cases.add(new ResponseCase("no-schema:empty-object", status, "{}", true));
    cases.add(new ResponseCase("no-schema:empty-array", status, "[]", true));
    cases.add(new ResponseCase("no-schema:number", status, "2104556918", true));
    cases.add(new ResponseCase("no-schema:string", status, "\"created\"", true));
    cases.add(new ResponseCase("no-schema:object-with-Id", status, "{\"Id\":2104556918}", true));
    cases.add(
        new ResponseCase(
            "no-schema:unknown-object", status, "{\"result\":\"ok\",\"zzUnknown\":{\"a\":[1,null]}}", true));
    return cases.size() > limit ? cases.subList(0, limit) : cases;
  }

  /** One generation run: the base document, its sites, and the cases derived from them. */
  private final class Generation {
    private final int status;
    private final Map<String, @Nullable Object> schema;
    private final SchemaValues values = new SchemaValues(description, optionalMayBeNull);
    private final Random random = new Random(seed);
    private final @Nullable Object base;
    private final List<Site> sites = new ArrayList<>();

    Generation(int status, Map<String, @Nullable Object> schema) {
      this.status = status;
      this.schema = schema;
      this.base = values.generate(schema, Mode.ALL, new Random(seed), 0);
      walk(base, schema, List.of(), true, false);
    }

    List<ResponseCase> cases() {
      List<ResponseCase> whole = new ArrayList<>();
      whole.add(of("all-fields", base, true));
      whole.add(of("required-only", values.generate(schema, Mode.REQUIRED, new Random(seed), 0), true));
      List<Site> arrays = sites.stream().filter(s -> s.shape().kind() == Kind.ARRAY).toList();
      if (!arrays.isEmpty()) {
        @Nullable Object emptied = base;
        for (Site site : arrays) {
          emptied = set(emptied, site.path(), new ArrayList<>());
        }
        whole.add(of("empty-lists", emptied, true));
      }
      whole.add(of("unknown-fields", withUnknownFields(), false));
      List<Site> dates =
          sites.stream()
              .filter(s -> s.shape().kind() == Kind.STRING && s.shape().format().equals("date-time"))
              .toList();
      if (!dates.isEmpty()) {
        for (Offset offset : Offset.values()) {
          for (int digits = 0; digits <= 7; digits++) {
            int fraction = digits;
            whole.add(
                of(
                    "date-times:" + digits + "-digits," + offset.name().toLowerCase(java.util.Locale.ROOT),
                    setAll(dates, site -> SchemaValues.dateTime(randomTime(), fraction, offset)),
                    offset != Offset.NONE));
          }
        }
        whole.add(of("date-times:dotnet-min", setAll(dates, site -> "0001-01-01T00:00:00"), false));
        whole.add(of("date-times:max", setAll(dates, site -> "9999-12-31T23:59:59.9999999Z"), true));
      }
      List<Site> integers = sites.stream().filter(s -> s.shape().kind() == Kind.INTEGER && !isEnum(s)).toList();
      if (!integers.isEmpty()) {
        whole.add(of("integers:max", setAll(integers, site -> extreme(site, true)), true));
        whole.add(of("integers:min", setAll(integers, site -> extreme(site, false)), true));
        whole.add(of("integers:zero", setAll(integers, site -> 0L), true));
      }

      List<ResponseCase> oneField = new ArrayList<>();
      for (Site site : sites) {
        String at = render(site.path());
        if (site.property() && !site.required()) {
          oneField.add(of("absent:" + at, remove(copy(base), site.path()), true));
        }
        if (site.property() && values.mayBeNull(site.shape(), site.required())) {
          oneField.add(of("null:" + at, set(base, site.path(), null), site.shape().nullableAsWritten()));
        }
        if (isEnum(site)) {
          for (Object value : site.shape().enumValues()) {
            if (value != null) {
              oneField.add(of("enum:" + at + "=" + value, set(base, site.path(), value), true));
            }
          }
        } else if (site.shape().kind() == Kind.INTEGER) {
          oneField.add(of("int:" + at + "=max", set(base, site.path(), extreme(site, true)), true));
          oneField.add(of("int:" + at + "=min", set(base, site.path(), extreme(site, false)), true));
        }
        if (site.shape().kind() == Kind.ARRAY && !site.path().isEmpty()) {
          oneField.add(of("empty:" + at, set(base, site.path(), new ArrayList<>()), true));
        }
      }
      int room = Math.max(0, limit - whole.size() - Math.max(1, limit / 5));
      if (oneField.size() > room) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < oneField.size(); i++) {
          order.add(i);
        }
        Collections.shuffle(order, new Random(seed ^ 0x5DEECE66DL));
        List<Integer> kept = new ArrayList<>(order.subList(0, room));
        Collections.sort(kept);
        List<ResponseCase> sampled = new ArrayList<>();
        kept.forEach(i -> sampled.add(oneField.get(i)));
        oneField.clear();
        oneField.addAll(sampled);
      }
      List<ResponseCase> all = new ArrayList<>(whole);
      all.addAll(oneField);
      for (int n = 1; all.size() < limit; n++) {
        SchemaValues.Generated generated = values.generateRandom(schema, random);
        all.add(of("random#" + n, generated.value(), !generated.usedLooseNull()));
      }
      return all.size() > limit ? new ArrayList<>(all.subList(0, limit)) : all;
    }

    /**
     * The base document with unknown properties of every JSON type added to each object its schema describes
     * by properties (not to dictionaries, whose extra entries are values of their own schema).
     */
    @SuppressWarnings("unchecked")
    private @Nullable Object withUnknownFields() {
      @Nullable Object tree = copy(base);
      for (Site site : sites) {
        boolean dictionary = site.shape().properties().isEmpty() && site.shape().additionalSchema() != null;
        if (site.shape().kind() != Kind.OBJECT || dictionary) {
          continue;
        }
        if (navigate(tree, site.path()) instanceof Map<?, ?> map) {
          Map<String, @Nullable Object> object = (Map<String, @Nullable Object>) map;
          object.put("zzUnknownText", "surprise");
          object.put("zzUnknownNumber", new java.math.BigDecimal("12.5"));
          object.put("zzUnknownObject", Json.obj("a", Json.arr(1L, "b", null, true)));
          object.put("zzUnknownNull", null);
        }
      }
      return tree;
    }

    private boolean isEnum(Site site) {
      return !site.shape().enumValues().isEmpty();
    }

    private LocalDateTime randomTime() {
      return LocalDateTime.of(1990, 1, 1, 0, 0)
          .plusSeconds((long) (random.nextDouble() * 60L * 365 * 24 * 3600))
          .withNano(random.nextInt(1_000_000_000));
    }

    private Long extreme(Site site, boolean max) {
      boolean int32 = site.shape().format().equals("int32");
      if (int32) {
        return max ? (long) Integer.MAX_VALUE : (long) Integer.MIN_VALUE;
      }
      return max ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    private @Nullable Object setAll(List<Site> targets, Function<Site, @Nullable Object> value) {
      @Nullable Object tree = copy(base);
      for (Site site : targets) {
        tree = setInPlace(tree, site.path(), value.apply(site));
      }
      return tree;
    }

    private ResponseCase of(String label, @Nullable Object document, boolean within) {
      return new ResponseCase(label, status, Json.write(document), within);
    }

    /** Records every node of the base document with its schema. */
    private void walk(
        @Nullable Object value, Map<String, @Nullable Object> nodeSchema, List<Object> at, boolean required,
        boolean property) {
      Shape shape = values.shape(nodeSchema);
      sites.add(new Site(at, shape, required, property));
      if (value instanceof Map<?, ?> map && shape.kind() == Kind.OBJECT) {
        Set<String> requiredNames = shape.required();
        Map<String, @Nullable Object> properties = shape.properties();
        for (Map.Entry<String, @Nullable Object> entry : properties.entrySet()) {
          if (map.containsKey(entry.getKey())) {
            walk(map.get(entry.getKey()), asMap(entry.getValue(), entry.getKey()), append(at, entry.getKey()),
                requiredNames.contains(entry.getKey()), true);
          }
        }
        Map<String, @Nullable Object> additional = shape.additionalSchema();
        if (additional != null) {
          for (Object key : map.keySet()) {
            if (!properties.containsKey(String.valueOf(key))) {
              walk(map.get(key), additional, append(at, String.valueOf(key)), true, false);
            }
          }
        }
      } else if (value instanceof List<?> list && shape.kind() == Kind.ARRAY && shape.items() != null) {
        for (int i = 0; i < list.size(); i++) {
          walk(list.get(i), Objects.requireNonNull(shape.items()), append(at, i), true, false);
        }
      }
    }
  }

  /**
   * One node of the base document.
   *
   * @param path keys and indexes from the root
   * @param shape its schema
   * @param required whether its object requires it
   * @param property whether it is an object property (not a list element or the root)
   */
  private record Site(List<Object> path, Shape shape, boolean required, boolean property) {}

  private static List<Object> append(List<Object> path, Object segment) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(segment);
    return List.copyOf(longer);
  }

  /** The JSON path of a site, e.g. {@code $.data[0].customerId}. */
  static String render(List<Object> path) {
    StringBuilder text = new StringBuilder("$");
    for (Object segment : path) {
      if (segment instanceof Integer index) {
        text.append('[').append(index).append(']');
      } else if (SIMPLE_NAME.matcher(segment.toString()).matches()) {
        text.append('.').append(segment);
      } else {
        text.append("['").append(segment).append("']");
      }
    }
    return text.toString();
  }

  @SuppressWarnings("unchecked")
  static @Nullable Object copy(@Nullable Object tree) {
    if (tree instanceof Map<?, ?> map) {
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      ((Map<String, @Nullable Object>) map).forEach((key, value) -> out.put(key, copy(value)));
      return out;
    }
    if (tree instanceof List<?> list) {
      List<@Nullable Object> out = new ArrayList<>();
      list.forEach(value -> out.add(copy(value)));
      return out;
    }
    return tree;
  }

  /** A copy of {@code tree} with the node at {@code path} replaced; a path that no longer exists is ignored. */
  static @Nullable Object set(@Nullable Object tree, List<Object> path, @Nullable Object value) {
    return setInPlace(copy(tree), path, value);
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Object setInPlace(@Nullable Object tree, List<Object> path, @Nullable Object value) {
    if (path.isEmpty()) {
      return value;
    }
    Object parent = navigate(tree, path.subList(0, path.size() - 1));
    Object last = path.get(path.size() - 1);
    if (parent instanceof Map<?, ?> map && last instanceof String key && map.containsKey(key)) {
      ((Map<String, @Nullable Object>) map).put(key, value);
    } else if (parent instanceof List<?> list && last instanceof Integer index && index < list.size()) {
      ((List<@Nullable Object>) list).set(index, value);
    }
    return tree;
  }

  private static @Nullable Object remove(@Nullable Object tree, List<Object> path) {
    Object parent = navigate(tree, path.subList(0, path.size() - 1));
    if (parent instanceof Map<?, ?> map) {
      map.remove(path.get(path.size() - 1));
    }
    return tree;
  }

  private static @Nullable Object navigate(@Nullable Object tree, List<Object> path) {
    Object node = tree;
    for (Object segment : path) {
      if (node instanceof Map<?, ?> map) {
        node = map.get(segment);
      } else if (node instanceof List<?> list && segment instanceof Integer index && index < list.size()) {
        node = list.get(index);
      } else {
        return null;
      }
    }
    return node;
  }


  /** Builds {@link ResponseCases}. */
  public static final class Builder {
    private final String resource;
    private final String method;
    private final String path;
    private long seed = 1L;
    private int limit = 250;
    private boolean optionalMayBeNull;

    private Builder(String resource, String method, String path) {
      this.resource = Objects.requireNonNull(resource, "resource");
      this.method = Objects.requireNonNull(method, "method");
      this.path = Objects.requireNonNull(path, "path");
    }

    /**
     * The seed; the same seed gives the same cases (default 1).
     *
     * @param value the seed
     * @return this builder
     */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * The most cases to generate (default 250).
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder limit(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("limit must be at least 1, was " + value);
      }
      this.limit = value;
      return this;
    }

    /**
     * Whether optional properties may also be {@code null} although the description does not say so — the
     * habit of .NET serializers, which Swagger 2.0 (without {@code nullable}) cannot express (default false).
     *
     * @param value true to generate {@code null} for optional properties too
     * @return this builder
     */
    public Builder optionalMayBeNull(boolean value) {
      this.optionalMayBeNull = value;
      return this;
    }

    /**
     * The cases.
     *
     * @return the generated cases
     */
    public List<ResponseCase> generate() {
      return new ResponseCases(this).generate();
    }
  }
}
