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

  /** {@return display name, e.g. {@code "Jane Doe"} or {@code "Acme Stores #12"}} */
  String name();

  /** {@return given name, when the source gives names in parts} */
  Optional<String> firstName();

  /** {@return family name, when the source gives names in parts} */
  Optional<String> lastName();

  /** {@return phone number as given by the source (E.164 or national format)} */
  Optional<String> phone();

  /** {@return e-mail address as given by the source} */
  Optional<String> email();

  /** {@return postal address, when known} */
  Optional<Address> address();

  /** {@return a new builder} */
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
