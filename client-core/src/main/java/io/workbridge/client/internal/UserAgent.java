package io.workbridge.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The {@code User-Agent} WorkBridge sends: {@code workbridge-java/<version> (<system>) Java/<version>}. */
public final class UserAgent {
  private static final String VERSION = readVersion();

  private UserAgent() {}

  /** The SDK's version, from the build. */
  public static String version() {
    return VERSION;
  }

  /** The header value for one system's client. */
  public static String of(String system) {
    return "workbridge-java/" + VERSION + " (" + system + ") Java/" + System.getProperty("java.version");
  }

  private static String readVersion() {
    Properties properties = new Properties();
    try (InputStream in = UserAgent.class.getResourceAsStream("/io/workbridge/client/workbridge-version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException unreadable) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }
}
