package io.workbridge.servicetitan.model;

import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A contact method (phone, email, …) of a booking, customer or location. */
@Value.Immutable
public interface Contact {

  /** {@return the contact record id; absent on contacts being created} */
  OptionalLong id();

  /** {@return the kind of contact} */
  ContactType type();

  /**
   * The phone number, email address, …
   *
   * @return the phone number, e-mail address or other contact value
   */
  String value();

  /** {@return a free-text memo} */
  Optional<String> memo();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Contact} instances. */
  final class Builder extends ImmutableContact.Builder {}
}
