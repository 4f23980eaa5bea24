package io.workbridge.client.spi.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Copies page items into an unmodifiable list (null elements allowed, unlike {@code List.copyOf}). */
final class PagingItems {
  private PagingItems() {}

  static <T> List<T> copy(List<T> items) {
    Objects.requireNonNull(items, "items");
    return Collections.unmodifiableList(new ArrayList<>(items));
  }

  static String requireOperation(String operation) {
    Objects.requireNonNull(operation, "operation");
    if (operation.isBlank()) {
      throw new IllegalArgumentException("operation must not be blank");
    }
    return operation;
  }

  static <F> F requireFetcher(F fetcher) {
    return Objects.requireNonNull(fetcher, "fetcher");
  }
}
