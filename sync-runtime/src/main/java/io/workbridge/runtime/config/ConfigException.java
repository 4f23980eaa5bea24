package io.workbridge.runtime.config;

import java.util.List;

/**
 * The configuration cannot be used. {@link #problems()} lists every problem found, each starting with the
 * offending key, so one run of the loader tells the operator everything to fix.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /** Creates the exception from the problems found (at least one). */
  public ConfigException(String source, List<String> problems) {
    super("Invalid configuration " + source + ":\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, each naming its key. */
  public List<String> problems() {
    return problems;
  }
}
