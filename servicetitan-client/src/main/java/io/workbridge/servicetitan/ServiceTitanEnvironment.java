package io.workbridge.servicetitan;

/**
 * A ServiceTitan environment: each has its own token endpoint (auth host) and API host. Client id and
 * secret are issued per tenant and per environment; the app key works in both.
 */
public enum ServiceTitanEnvironment {
  /** The live environment. */
  PRODUCTION("https://auth.servicetitan.io/connect/token", "https://api.servicetitan.io/"),
  /** The integration ("sandbox") environment. */
  INTEGRATION(
      "https://auth-integration.servicetitan.io/connect/token", "https://api-integration.servicetitan.io/");

  private final String tokenUrl;
  private final String apiBaseUrl;

  ServiceTitanEnvironment(String tokenUrl, String apiBaseUrl) {
    this.tokenUrl = tokenUrl;
    this.apiBaseUrl = apiBaseUrl;
  }

  /** {@return the OAuth 2.0 token endpoint (client-credentials grant)} */
  public String tokenUrl() {
    return tokenUrl;
  }

  /** {@return the API host; module paths such as {@code crm/v2/tenant/{tenant}/…} are resolved against it} */
  public String apiBaseUrl() {
    return apiBaseUrl;
  }
}
