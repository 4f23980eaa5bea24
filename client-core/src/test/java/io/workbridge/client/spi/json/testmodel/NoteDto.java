package io.workbridge.client.spi.json.testmodel;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A nested model with a default attribute. */
@Value.Immutable
public interface NoteDto {
  String text();

  Optional<Instant> createdOn();

  @Value.Default
  default boolean pinned() {
    return false;
  }

  /** The builder. */
  class Builder extends ImmutableNoteDto.Builder {}
}
