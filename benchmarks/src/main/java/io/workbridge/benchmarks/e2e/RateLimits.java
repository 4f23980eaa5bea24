package io.workbridge.benchmarks.e2e;

import java.time.Duration;

/**
 * The APIs' documented rate limits, multiplied by one scale factor on both sides: ServiceTitan 60 requests
 * per second per application and tenant; ServiceChannel 300 requests per minute per client and 600 per
 * minute per company. Both the simulators and the clients' own limiters are set to these values.
 *
 * @param scale the factor applied to every limit (1 = the real limits)
 */
record RateLimits(double scale) {
  /** ServiceTitan's documented limit per second. */
  static final int SERVICE_TITAN_PER_SECOND = 60;
  /** ServiceChannel's documented limit per minute and client. */
  static final int SERVICE_CHANNEL_CLIENT_PER_MINUTE = 300;
  /** ServiceChannel's documented limit per minute and company. */
  static final int SERVICE_CHANNEL_COMPANY_PER_MINUTE = 600;

  RateLimits {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale must be a positive number, was " + scale);
    }
  }

  /** ServiceTitan requests allowed per second. */
  int serviceTitanPerSecond() {
    return scaled(SERVICE_TITAN_PER_SECOND);
  }

  /** ServiceChannel requests allowed per minute and client. */
  int serviceChannelClientPerMinute() {
    return scaled(SERVICE_CHANNEL_CLIENT_PER_MINUTE);
  }

  /** ServiceChannel requests allowed per minute and company. */
  int serviceChannelCompanyPerMinute() {
    return scaled(SERVICE_CHANNEL_COMPANY_PER_MINUTE);
  }

  /** The binding limit of a system in requests per second (one client per system). */
  double perSecond(RemoteSystem system) {
    return switch (system) {
      case SERVICE_TITAN -> serviceTitanPerSecond();
      case SERVICE_CHANNEL -> serviceChannelClientPerMinute() / 60.0;
    };
  }

  /** The binding limit of a system as printed, e.g. {@code 60/s} or {@code 300/min}. */
  String describe(RemoteSystem system) {
    return switch (system) {
      case SERVICE_TITAN -> serviceTitanPerSecond() + "/s";
      case SERVICE_CHANNEL -> serviceChannelClientPerMinute() + "/min";
    };
  }

  /**
   * How many calls a system accepts at once before its rate applies: a full token bucket (ServiceTitan) or
   * a fresh one-minute window (ServiceChannel), i.e. one period's allowance.
   */
  int burst(RemoteSystem system) {
    return switch (system) {
      case SERVICE_TITAN -> serviceTitanPerSecond();
      case SERVICE_CHANNEL -> serviceChannelClientPerMinute();
    };
  }

  /**
   * The least time the limit allows for a number of API calls to one system: the calls beyond the initial
   * burst, divided by the rate.
   */
  Duration floor(RemoteSystem system, int apiCalls) {
    int paced = Math.max(0, apiCalls - burst(system));
    return Duration.ofNanos(Math.round(paced / perSecond(system) * 1e9));
  }

  private int scaled(int limit) {
    return (int) Math.max(1, Math.round(limit * scale));
  }
}
