package io.workbridge.runtime.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks a configuration section makes of itself when it is built: each problem is recorded under the
 * section's own key, and {@link #done(String)} throws one {@link ConfigException} listing them all. The
 * YAML reader prefixes the section's path, so a problem found here reads the same from Java and from a file.
 */
final class Checks {
  private static final Pattern SECRET_IN_URL = Pattern.compile("(?i)(password|pwd|secret|token)=([^&;]*)");
  private static final Pattern USER_INFO = Pattern.compile("//([^/@:]*):([^/@]*)@");

  private final List<String> problems = new ArrayList<>();

  /** Records a problem of {@code key}. */
  Checks problem(String key, String message) {
    problems.add(key + ": " + message);
    return this;
  }

  /** Records {@code message} for {@code key} unless {@code ok}. */
  Checks require(boolean ok, String key, String message) {
    if (!ok) {
      problem(key, message);
    }
    return this;
  }

  /** A duration must be longer than zero. */
  Checks positive(Duration value, String key) {
    return require(!value.isNegative() && !value.isZero(), key, "must be longer than zero, was " + Durations.format(value));
  }

  /** A duration must not be negative (zero switches something off). */
  Checks notNegative(Duration value, String key) {
    return require(!value.isNegative(), key, "must not be negative, was " + Durations.format(value));
  }

  /** A text must hold more than blanks. */
  Checks notBlank(String value, String key) {
    return require(!value.isBlank(), key, "must not be blank");
  }

  /** An id must be a positive number. */
  Checks id(long value, String key) {
    return require(value > 0, key, "must be a positive id, was " + value);
  }

  /** An optional id must be a positive number. */
  Checks id(Optional<Long> value, String key) {
    value.ifPresent(id -> id(id, key));
    return this;
  }

  /** A rate limit must allow at least one request. */
  Checks rate(Optional<Integer> value, String key) {
    value.ifPresent(rate -> require(rate >= 1, key, "must be a positive number of requests, was " + rate));
    return this;
  }

  /** An optional URL must be an absolute http(s) URL. */
  Checks url(Optional<String> value, String key) {
    value.ifPresent(url -> url(url, key));
    return this;
  }

  /** A URL must be an absolute http(s) URL with a host. */
  Checks url(String value, String key) {
    String problem = urlProblem(value);
    if (problem != null) {
      problem(key, problem);
    }
    return this;
  }

  private static String urlProblem(String url) {
    try {
      URI uri = new URI(url.strip());
      if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
        return "expected an http or https URL such as https://api.example.com/, was '" + masked(url) + "'";
      }
      if (uri.getHost() == null) {
        return "the URL has no host name, was '" + masked(url) + "'";
      }
      return null;
    } catch (URISyntaxException malformed) {
      return "not a valid URL (" + malformed.getReason() + " at index " + malformed.getIndex() + "), was '"
          + masked(url) + "'";
    }
  }

  /** Throws a {@link ConfigException} naming {@code type} when a problem was recorded. */
  void done(String type) {
    ConfigException.throwIfAny(type, problems);
  }

  /**
   * A URL as it may be shown: the password of {@code //user:password@host} and the values of {@code
   * password=}, {@code secret=} and {@code token=} parameters masked.
   */
  static String masked(String url) {
    String masked = USER_INFO.matcher(url).replaceAll("//$1:****@");
    return SECRET_IN_URL.matcher(masked).replaceAll("$1=****");
  }
}
