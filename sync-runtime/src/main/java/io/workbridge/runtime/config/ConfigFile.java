package io.workbridge.runtime.config;

import io.workbridge.client.Secret;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A properties file read with typed getters that collect problems instead of failing on the first.
 * Values may reference environment variables as {@code ${NAME}}; secrets <em>must</em> come from one, so a
 * credential never sits in a file. Call {@link #finish(String)} after reading to throw one {@link
 * ConfigException} listing every problem, including keys nobody asked for (typos).
 */
public final class ConfigFile {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

  private final Properties properties;
  private final Map<String, String> environment;
  private final List<String> problems = new ArrayList<>();
  private final Set<String> read = new TreeSet<>();

  private ConfigFile(Properties properties, Map<String, String> environment) {
    this.properties = properties;
    this.environment = Map.copyOf(environment);
  }

  /** Reads a file; an unreadable file is reported as a {@link ConfigException}. */
  public static ConfigFile load(Path file, Map<String, String> environment) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, environment, file.toString());
    } catch (IOException unreadable) {
      throw new ConfigException(file.toString(), List.of("the file cannot be read: " + unreadable.getMessage()));
    }
  }

  /** Reads properties text (for tests and embedded defaults). */
  public static ConfigFile parse(String text, Map<String, String> environment) {
    try {
      return read(new StringReader(text), environment, "text");
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static ConfigFile read(Reader reader, Map<String, String> environment, String source)
      throws IOException {
    Properties properties = new Properties();
    properties.load(reader);
    return new ConfigFile(properties, environment);
  }

  /** A required text value. */
  public String text(String key) {
    return optionalText(key).orElseGet(() -> missing(key, ""));
  }

  /** An optional text value; blank counts as absent. */
  public Optional<String> optionalText(String key) {
    read.add(key);
    String raw = properties.getProperty(key);
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(resolve(key, raw.strip()));
  }

  /** A text value with a default. */
  public String text(String key, String defaultValue) {
    return optionalText(key).orElse(defaultValue);
  }

  /**
   * A required credential, which must be a {@code ${ENV_VAR}} reference: literal secrets in the file are
   * refused so they never end up in version control.
   */
  public Secret secret(String key) {
    return optionalSecret(key).orElseGet(() -> missingSecret(key));
  }

  /** An optional credential (same rule as {@link #secret(String)} when present). */
  public Optional<Secret> optionalSecret(String key) {
    read.add(key);
    String raw = properties.getProperty(key);
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    if (!REFERENCE.matcher(raw.strip()).matches()) {
      problems.add(key + ": a credential must come from an environment variable, written as ${SOME_VARIABLE}"
          + " (the value in the file was not shown)");
      return Optional.empty();
    }
    String value = resolve(key, raw.strip());
    return value.isEmpty() ? Optional.empty() : Optional.of(Secret.of(value));
  }

  /** A whole number with a default. */
  public long number(String key, long defaultValue) {
    return optionalText(key).map(text -> parseNumber(key, text, defaultValue)).orElse(defaultValue);
  }

  /** A required whole number. */
  public long number(String key) {
    return optionalText(key).map(text -> parseNumber(key, text, 0)).orElseGet(() -> missing(key, 0L));
  }

  /** {@code true}/{@code false} with a default. */
  public boolean flag(String key, boolean defaultValue) {
    return optionalText(key)
        .map(
            text -> {
              switch (text.toLowerCase(Locale.ROOT)) {
                case "true":
                  return true;
                case "false":
                  return false;
                default:
                  problems.add(key + ": expected true or false, was '" + text + "'");
                  return defaultValue;
              }
            })
        .orElse(defaultValue);
  }

  /** A duration such as {@code 500ms}, {@code 30s}, {@code 5m} or {@code 1h}, with a default. */
  public Duration duration(String key, Duration defaultValue) {
    return optionalText(key).map(text -> parseDuration(key, text, defaultValue)).orElse(defaultValue);
  }

  /** A required ISO-8601 instant such as {@code 2026-11-01T00:00:00Z}. */
  public Instant instant(String key) {
    return optionalText(key)
        .map(
            text -> {
              try {
                return Instant.parse(text);
              } catch (DateTimeParseException invalid) {
                problems.add(key + ": expected an ISO-8601 instant such as 2026-11-01T00:00:00Z, was '" + text + "'");
                return Instant.EPOCH;
              }
            })
        .orElseGet(() -> missing(key, Instant.EPOCH));
  }

  /** One of the enum's constants (case-insensitive), with a default. */
  public <E extends Enum<E>> E choice(String key, Class<E> type, E defaultValue) {
    return optionalText(key)
        .map(
            text -> {
              for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(text)) {
                  return constant;
                }
              }
              List<String> names = new ArrayList<>();
              for (E constant : type.getEnumConstants()) {
                names.add(constant.name());
              }
              problems.add(key + ": expected one of " + names + ", was '" + text + "'");
              return defaultValue;
            })
        .orElse(defaultValue);
  }

  /** Whether any key starts with {@code prefix}. */
  public boolean hasSection(String prefix) {
    return properties.stringPropertyNames().stream().anyMatch(name -> name.startsWith(prefix));
  }

  /** The distinct names that follow {@code prefix} up to the next dot, e.g. subscriber ids. */
  public Set<String> children(String prefix) {
    Set<String> children = new TreeSet<>();
    for (String name : properties.stringPropertyNames()) {
      if (name.startsWith(prefix)) {
        String rest = name.substring(prefix.length());
        int dot = rest.indexOf('.');
        children.add(dot < 0 ? rest : rest.substring(0, dot));
      }
    }
    return children;
  }

  /** Records a problem found by the caller's own checks. */
  public void problem(String key, String message) {
    problems.add(key + ": " + message);
  }

  /**
   * Throws one {@link ConfigException} listing every problem, including keys that were never read
   * (usually typos).
   */
  public void finish(String source) {
    List<String> all = new ArrayList<>(problems);
    for (String name : new TreeSet<>(properties.stringPropertyNames())) {
      if (!read.contains(name)) {
        all.add(name + ": unknown key (check its spelling)");
      }
    }
    if (!all.isEmpty()) {
      throw new ConfigException(source, all);
    }
  }

  /**
   * Like {@link #finish(String)}, but keys that were not read are not reported: for tools that need only
   * part of the file (the store commands read just the store settings).
   */
  public void finishPart(String source) {
    if (!problems.isEmpty()) {
      throw new ConfigException(source, problems);
    }
  }

  private String resolve(String key, String raw) {
    Matcher matcher = REFERENCE.matcher(raw);
    StringBuilder resolved = new StringBuilder();
    while (matcher.find()) {
      String variable = matcher.group(1);
      String value = environment.get(variable);
      if (value == null) {
        problems.add(key + ": environment variable " + variable + " is not set");
        value = "";
      }
      matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(resolved);
    return resolved.toString();
  }

  private long parseNumber(String key, String text, long fallback) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException invalid) {
      problems.add(key + ": expected a whole number, was '" + text + "'");
      return fallback;
    }
  }

  private Duration parseDuration(String key, String text, Duration fallback) {
    Matcher matcher = DURATION.matcher(text);
    if (!matcher.matches()) {
      problems.add(key + ": expected a duration such as 500ms, 30s, 5m or 1h, was '" + text + "'");
      return fallback;
    }
    long amount = Long.parseLong(matcher.group(1));
    Duration value =
        switch (matcher.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          default -> Duration.ofHours(amount);
        };
    if (value.isZero()) {
      problems.add(key + ": must be longer than zero");
      return fallback;
    }
    return value;
  }

  private <T> T missing(String key, T placeholder) {
    problems.add(key + ": required but missing");
    return placeholder;
  }

  private Secret missingSecret(String key) {
    problems.add(key + ": required but missing (reference an environment variable, e.g. ${SOME_VARIABLE})");
    return Secret.of("missing");
  }
}
