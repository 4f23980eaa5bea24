package io.workbridge.spring;

import io.workbridge.runtime.config.ConfigReader;
import io.workbridge.runtime.config.WorkBridgeConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.OriginTrackedValue;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Reads the application's {@code workbridge.*} properties into a {@link WorkBridgeConfig} with the same reader,
 * the same validation and the same messages as the configuration file: the keys exactly as written in {@code
 * application.yml} or {@code application.properties} (camelCase, as in the file reference), each from the
 * property source of highest precedence. Values are taken unresolved, so credentials stay {@code ${VARIABLE}}
 * references, which are then looked up in the Spring environment (environment variables, system properties,
 * other properties). Keys under {@code workbridge.spring.} are the starter's own and are not passed on.
 */
final class SpringPropertiesConfig {
  /** The prefix of WorkBridge's properties. */
  static final String PREFIX = "workbridge.";

  /** The prefix of the starter's own properties. */
  static final String STARTER_PREFIX = PREFIX + "spring.";

  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]+)}");
  private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)|\\[([^\\]]+)]");

  private SpringPropertiesConfig() {}

  /**
   * Reads and validates the configuration.
   *
   * @param environment the application's environment
   * @return the configuration
   * @throws io.workbridge.runtime.config.ConfigException naming every problem by its key
   */
  static WorkBridgeConfig read(ConfigurableEnvironment environment) {
    Map<String, Object> raw = rawProperties(environment);
    Map<String, String> variables = new HashMap<>();
    for (Object value : raw.values()) {
      Matcher reference = REFERENCE.matcher(String.valueOf(value));
      while (reference.find()) {
        String name = reference.group(1);
        Optional.ofNullable(environment.getProperty(name)).ifPresent(resolved -> variables.put(name, resolved));
      }
    }
    return ConfigReader.parse(yaml(raw), "the application's workbridge.* properties", variables);
  }

  /** {@return every {@code workbridge.*} key but the starter's, with its unresolved value, highest precedence first} */
  static Map<String, Object> rawProperties(ConfigurableEnvironment environment) {
    Map<String, Object> raw = new LinkedHashMap<>();
    for (PropertySource<?> source : environment.getPropertySources()) {
      if (ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)
          || !(source instanceof EnumerablePropertySource<?> enumerable)) {
        continue;
      }
      for (String name : enumerable.getPropertyNames()) {
        if (name.startsWith(PREFIX) && !name.startsWith(STARTER_PREFIX) && !raw.containsKey(name)) {
          Object value = enumerable.getProperty(name);
          raw.put(name, value instanceof OriginTrackedValue tracked ? tracked.getValue() : value);
        }
      }
    }
    return raw;
  }

  /** The flat keys as a YAML document, every scalar double-quoted (the reader converts them). */
  static String yaml(Map<String, Object> raw) {
    Map<String, Object> tree = new LinkedHashMap<>();
    raw.forEach((name, value) -> put(tree, segments(name.substring(PREFIX.length())), 0, String.valueOf(value)));
    StringBuilder out = new StringBuilder();
    write(tree, 0, out);
    return out.toString();
  }

  private static List<Object> segments(String name) {
    List<Object> segments = new ArrayList<>();
    Matcher matcher = SEGMENT.matcher(name);
    while (matcher.find()) {
      if (matcher.group(1) != null) {
        segments.add(matcher.group(1));
      } else {
        String inBrackets = matcher.group(2);
        segments.add(inBrackets.chars().allMatch(Character::isDigit) ? (Object) Integer.valueOf(inBrackets) : inBrackets);
      }
    }
    return segments;
  }

  @SuppressWarnings("unchecked")
  private static void put(Object node, List<Object> path, int at, String value) {
    Object key = path.get(at);
    boolean last = at == path.size() - 1;
    Object next = last ? value : (path.get(at + 1) instanceof Integer ? new ArrayList<>() : new LinkedHashMap<>());
    Object child;
    if (node instanceof Map<?, ?> map) {
      child = ((Map<Object, Object>) map).computeIfAbsent(String.valueOf(key), k -> next);
    } else {
      List<Object> list = (List<Object>) node;
      int index = key instanceof Integer i ? i : Integer.parseInt(String.valueOf(key));
      while (list.size() <= index) {
        list.add(null);
      }
      if (list.get(index) == null) {
        list.set(index, next);
      }
      child = list.get(index);
    }
    if (!last) {
      put(child, path, at + 1, value);
    }
  }

  private static void write(Object node, int indent, StringBuilder out) {
    String pad = " ".repeat(indent);
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (key, value) -> {
            out.append(pad).append(quote(String.valueOf(key))).append(':');
            writeValue(value, indent, out);
          });
    } else {
      for (Object item : (List<?>) node) {
        out.append(pad).append('-');
        writeValue(item, indent, out);
      }
    }
  }

  private static void writeValue(Object value, int indent, StringBuilder out) {
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      out.append('\n');
      write(value, indent + 2, out);
    } else {
      out.append(' ').append(value == null ? "null" : quote(String.valueOf(value))).append('\n');
    }
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }
}
