package io.workbridge.runtime.config;

import java.util.List;

/**
 * The configuration cannot be used. {@link #problems()} lists every problem found, each starting with the key
 * path at fault (for example {@code workOrders.subscribers[2014920311].statusMapping.accept: unknown status}), so
 * one run tells the operator everything to fix. No message holds a secret: values that came from environment
 * variables are never quoted.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Every problem found, each starting with its key path. */
  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param source what was read, e.g. the file name, or the type built in Java
   * @param problems the problems found (at least one), each starting with its key path
   */
  public ConfigException(String source, List<String> problems) {
    super("Invalid configuration " + source + ":\n  - " + String.join("\n  - ", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ConfigException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem found, each starting with its key path} */
  public List<String> problems() {
    return problems;
  }

  /** Throws a {@link ConfigException} for {@code source} when {@code problems} is not empty. */
  static void throwIfAny(String source, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new ConfigException(source, problems);
    }
  }
}
