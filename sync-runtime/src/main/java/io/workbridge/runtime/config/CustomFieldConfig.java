package io.workbridge.runtime.config;

import java.util.Optional;
import org.immutables.value.Value;

/** A ServiceTitan job custom field type, named by its id or by its name (exactly one of the two). */
@Value.Immutable
public interface CustomFieldConfig {
  /** {@return the custom field type's id} */
  Optional<Long> id();

  /** {@return the custom field type's name, as the tenant's settings show it} */
  Optional<String> name();

  /**
   * {@return how the field is named to ServiceTitan's adapter and in messages: its name, or {@code #<id>}}
   */
  default String label() {
    return name().orElseGet(() -> "#" + id().orElseThrow());
  }

  /** Checks exactly one of id and name is given. */
  @Value.Check
  default void check() {
    Checks checks = new Checks();
    checks.require(id().isPresent() != name().isPresent(), "id", "give the field's id or its name, not both and not neither");
    checks.id(id(), "id");
    name().ifPresent(name -> checks.notBlank(name, "name"));
    checks.done("custom field");
  }

  /**
   * {@return the field by id}
   *
   * @param id the field's id
   */
  static CustomFieldConfig ofId(long id) {
    return builder().id(id).build();
  }

  /**
   * {@return the field by name}
   *
   * @param name the field's name
   */
  static CustomFieldConfig ofName(String name) {
    return builder().name(name).build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CustomFieldConfig} instances. */
  final class Builder extends ImmutableCustomFieldConfig.Builder {}
}
