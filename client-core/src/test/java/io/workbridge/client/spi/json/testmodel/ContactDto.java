package io.workbridge.client.spi.json.testmodel;

import org.immutables.value.Value;

/** A model with a closed enum. */
@Value.Immutable
public interface ContactDto {
  ContactType type();

  String value();

  /** The builder. */
  class Builder extends ImmutableContactDto.Builder {}
}
