package io.workbridge.client.spi.json.testmodel;

import java.util.List;
import org.immutables.value.Value;

/** A recursive model (a category tree). */
@Value.Immutable
public interface CategoryDto {
  String name();

  List<CategoryDto> children();

  /** The builder. */
  class Builder extends ImmutableCategoryDto.Builder {}
}
