package io.workbridge.servicechannel;

/**
 * The two ServiceChannel environments. They are fully separate: client ids, users, webhooks and signing keys
 * registered in one do not work in the other, and Sandbox2 is wiped every weekend.
 */
public enum ServiceChannelEnvironment {
  /** Production: {@code api.servicechannel.com}, login at {@code login.servicechannel.com}. */
  PRODUCTION(
      "https://api.servicechannel.com/v3/", "https://login.servicechannel.com/oauth/token", 300, 600),
  /** Sandbox2: {@code sb2api.servicechannel.com}, login at {@code sb2login.servicechannel.com}. */
  SANDBOX2(
      "https://sb2api.servicechannel.com/v3/", "https://sb2login.servicechannel.com/oauth/token", 40, 80);

  private final String apiBaseUrl;
  private final String tokenUrl;
  private final int clientRequestsPerMinute;
  private final int companyRequestsPerMinute;

  ServiceChannelEnvironment(
      String apiBaseUrl, String tokenUrl, int clientRequestsPerMinute, int companyRequestsPerMinute) {
    this.apiBaseUrl = apiBaseUrl;
    this.tokenUrl = tokenUrl;
    this.clientRequestsPerMinute = clientRequestsPerMinute;
    this.companyRequestsPerMinute = companyRequestsPerMinute;
  }

  /** {@return the API base URL including {@code /v3/}} */
  public String apiBaseUrl() {
    return apiBaseUrl;
  }

  /** {@return the OAuth token endpoint on the environment's login host} */
  public String tokenUrl() {
    return tokenUrl;
  }

  /** {@return the documented request limit per client id (application) per minute} */
  public int clientRequestsPerMinute() {
    return clientRequestsPerMinute;
  }

  /** {@return the documented request limit per company (subscriber or provider) per minute} */
  public int companyRequestsPerMinute() {
    return companyRequestsPerMinute;
  }
}
