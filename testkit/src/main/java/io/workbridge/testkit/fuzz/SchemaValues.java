package io.workbridge.testkit.fuzz;

import static io.workbridge.testkit.fuzz.ApiDescription.asMap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Generates JSON values (trees of maps, lists, strings, numbers, booleans and nulls) that a schema of one
 * description allows, and describes schemas for the case builder: the effective shape of a schema after
 * {@code $ref}, {@code allOf} and {@code oneOf}/{@code anyOf} (the first branch, unless a random one is
 * asked for), whether it may be null, and its kind.
 */
final class SchemaValues {
  /** Nesting below which optional properties are left out and lists are empty (recursive schemas). */
  static final int MAX_DEPTH = 7;

  /** How optional parts are chosen. */
  enum Mode {
    /** Every optional property present, one element per list. */
    ALL,
    /** Required properties only, one element per list. */
    REQUIRED,
    /** Optional properties present at random, some nulls where allowed, 0–3 elements per list. */
    RANDOM
  }

  /** What a schema describes. */
  enum Kind {
    OBJECT,
    ARRAY,
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    ANY
  }

  /**
   * A schema after resolution.
   *
   * @param node the resolved (and, for {@code allOf}, merged) schema
   * @param nullable whether {@code null} is meant to be allowed ({@code nullable} / {@code x-nullable})
   * @param nullableAsWritten whether a validator reading OpenAPI 3.0.3 strictly agrees: {@code nullable}
   *     only widens a {@code type} next to it, so {@code {nullable: true, oneOf: [{$ref}]}} — the form
   *     ServiceTitan's descriptions use for optional objects and enums — still rejects {@code null}
   */
  record Shape(Map<String, @Nullable Object> node, boolean nullable, boolean nullableAsWritten) {

    Kind kind() {
      Object type = node.get("type");
      if (type instanceof String t) {
        return switch (t) {
          case "object" -> Kind.OBJECT;
          case "array" -> Kind.ARRAY;
          case "string" -> Kind.STRING;
          case "integer" -> Kind.INTEGER;
          case "number" -> Kind.NUMBER;
          case "boolean" -> Kind.BOOLEAN;
          default -> Kind.ANY;
        };
      }
      if (node.get("properties") instanceof Map || node.get("additionalProperties") instanceof Map) {
        return Kind.OBJECT;
      }
      if (node.get("items") instanceof Map) {
        return Kind.ARRAY;
      }
      if (node.get("enum") instanceof List) {
        return Kind.STRING;
      }
      return Kind.ANY;
    }

    String format() {
      return ApiDescription.text(node, "format").orElse("");
    }

    List<@Nullable Object> enumValues() {
      Object values = node.get("enum");
      return values instanceof List<?> list ? new ArrayList<>(list) : List.of();
    }

    Map<String, @Nullable Object> properties() {
      Object properties = node.get("properties");
      return properties instanceof Map ? asMap(properties, "properties") : Map.of();
    }

    Set<String> required() {
      Object required = node.get("required");
      Set<String> names = new LinkedHashSet<>();
      if (required instanceof List<?> list) {
        list.forEach(name -> names.add(String.valueOf(name)));
      }
      return names;
    }

    @Nullable Map<String, @Nullable Object> items() {
      Object items = node.get("items");
      return items instanceof Map ? asMap(items, "items") : null;
    }

    /** The schema of extra properties: a map when it has one, else null. */
    @Nullable Map<String, @Nullable Object> additionalSchema() {
      Object additional = node.get("additionalProperties");
      return additional instanceof Map ? asMap(additional, "additionalProperties") : null;
    }

    boolean forbidsExtraProperties() {
      return Boolean.FALSE.equals(node.get("additionalProperties"));
    }
  }

  private final ApiDescription description;
  private final boolean optionalMayBeNull;
  private boolean looseNull;

  /**
   * A random value and whether it holds a {@code null} only the intended, not the written, description
   * allows (see {@link Shape#nullableAsWritten()}).
   *
   * @param value the value
   * @param usedLooseNull whether such a null is in it
   */
  record Generated(@Nullable Object value, boolean usedLooseNull) {}

  SchemaValues(ApiDescription description, boolean optionalMayBeNull) {
    this.description = description;
    this.optionalMayBeNull = optionalMayBeNull;
  }

  /** Whether an optional property may also be sent as null (the .NET serializer's habit, where chosen). */
  boolean optionalMayBeNull() {
    return optionalMayBeNull;
  }

  /** The effective shape, taking the first branch of a {@code oneOf}/{@code anyOf}. */
  Shape shape(Map<String, @Nullable Object> schema) {
    return shape(schema, null);
  }

  /** The effective shape; {@code random} chooses among {@code oneOf}/{@code anyOf} branches when given. */
  Shape shape(Map<String, @Nullable Object> schema, @Nullable Random random) {
    boolean nullable = declaresNull(schema);
    Map<String, @Nullable Object> node = description.resolve(schema);
    nullable |= declaresNull(node);
    boolean asWritten = declaresNull(node) && node.get("type") instanceof String;
    if (node.get("allOf") instanceof List<?> parts) {
      Map<String, @Nullable Object> merged = new LinkedHashMap<>(node);
      merged.remove("allOf");
      Map<String, @Nullable Object> properties = new LinkedHashMap<>();
      List<@Nullable Object> required = new ArrayList<>();
      for (Object part : parts) {
        Shape partShape = shape(asMap(part, "allOf"), random);
        properties.putAll(partShape.properties());
        required.addAll(partShape.required());
        partShape.node().forEach((key, value) -> {
          if (!key.equals("properties") && !key.equals("required")) {
            merged.putIfAbsent(key, value);
          }
        });
      }
      properties.putAll(new Shape(node, nullable, asWritten).properties());
      required.addAll(new Shape(node, nullable, asWritten).required());
      merged.put("properties", properties);
      merged.put("required", required);
      node = merged;
    }
    Object branches = node.get("oneOf") instanceof List ? node.get("oneOf") : node.get("anyOf");
    if (branches instanceof List<?> list && !list.isEmpty()) {
      Object chosen = random == null ? list.get(0) : list.get(random.nextInt(list.size()));
      Shape branch = shape(asMap(chosen, "oneOf"), random);
      return new Shape(branch.node(), nullable || branch.nullable(), branch.nullableAsWritten());
    }
    return new Shape(node, nullable, asWritten);
  }

  private static boolean declaresNull(Map<String, @Nullable Object> schema) {
    return Boolean.TRUE.equals(schema.get("nullable")) || Boolean.TRUE.equals(schema.get("x-nullable"));
  }

  /** Whether a property may be null: declared so, or optional where optional values may be null. */
  boolean mayBeNull(Shape shape, boolean required) {
    return shape.nullable() || (optionalMayBeNull && !required);
  }

  /** A random value, and whether it needed a null beyond the written description. */
  Generated generateRandom(Map<String, @Nullable Object> schema, Random random) {
    looseNull = false;
    Object value = generate(schema, Mode.RANDOM, random, 0);
    return new Generated(value, looseNull);
  }

  /** A value the schema allows. */
  @Nullable Object generate(Map<String, @Nullable Object> schema, Mode mode, Random random, int depth) {
    Shape shape = shape(schema, mode == Mode.RANDOM ? random : null);
    List<@Nullable Object> values = shape.enumValues();
    if (!values.isEmpty()) {
      values.removeIf(v -> v == null);
      if (values.isEmpty()) {
        return null;
      }
      return mode == Mode.RANDOM ? values.get(random.nextInt(values.size())) : values.get(0);
    }
    return switch (shape.kind()) {
      case OBJECT -> object(shape, mode, random, depth);
      case ARRAY -> array(shape, mode, random, depth);
      case STRING -> {
        String pattern = ApiDescription.text(shape.node(), "pattern").orElse(null);
        yield pattern == null ? string(shape.format(), mode, random) : matching(pattern, mode, random);
      }
      case INTEGER -> integer(shape.format(), mode, random);
      case NUMBER -> number(shape.format(), mode, random);
      case BOOLEAN -> mode == Mode.RANDOM ? random.nextBoolean() : Boolean.TRUE;
      case ANY -> mode == Mode.RANDOM ? anyScalar(random) : "any";
    };
  }

  private Map<String, @Nullable Object> object(Shape shape, Mode mode, Random random, int depth) {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    Set<String> required = shape.required();
    boolean deep = depth >= MAX_DEPTH;
    for (Map.Entry<String, @Nullable Object> property : shape.properties().entrySet()) {
      boolean isRequired = required.contains(property.getKey());
      Map<String, @Nullable Object> propertySchema = asMap(property.getValue(), property.getKey());
      boolean include =
          isRequired
              || (!deep && mode == Mode.ALL)
              || (!deep && mode == Mode.RANDOM && random.nextInt(10) < 6);
      if (!include) {
        continue;
      }
      if (mode == Mode.RANDOM && random.nextInt(10) == 0) {
        Shape propertyShape = shape(propertySchema);
        if (mayBeNull(propertyShape, isRequired)) {
          looseNull |= !propertyShape.nullableAsWritten();
          out.put(property.getKey(), null);
          continue;
        }
      }
      out.put(property.getKey(), generate(propertySchema, mode, random, depth + 1));
    }
    Map<String, @Nullable Object> additional = shape.additionalSchema();
    if (shape.properties().isEmpty() && additional != null && !deep) {
      int entries = mode == Mode.RANDOM ? random.nextInt(3) : 1;
      for (int i = 0; i < entries; i++) {
        out.put("key" + (i + 1), generate(additional, mode, random, depth + 1));
      }
    }
    return out;
  }

  private List<@Nullable Object> array(Shape shape, Mode mode, Random random, int depth) {
    List<@Nullable Object> out = new ArrayList<>();
    Map<String, @Nullable Object> items = shape.items();
    if (items == null || depth >= MAX_DEPTH) {
      return out;
    }
    int size = mode == Mode.RANDOM ? random.nextInt(4) : 1;
    for (int i = 0; i < size; i++) {
      out.add(generate(items, mode, random, depth + 1));
    }
    return out;
  }

  private static final String[] TEXTS = {
    "", " ", "plain text", "Ünïcödé ✓ text", "漢字テキスト", "emoji 😀", "quote \" backslash \\ newline \n tab \t",
    "<b>html</b> &amp; more", "0024", "12345", "null", "true", "-1", "2024-04-02T23:40:16Z",
    "x".repeat(300)
  };

  private static String string(String format, Mode mode, Random random) {
    boolean fixed = mode != Mode.RANDOM;
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "date-time" -> fixed
          ? dateTime(LocalDateTime.of(2024, 4, 2, 23, 40, 16, 530_000_000), 2, Offset.UTC)
          : randomDateTime(random);
      case "date" -> fixed ? "2024-04-02" : LocalDate.ofEpochDay(random.nextInt(80_000) - 10_000).toString();
      case "uuid", "guid" -> fixed
          ? "8f14e45f-ceea-467f-a0e6-3f1f1e2b6a11"
          : new UUID(random.nextLong(), random.nextLong()).toString();
      case "email" -> fixed ? "someone@example.test" : "user" + random.nextInt(1000) + "@example.test";
      case "byte" -> {
        byte[] bytes = new byte[fixed ? 6 : random.nextInt(12)];
        random.nextBytes(bytes);
        yield Base64.getEncoder().encodeToString(bytes);
      }
      case "duration" -> fixed ? "02:00:00" : String.format(Locale.ROOT, "%02d:%02d", random.nextInt(24), random.nextInt(60));
      default -> fixed ? "text" : TEXTS[random.nextInt(TEXTS.length)];
    };
  }

  private static final String[] PATTERN_CANDIDATES = {"text", "", "a.b.c", "A1", "0", "user.name"};

  /** A string for a {@code pattern}: the first of a few candidates that matches, else plain text. */
  private static String matching(String pattern, Mode mode, Random random) {
    java.util.regex.Pattern regex = java.util.regex.Pattern.compile(pattern);
    String preferred = string("", mode, random);
    // ASCII only: ECMA 262 and java.util.regex disagree on surrogate pairs.
    if (preferred.chars().allMatch(c -> c < 128) && regex.matcher(preferred).find()) {
      return preferred;
    }
    for (String candidate : PATTERN_CANDIDATES) {
      if (regex.matcher(candidate).find()) {
        return candidate;
      }
    }
    return preferred;
  }

  private static Number integer(String format, Mode mode, Random random) {
    boolean int32 = format.equals("int32");
    if (mode != Mode.RANDOM) {
      return int32 ? 7L : 2_005_530_999L;
    }
    int pick = random.nextInt(20);
    if (pick == 0) {
      return int32 ? (long) Integer.MAX_VALUE : Long.MAX_VALUE;
    }
    if (pick == 1) {
      return int32 ? (long) Integer.MIN_VALUE : Long.MIN_VALUE;
    }
    if (pick < 4) {
      return (long) random.nextInt(2001) - 1000;
    }
    return int32 ? (long) random.nextInt(Integer.MAX_VALUE) : random.nextLong() >>> (1 + random.nextInt(40));
  }

  private static BigDecimal number(String format, Mode mode, Random random) {
    if (mode != Mode.RANDOM) {
      return new BigDecimal("250.50");
    }
    if (format.equals("float")) {
      return BigDecimal.valueOf(random.nextInt(100_000) - 50_000, 2);
    }
    return switch (random.nextInt(8)) {
      case 0 -> BigDecimal.ZERO;
      case 1 -> new BigDecimal("-10.25");
      case 2 -> new BigDecimal("12345678901234.5678");
      case 3 -> new BigDecimal("1E+3");
      case 4 -> new BigDecimal("0.1");
      default -> BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(4));
    };
  }

  private static @Nullable Object anyScalar(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> "any text";
      case 1 -> 42L;
      case 2 -> Boolean.FALSE;
      case 3 -> new LinkedHashMap<String, @Nullable Object>();
      default -> null;
    };
  }

  /** How a generated date-time carries its offset. */
  enum Offset {
    /** {@code Z}. */
    UTC,
    /** A numeric offset such as {@code -04:00} or {@code +05:30}. */
    NUMERIC,
    /** No offset at all (outside RFC 3339; live .NET APIs send it). */
    NONE
  }

  private static final String[] OFFSETS = {"-04:00", "+05:30", "+00:00", "-12:00", "+14:00", "-09:30"};

  /** A date-time with the given number of fraction digits (0–9) and offset form. */
  static String dateTime(LocalDateTime time, int fractionDigits, Offset offset) {
    StringBuilder text = new StringBuilder(time.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")));
    if (fractionDigits > 0) {
      String nanos = String.format(Locale.ROOT, "%09d", time.getNano());
      text.append('.').append(nanos, 0, fractionDigits);
    }
    switch (offset) {
      case UTC -> text.append('Z');
      case NUMERIC -> text.append(OFFSETS[Math.floorMod(time.getSecond() + time.getMinute(), OFFSETS.length)]);
      case NONE -> { }
    }
    return text.toString();
  }

  /** A random date-time between 1900 and 2100, with 0–7 fraction digits and {@code Z} or a numeric offset. */
  static String randomDateTime(Random random) {
    LocalDateTime time =
        LocalDateTime.of(1900, 1, 1, 0, 0)
            .plusSeconds((long) (random.nextDouble() * 200L * 365 * 24 * 3600))
            .withNano(random.nextInt(1_000_000_000));
    return dateTime(time, random.nextInt(8), random.nextBoolean() ? Offset.UTC : Offset.NUMERIC);
  }
}
