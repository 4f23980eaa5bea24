package io.workbridge.testkit.oauth;

/** How a client proves its identity to the token endpoint (RFC 6749 §2.3.1). */
public enum ClientAuthentication {
  /** {@code client_id} and {@code client_secret} form fields (ServiceTitan, leads vendor). */
  FORM,
  /** {@code Authorization: Basic base64(client_id:client_secret)} (ServiceChannel). */
  BASIC
}
