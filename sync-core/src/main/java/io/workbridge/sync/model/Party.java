package io.workbridge.sync.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person or organisation with its contact details: a lead's member, a work order's caller or
 * subscriber, a ServiceTitan customer. Phone and e-mail are kept exactly as the source gave them;
 * normalisation is the matcher's business.
 */
@Value.Immutable
public interface Party {

  /** Display name, e.g. {@code "Jane Doe"} or {@code "Acme Stores #12"}. */
  String name();

  /** Given name, when the source gives names in parts. */
  Optional<String> firstName();

  /** Family name, when the source gives names in parts. */
  Optional<String> lastName();

  /** Phone number as given by the source (E.164 or national format). */
  Optional<String> phone();

  /** E-mail address as given by the source. */
  Optional<String> email();

  /** Postal address, when known. */
  Optional<Address> address();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A party whose display name is {@code "first last"}, either part may be blank.
   *
   * @param firstName given name, may be empty
   * @param lastName family name, may be empty
   * @return a builder with the name parts and the display name set
   */
  static Builder named(String firstName, String lastName) {
    Builder builder = new Builder();
    String first = firstName.strip();
    String last = lastName.strip();
    if (!first.isEmpty()) {
      builder.firstName(first);
    }
    if (!last.isEmpty()) {
      builder.lastName(last);
    }
    return builder.name((first + " " + last).strip());
  }

  /** Builds {@link Party} instances. */
  final class Builder extends ImmutableParty.Builder {}
}
