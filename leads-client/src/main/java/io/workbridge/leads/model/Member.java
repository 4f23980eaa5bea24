package io.workbridge.leads.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The homeowner an alert is about: a member of the dealer's "Smart Maintenance" plan, with contact details
 * and the address of the monitored home.
 */
@Value.Immutable
public interface Member {

  /** Given name. */
  String firstName();

  /** Family name. */
  String lastName();

  /** E-mail address as given, when the vendor has one. */
  Optional<String> email();

  /** Phone number as given (E.164 or national format), when the vendor has one. */
  Optional<String> phone();

  /** The address of the monitored home. */
  Address address();

  /** {@code "first last"}, trimmed. */
  default String displayName() {
    return (firstName().strip() + " " + lastName().strip()).strip();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Member} instances. */
  final class Builder extends ImmutableMember.Builder {}
}
