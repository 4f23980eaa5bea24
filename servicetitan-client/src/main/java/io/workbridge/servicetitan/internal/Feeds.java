package io.workbridge.servicetitan.internal;

import io.workbridge.client.ContinuationPaging;
import io.workbridge.client.PageIterable;
import io.workbridge.client.PageNumberPaging;
import io.workbridge.servicetitan.internal.Envelopes.ExportDto;
import io.workbridge.servicetitan.internal.Envelopes.PageDto;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Adapts ServiceTitan's paginated lists and export feeds to client-core's paging. */
public final class Feeds {
  private Feeds() {}

  /** A page/pageSize/hasMore list; pages start at 1. */
  public static <D, T> PageIterable<T> pages(
      String operation, int pageSize, BiFunction<Integer, Integer, PageDto<D>> call, Function<D, T> mapper) {
    return PageNumberPaging.iterable(
        operation,
        pageSize,
        (page, size) -> {
          PageDto<D> dto = Mapping.required(call.apply(page, size), operation, "$");
          return PageNumberPaging.Response.of(Mapping.items(operation, "$.data", dto.data(), mapper), dto.more());
        });
  }

  /** An export feed from {@code from} (a continuation token or a date; null for the beginning). */
  public static <D, T> PageIterable<T> export(
      String operation,
      @Nullable String from,
      Function<@Nullable String, ExportDto<D>> call,
      Function<D, T> mapper) {
    return ContinuationPaging.iterable(
        operation,
        from,
        token -> {
          ExportDto<D> dto = Mapping.required(call.apply(token), operation, "$");
          return ContinuationPaging.Response.of(
              Mapping.items(operation, "$.data", dto.data(), mapper), dto.continueFrom(), dto.more());
        });
  }
}
