package io.workbridge.testkit;

import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.util.List;
import java.util.Map;

/**
 * The lines of a WorkBridge configuration file that point a connection at the simulators, as {@code
 * dotted.key=value} lines ({@link DottedYaml} renders them as the file), the credentials as {@code ${VARIABLES}}
 * whose values {@link #environment} gives. Written once for every test and tool that configures WorkBridge against
 * the simulators.
 */
public final class SimulatorConfig {
  /** The variable holding the ServiceTitan app key. */
  public static final String ST_APP_KEY = "ST_APP_KEY";
  /** The variable holding the ServiceTitan client secret. */
  public static final String ST_CLIENT_SECRET = "ST_CLIENT_SECRET";
  /** The variable holding the ServiceChannel client secret. */
  public static final String SC_CLIENT_SECRET = "SC_CLIENT_SECRET";
  /** The variable holding the ServiceChannel API user's password. */
  public static final String SC_PASSWORD = "SC_PASSWORD";

  private SimulatorConfig() {}

  /**
   * {@return the {@code serviceTitan} section's connection keys: environment, URLs, tenant, client, booking provider}
   *
   * @param serviceTitan the simulator
   */
  public static List<String> serviceTitan(ServiceTitanSimulator serviceTitan) {
    return List.of(
        "serviceTitan.environment=integration",
        "serviceTitan.apiBaseUrl=" + serviceTitan.baseUrl(),
        "serviceTitan.authBaseUrl=" + without(serviceTitan.tokenUrl(), "connect/token"),
        "serviceTitan.tenantId=" + serviceTitan.tenantId(),
        "serviceTitan.clientId=" + serviceTitan.clientId(),
        "serviceTitan.appKey=${" + ST_APP_KEY + "}",
        "serviceTitan.clientSecret=${" + ST_CLIENT_SECRET + "}",
        "serviceTitan.bookingProviderId=" + serviceTitan.bookingProviderId());
  }

  /**
   * {@return the {@code serviceChannel} section's connection keys for the simulator's API user}
   *
   * @param serviceChannel the simulator
   */
  public static List<String> serviceChannel(ServiceChannelSimulator serviceChannel) {
    return List.of(
        "serviceChannel.environment=sandbox2",
        "serviceChannel.apiBaseUrl=" + serviceChannel.apiBaseUrl(),
        "serviceChannel.loginBaseUrl=" + without(serviceChannel.tokenUrl(), "oauth/token"),
        "serviceChannel.clientId=" + ServiceChannelSimulator.CLIENT_ID,
        "serviceChannel.username=" + ServiceChannelSimulator.USERNAME,
        "serviceChannel.clientSecret=${" + SC_CLIENT_SECRET + "}",
        "serviceChannel.password=${" + SC_PASSWORD + "}");
  }

  /**
   * {@return the values of the variables the lines reference}
   *
   * @param serviceTitan the ServiceTitan simulator
   */
  public static Map<String, String> environment(ServiceTitanSimulator serviceTitan) {
    return Map.of(
        ST_APP_KEY, serviceTitan.appKey(),
        ST_CLIENT_SECRET, serviceTitan.clientSecret(),
        SC_CLIENT_SECRET, ServiceChannelSimulator.CLIENT_SECRET,
        SC_PASSWORD, ServiceChannelSimulator.PASSWORD);
  }

  /** The URL without its path suffix (the token path the client adds to the base). */
  private static String without(String url, String suffix) {
    if (!url.endsWith(suffix)) {
      throw new IllegalArgumentException(url + " does not end with " + suffix);
    }
    return url.substring(0, url.length() - suffix.length());
  }
}
