package io.workbridge.runtime.config;

import io.workbridge.client.Secret;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One mapping of the YAML file at a key path, read with typed getters that record problems (with the key path
 * and line) instead of failing on the first. Every key asked for is a known key of the section; {@link
 * #finish()} refuses the others, suggesting the nearest known key. Values may reference environment variables
 * as {@code ${NAME}}; a credential must be exactly one such reference. Messages quote the file's text, never a
 * value that came from the environment.
 */
final class YamlSection {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
  private static final Pattern WHOLE_REFERENCE = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*}");

  /** What every section of one read shares: the problems, the environment, and the key paths asked for. */
  static final class Context {
    final List<String> problems = new ArrayList<>();
    final Map<String, String> environment;
    final Set<String> schemaKeys = new LinkedHashSet<>();

    Context(Map<String, String> environment) {
      this.environment = Map.copyOf(environment);
    }

    void problem(String path, @Nullable Node at, String message) {
      problems.add(path + ": " + message + line(at));
    }

    private static String line(@Nullable Node at) {
      return at == null ? "" : at.getStartMark().map(mark -> " (line " + (mark.getLine() + 1) + ")").orElse("");
    }
  }

  /** A value of a list or a map, with its key path. */
  record Item(String key, Node node, String path, String schema) {}

  private final Context context;
  private final String path;
  private final String schema;
  private final @Nullable Node node;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private final Set<String> known = new LinkedHashSet<>();

  private YamlSection(Context context, String path, String schema, @Nullable Node node) {
    this.context = context;
    this.path = path;
    this.schema = schema;
    this.node = node;
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        String key = keyText(tuple.getKeyNode());
        if (key == null) {
          context.problem(child(path, "?"), tuple.getKeyNode(), "a key must be plain text");
        } else if (entries.putIfAbsent(key, tuple) != null) {
          context.problem(child(path, key), tuple.getKeyNode(), "given twice");
        }
      }
    }
  }

  /** The root of a document (an empty one when the document is empty). */
  static YamlSection root(Context context, @Nullable Node node) {
    if (node != null && !(node instanceof MappingNode) && !isNull(node)) {
      context.problem("(file)", node, "expected keys and values (a YAML mapping) at the top of the file");
      return new YamlSection(context, "", "", null);
    }
    return new YamlSection(context, "", "", node);
  }

  /** The key path of this section, e.g. {@code workOrders.subscribers[2014917243]}. */
  String path() {
    return path;
  }

  /** The path of one of this section's keys. */
  String pathOf(String key) {
    return child(path, key);
  }

  /** Records a problem of one of this section's keys. */
  void problem(String key, String message) {
    NodeTuple tuple = entries.get(key);
    context.problem(pathOf(key), tuple == null ? node : tuple.getKeyNode(), message);
  }

  /** Records a problem of the section itself. */
  void problem(String message) {
    context.problem(path.isEmpty() ? "(file)" : path, node, message);
  }

  /** The number of problems recorded so far in the whole read. */
  int problemCount() {
    return context.problems.size();
  }

  /** Whether the key is present with a value. */
  boolean has(String key) {
    known.add(key);
    context.schemaKeys.add(child(schema, key));
    return value(key) != null;
  }

  private @Nullable Node value(String key) {
    known.add(key);
    context.schemaKeys.add(child(schema, key));
    NodeTuple tuple = entries.get(key);
    if (tuple == null || isNull(tuple.getValueNode())) {
      return null;
    }
    return tuple.getValueNode();
  }

  // ------------------------------------------------------------------ scalars

  /** A required text. */
  @Nullable String text(String key) {
    return required(key, optionalText(key));
  }

  /** An optional text; blank counts as absent. */
  Optional<String> optionalText(String key) {
    Node value = value(key);
    if (value == null) {
      return Optional.empty();
    }
    return scalar(value, pathOf(key)).map(raw -> resolve(raw, pathOf(key), value)).filter(text -> !text.isBlank());
  }

  /** A required credential: exactly one {@code ${VARIABLE}} reference. */
  @Nullable Secret secret(String key) {
    Optional<Secret> secret = optionalSecret(key);
    if (secret.isEmpty() && value(key) == null) {
      problem(key, "required but missing (reference an environment variable, e.g. ${SOME_VARIABLE})");
    }
    return secret.orElse(null);
  }

  /** An optional credential: exactly one {@code ${VARIABLE}} reference when present. */
  Optional<Secret> optionalSecret(String key) {
    Node value = value(key);
    if (value == null) {
      return Optional.empty();
    }
    return secretOf(value, pathOf(key));
  }

  /** A credential in a list or map value. */
  Optional<Secret> secretOf(Node value, String at) {
    Optional<String> raw = scalar(value, at);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    if (!WHOLE_REFERENCE.matcher(raw.get().strip()).matches()) {
      context.problem(at, value, "a credential must come from an environment variable, written as ${SOME_VARIABLE}"
          + " (the value in the file is not shown)");
      return Optional.empty();
    }
    String resolved = resolve(raw.get().strip(), at, value);
    if (resolved.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Secret.of(resolved));
  }

  /** A required whole number. */
  @Nullable Long number(String key) {
    return required(key, optionalNumber(key));
  }

  /** An optional whole number. */
  Optional<Long> optionalNumber(String key) {
    Node value = value(key);
    return value == null ? Optional.empty() : numberOf(value, pathOf(key));
  }

  /** A whole number in a list or map value. */
  Optional<Long> numberOf(Node value, String at) {
    return scalar(value, at).flatMap(raw -> {
      String text = resolve(raw, at, value).strip();
      try {
        return Optional.of(Long.parseLong(text.replace("_", "")));
      } catch (NumberFormatException notANumber) {
        context.problem(at, value, "expected a whole number, was '" + raw + "'");
        return Optional.empty();
      }
    });
  }

  /** An optional whole number that fits an {@code int}. */
  Optional<Integer> optionalInt(String key) {
    return optionalNumber(key).flatMap(number -> {
      if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
        problem(key, "too large, was " + number);
        return Optional.empty();
      }
      return Optional.of(number.intValue());
    });
  }

  /** An optional {@code true} or {@code false}. */
  Optional<Boolean> optionalFlag(String key) {
    Node value = value(key);
    if (value == null) {
      return Optional.empty();
    }
    return scalar(value, pathOf(key)).flatMap(raw -> {
      switch (resolve(raw, pathOf(key), value).strip().toLowerCase(Locale.ROOT)) {
        case "true":
          return Optional.of(true);
        case "false":
          return Optional.of(false);
        default:
          context.problem(pathOf(key), value, "expected true or false, was '" + raw + "'");
          return Optional.empty();
      }
    });
  }

  /** An optional duration such as {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h} or {@code 1d}. */
  Optional<Duration> optionalDuration(String key) {
    Node value = value(key);
    if (value == null) {
      return Optional.empty();
    }
    return scalar(value, pathOf(key)).flatMap(raw -> {
      Optional<Duration> duration = Durations.parse(resolve(raw, pathOf(key), value));
      if (duration.isEmpty()) {
        context.problem(pathOf(key), value, "expected a duration such as 500ms, 30s, 5m, 1h or 1d, was '" + raw + "'");
      }
      return duration;
    });
  }

  /** A required ISO-8601 instant such as {@code 2026-11-01T00:00:00Z}. */
  @Nullable Instant instant(String key) {
    Node value = value(key);
    if (value == null) {
      problem(key, "required but missing");
      return null;
    }
    return scalar(value, pathOf(key)).flatMap(raw -> {
      try {
        return Optional.of(Instant.parse(resolve(raw, pathOf(key), value).strip()));
      } catch (DateTimeParseException invalid) {
        context.problem(pathOf(key), value, "expected an ISO-8601 instant such as 2026-11-01T00:00:00Z, was '" + raw + "'");
        return Optional.empty();
      }
    }).orElse(null);
  }

  /** An optional enum constant, spelt as the file spells it ({@code followUp} for {@code FOLLOW_UP}). */
  <E extends Enum<E>> Optional<E> optionalChoice(String key, Class<E> type) {
    Node value = value(key);
    return value == null ? Optional.empty() : choiceOf(value, pathOf(key), type);
  }

  /** A required enum constant. */
  <E extends Enum<E>> @Nullable E choice(String key, Class<E> type) {
    return required(key, optionalChoice(key, type));
  }

  /** An enum constant in a list or map value (or map key). */
  <E extends Enum<E>> Optional<E> choiceOf(Node value, String at, Class<E> type) {
    return scalar(value, at).flatMap(raw -> choiceOfText(raw, value, at, type));
  }

  /** An enum constant from a text (e.g. a map key), recording a problem with the choices when it is none. */
  <E extends Enum<E>> Optional<E> choiceOfText(String raw, Node at, String path, Class<E> type) {
    Optional<E> constant = Names.constant(type, raw);
    if (constant.isEmpty()) {
      List<String> choices = Names.choices(type);
      context.problem(path, at, "expected one of " + choices + ", was '" + raw + "'"
          + Names.nearest(raw, choices).map(near -> " (did you mean '" + near + "'?)").orElse(""));
    }
    return constant;
  }

  /** A list of texts; absent is empty. */
  List<String> texts(String key) {
    List<String> texts = new ArrayList<>();
    for (Item item : list(key)) {
      scalar(item.node(), item.path()).map(raw -> resolve(raw, item.path(), item.node())).ifPresent(texts::add);
    }
    return texts;
  }

  /** A text in a list or map value. */
  Optional<String> textOf(Node value, String at) {
    return scalar(value, at).map(raw -> resolve(raw, at, value));
  }

  // ------------------------------------------------------------------ collections

  /** A nested section; empty when absent. */
  Optional<YamlSection> optionalSection(String key) {
    Node value = value(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof MappingNode)) {
      context.problem(pathOf(key), value, "expected keys and values (a mapping), found " + describe(value));
      return Optional.empty();
    }
    return Optional.of(new YamlSection(context, pathOf(key), child(schema, key), value));
  }

  /** A nested section that is present even when the file leaves it out (every key then takes its default). */
  YamlSection sectionOrEmpty(String key) {
    return optionalSection(key).orElseGet(() -> new YamlSection(context, pathOf(key), child(schema, key), null));
  }

  /** A required nested section. */
  Optional<YamlSection> section(String key) {
    Optional<YamlSection> section = optionalSection(key);
    if (section.isEmpty() && value(key) == null) {
      problem(key, "required but missing");
    }
    return section;
  }

  /** A list's items, paths {@code key[0]}, {@code key[1]}, …; absent is empty. */
  List<Item> list(String key) {
    Node value = value(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof SequenceNode sequence)) {
      context.problem(pathOf(key), value, "expected a list, found " + describe(value));
      return List.of();
    }
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < sequence.getValue().size(); i++) {
      items.add(new Item(Integer.toString(i), sequence.getValue().get(i), pathOf(key) + "[" + i + "]", child(schema, key) + "[]"));
    }
    return items;
  }

  /** A map's entries, paths {@code key[name]}; absent is empty. */
  List<Item> map(String key) {
    Node value = value(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof MappingNode mapping)) {
      context.problem(pathOf(key), value, "expected keys and values (a mapping), found " + describe(value));
      return List.of();
    }
    List<Item> items = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String name = keyText(tuple.getKeyNode());
      String at = pathOf(key) + "[" + (name == null ? "?" : name) + "]";
      if (name == null) {
        context.problem(at, tuple.getKeyNode(), "a key must be plain text");
      } else if (!seen.add(name)) {
        context.problem(at, tuple.getKeyNode(), "given twice");
      } else {
        items.add(new Item(name, tuple.getValueNode(), at, child(schema, key) + ".*"));
      }
    }
    return items;
  }

  /** A list item or map value read as a section. */
  Optional<YamlSection> sectionOf(Item item) {
    if (!(item.node() instanceof MappingNode)) {
      context.problem(item.path(), item.node(), "expected keys and values (a mapping), found " + describe(item.node()));
      return Optional.empty();
    }
    return Optional.of(new YamlSection(context, item.path(), item.schema(), item.node()));
  }

  /** A map key read as a whole number (an id). */
  Optional<Long> idOf(Item item, String what) {
    try {
      long id = Long.parseLong(item.key().strip());
      return Optional.of(id);
    } catch (NumberFormatException notAnId) {
      context.problem(item.path(), item.node(), "expected " + what + " (a number) as the key, was '" + item.key() + "'");
      return Optional.empty();
    }
  }

  /**
   * Refuses the keys of this section nobody asked for, each with the nearest known key when one is near
   * enough, otherwise with the keys known here.
   */
  void finish() {
    for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
      String key = entry.getKey();
      if (known.contains(key)) {
        continue;
      }
      Optional<String> near = Names.nearest(key, known);
      context.problem(
          pathOf(key),
          entry.getValue().getKeyNode(),
          "unknown key"
              + near.map(k -> ", did you mean '" + k + "'?").orElse("; the keys here are " + String.join(", ", known)));
    }
  }

  /**
   * Builds a value from this section once its keys are read: {@code null} when a problem was recorded since
   * {@code problemsBefore} (the section's own problems are already reported), else {@code build}'s value, its
   * {@link ConfigException} problems reported under this section's path.
   */
  <T> @Nullable T build(int problemsBefore, java.util.function.Supplier<T> build) {
    finish();
    if (context.problems.size() > problemsBefore) {
      return null;
    }
    return buildAt(path, node, build);
  }

  /** As {@link #build}, for a value built at {@code at}. */
  <T> @Nullable T buildAt(String at, @Nullable Node where, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (ConfigException invalid) {
      for (String problem : invalid.problems()) {
        context.problems.add((at.isEmpty() ? "" : at + ".") + problem + Context.line(where));
      }
      return null;
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException invalid) {
      context.problem(at.isEmpty() ? "(file)" : at, where, String.valueOf(invalid.getMessage()));
      return null;
    }
  }

  /** Applies {@code setter} when the value is present. */
  static <T> void set(Optional<T> value, java.util.function.Consumer<T> setter) {
    value.ifPresent(setter);
  }

  /** Converts each map item with {@code read}, keeping the ones read without a problem. */
  static <T> List<T> each(List<Item> items, Function<Item, Optional<T>> read) {
    List<T> values = new ArrayList<>();
    for (Item item : items) {
      read.apply(item).ifPresent(values::add);
    }
    return values;
  }

  // ------------------------------------------------------------------ helpers

  private <T> @Nullable T required(String key, Optional<T> value) {
    if (value.isPresent()) {
      return value.get();
    }
    if (value(key) == null) {
      problem(key, "required but missing");
    }
    return null;
  }

  private Optional<String> scalar(Node value, String at) {
    if (value instanceof ScalarNode scalar) {
      return Optional.of(scalar.getValue());
    }
    context.problem(at, value, "expected a single value, found " + describe(value));
    return Optional.empty();
  }

  private String resolve(String raw, String at, Node where) {
    Matcher matcher = REFERENCE.matcher(raw);
    StringBuilder resolved = new StringBuilder();
    while (matcher.find()) {
      String variable = matcher.group(1);
      String value = context.environment.get(variable);
      if (value == null) {
        context.problem(at, where, "environment variable " + variable + " is not set");
        value = "";
      }
      matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(resolved);
    return resolved.toString();
  }

  private static @Nullable String keyText(Node key) {
    return key instanceof ScalarNode scalar ? scalar.getValue() : null;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && (node.getTag().equals(Tag.NULL) || scalar.getValue().isEmpty());
  }

  private static String describe(Node node) {
    return switch (node.getNodeType()) {
      case MAPPING -> "keys and values";
      case SEQUENCE -> "a list";
      default -> "a single value";
    };
  }

  private static String child(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }
}
