package io.workbridge.testkit.oauth;

/** The OAuth 2.0 grants the simulated token endpoint can accept. */
public enum GrantType {
  /** {@code grant_type=client_credentials} (ServiceTitan, leads vendor). */
  CLIENT_CREDENTIALS("client_credentials"),
  /** {@code grant_type=password}, resource-owner password credentials (ServiceChannel). */
  PASSWORD("password"),
  /** {@code grant_type=refresh_token} (ServiceChannel). */
  REFRESH_TOKEN("refresh_token");

  private final String wireName;

  GrantType(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The value of the {@code grant_type} form field.
   *
   * @return the wire name
   */
  public String wireName() {
    return wireName;
  }
}
