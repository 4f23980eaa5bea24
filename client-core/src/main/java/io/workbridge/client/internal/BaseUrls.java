package io.workbridge.client.internal;

import java.net.InetAddress;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * The base-URL policy: {@code https} is required, except for loopback hosts (local simulators and tests);
 * a base URL always ends in {@code /} (Retrofit's rule for relative endpoints).
 */
public final class BaseUrls {
  private BaseUrls() {}

  /**
   * Parses and checks a URL.
   *
   * @param url the URL as configured
   * @param setting the setting's name, used in the error message
   * @throws IllegalArgumentException when the URL is malformed or uses plain http to a non-loopback host
   */
  public static HttpUrl parse(String url, String setting) {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException(setting + " is not a valid http(s) URL");
    }
    if (!parsed.isHttps() && !isLoopback(parsed.host())) {
      throw new IllegalArgumentException(
          setting
              + " uses plain http to "
              + parsed.host()
              + ": https is required so credentials and tokens are never sent in clear text"
              + " (plain http is allowed only for loopback hosts such as localhost or 127.0.0.1)");
    }
    return parsed;
  }

  /** Parses, checks and makes the URL end with {@code /}. */
  public static HttpUrl parseBase(String url, String setting) {
    HttpUrl parsed = parse(url, setting);
    String path = parsed.encodedPath();
    return path.endsWith("/") ? parsed : parsed.newBuilder().encodedPath(path + "/").build();
  }

  static boolean isLoopback(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    if (lower.equals("localhost") || lower.endsWith(".localhost")) {
      return true;
    }
    if (!lower.matches("[0-9.]+|[0-9a-f:]+")) {
      return false;
    }
    try {
      return InetAddress.getByName(lower).isLoopbackAddress();
    } catch (java.net.UnknownHostException invalid) {
      return false;
    }
  }
}
