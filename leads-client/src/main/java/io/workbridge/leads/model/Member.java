package io.workbridge.leads.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The homeowner an alert is about: a member of the dealer's "Smart Maintenance" plan, with contact details
 * and the address of the monitored home.
 */
@Value.Immutable
public interface Member {

  /** {@return given name} */
  String firstName();

  /** {@return family name} */
  String lastName();

  /** {@return e-mail address as given, when the vendor has one} */
  Optional<String> email();

  /** {@return phone number as given (E.164 or national format), when the vendor has one} */
  Optional<String> phone();

  /** {@return the address of the monitored home} */
  Address address();

  /** {@return {@code "first last"}, trimmed} */
  default String displayName() {
    return (firstName().strip() + " " + lastName().strip()).strip();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Member} instances. */
  final class Builder extends ImmutableMember.Builder {}
}
