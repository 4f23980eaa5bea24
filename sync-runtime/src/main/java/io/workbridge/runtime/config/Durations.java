package io.workbridge.runtime.config;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as the configuration file writes them: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 2d}. */
final class Durations {
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

  private Durations() {}

  /** The duration {@code text} spells, or empty when it is not one. */
  static Optional<Duration> parse(String text) {
    Matcher matcher = DURATION.matcher(text.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    long amount = Long.parseLong(matcher.group(1));
    return Optional.of(
        switch (matcher.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofDays(amount);
        });
  }

  /** The shortest spelling {@link #parse} reads back, e.g. {@code 90s}, {@code 5m}, {@code 250ms}. */
  static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 86_400_000L == 0 && millis != 0) {
      return millis / 86_400_000L + "d";
    }
    if (millis % 3_600_000L == 0 && millis != 0) {
      return millis / 3_600_000L + "h";
    }
    if (millis % 60_000L == 0 && millis != 0) {
      return millis / 60_000L + "m";
    }
    if (millis % 1000L == 0) {
      return millis / 1000L + "s";
    }
    return millis + "ms";
  }
}
