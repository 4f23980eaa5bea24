package io.workbridge.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * WorkBridge configurations written as {@code dotted.key=value} lines and rendered as the nested YAML the reader
 * takes, so a test or tool can add or override one key ({@code store.provider=memory}) without repeating a section.
 * A later line for the same key replaces an earlier one; every value is written double-quoted.
 */
public final class DottedYaml {
  private DottedYaml() {}

  /**
   * Renders the lines as YAML, sections in the order their keys first appear.
   *
   * @param lines {@code dotted.key=value} lines; blank lines and {@code #} comments are skipped
   * @return the YAML text
   * @throws IllegalArgumentException when a line is not {@code key=value}
   */
  public static String of(List<String> lines) {
    Map<String, Object> root = new LinkedHashMap<>();
    for (String line : lines) {
      int equals = line.indexOf('=');
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (equals < 0) {
        throw new IllegalArgumentException("expected key=value, was " + line);
      }
      String[] path = line.substring(0, equals).strip().split("\\.");
      Map<String, Object> at = root;
      for (int i = 0; i < path.length - 1; i++) {
        @SuppressWarnings("unchecked")
        Map<String, Object> next = (Map<String, Object>) at.computeIfAbsent(path[i], key -> new LinkedHashMap<String, Object>());
        at = next;
      }
      at.put(path[path.length - 1], line.substring(equals + 1).strip());
    }
    StringBuilder yaml = new StringBuilder();
    write(root, "", yaml);
    return yaml.toString();
  }

  private static void write(Map<String, Object> map, String indent, StringBuilder yaml) {
    for (Map.Entry<String, Object> entry : map.entrySet()) {
      if (entry.getValue() instanceof Map<?, ?> nested) {
        yaml.append(indent).append(entry.getKey()).append(":\n");
        @SuppressWarnings("unchecked")
        Map<String, Object> section = (Map<String, Object>) nested;
        write(section, indent + "  ", yaml);
      } else {
        String value = entry.getValue().toString().replace("\\", "\\\\").replace("\"", "\\\"");
        yaml.append(indent).append(entry.getKey()).append(": \"").append(value).append("\"\n");
      }
    }
  }
}
