package io.workbridge.testkit;

import java.util.Map;
import java.util.Optional;

/**
 * Who a request is authenticated as: the OAuth client, the user for the password grant, and the
 * attributes registered with them (tenant id, company id, ...), user attributes winning over client ones.
 *
 * @param clientId the OAuth client id
 * @param username the user, for tokens from the password grant
 * @param attributes attributes registered with the client and user
 */
public record Principal(String clientId, Optional<String> username, Map<String, String> attributes) {

  /**
   * Copies the attributes.
   *
   * @param clientId the OAuth client id
   * @param username the user, for tokens from the password grant
   * @param attributes attributes registered with the client and user
   */
  public Principal {
    attributes = Map.copyOf(attributes);
  }

  /**
   * One attribute.
   *
   * @param name the attribute name
   * @return the value, if registered
   */
  public Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes.get(name));
  }

  /**
   * The user if there is one, else the client id: the key ServiceChannel uses for per-user limits.
   *
   * @return the subject
   */
  public String subject() {
    return username.orElse(clientId);
  }
}
