package io.workbridge.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A credential (client secret, password, app key, PIN) that must never be printed. {@link #toString()} is
 * always {@code ****}; only {@link #reveal()} gives the value, and equality is checked in constant time.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a credential.
   *
   * @param value the credential
   * @throws IllegalArgumentException when the value is blank (the message never echoes it)
   * @return the secret
   */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "secret value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a secret must not be blank");
    }
    return new Secret(value);
  }

  /** {@return the clear value, for the one place that must send it over the wire} */
  public String reveal() {
    return value;
  }

  /**
   * Constant-time comparison with a clear value (for webhook signatures and tests).
   *
   * @param candidate the clear value to compare with
   * @return whether the candidate equals the secret
   */
  public boolean matches(String candidate) {
    return MessageDigest.isEqual(
        value.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret that && matches(that.value);
  }

  @Override
  public int hashCode() {
    // Constant: a hash of the value would leak information about it.
    return 0;
  }

  @Override
  public String toString() {
    return "****";
  }
}
