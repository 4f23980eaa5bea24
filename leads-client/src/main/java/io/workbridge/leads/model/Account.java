package io.workbridge.leads.model;

import org.immutables.value.Value;

/** A dealer account at the vendor that the client's credentials reach (LD-7: a tenant may connect several). */
@Value.Immutable
public interface Account {

  /** {@return the vendor's opaque account id} */
  String id();

  /** {@return the account's display name} */
  String name();

  /** {@return the vendor's id of the dealer that owns the account} */
  String dealerId();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Account} instances. */
  final class Builder extends ImmutableAccount.Builder {}
}
