package io.workbridge.client;

import java.util.Objects;

/**
 * One field the server rejected, as listed in a validation error body.
 *
 * @param field the field's name or path as the server spelled it (for example {@code customerId})
 * @param message why it was rejected
 */
public record FieldError(String field, String message) {
  /**
   * Validates the arguments.
   *
   * @param field the field's name or path as the server spelled it (for example {@code customerId})
   * @param message why it was rejected
   */
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
