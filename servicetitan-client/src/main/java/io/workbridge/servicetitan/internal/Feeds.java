package io.workbridge.servicetitan.internal;

import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.PageIterable;
import io.workbridge.client.RawJson;
import io.workbridge.client.spi.json.Decoded;
import io.workbridge.client.spi.paging.ContinuationPaging;
import io.workbridge.client.spi.paging.PageNumberPaging;
import io.workbridge.servicetitan.internal.Envelopes.ExportDto;
import io.workbridge.servicetitan.internal.Envelopes.PageDto;
import io.workbridge.servicetitan.resource.ExportEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
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

  /**
   * An export feed whose records are decoded one by one, as {@link ExportEntry entries}: a record that does not
   * fit the model (wrong-typed or missing field, or a mapping that finds it unusable) is an {@link
   * ExportEntry.Malformed} with its raw JSON, its {@code id} when readable, and the JSON path of the problem.
   */
  public static <D, T> PageIterable<ExportEntry<T>> exportEntries(
      String operation,
      @Nullable String from,
      Function<@Nullable String, ExportDto<Decoded<D>>> call,
      Function<D, T> mapper,
      ToLongFunction<T> idOf) {
    return exportEntries(operation, from, call, mapper, (Function<T, OptionalLong>) record -> OptionalLong.of(idOf.applyAsLong(record)));
  }

  /** The same for records whose id is optional. */
  public static <D, T> PageIterable<ExportEntry<T>> exportEntries(
      String operation,
      @Nullable String from,
      Function<@Nullable String, ExportDto<Decoded<D>>> call,
      Function<D, T> mapper,
      Function<T, OptionalLong> idOf) {
    return ContinuationPaging.iterable(
        operation,
        from,
        token -> {
          ExportDto<Decoded<D>> dto = Mapping.required(call.apply(token), operation, "$");
          return ContinuationPaging.Response.of(entries(operation, dto.data(), mapper, idOf), dto.continueFrom(), dto.more());
        });
  }

  /**
   * An export feed of records decoded one by one, delivered typed: a record that does not fit the model fails
   * its page with an {@link io.workbridge.client.InvalidResponseException} naming its JSON path.
   */
  public static <D, T> PageIterable<T> exportStrict(
      String operation,
      @Nullable String from,
      Function<@Nullable String, ExportDto<Decoded<D>>> call,
      Function<D, T> mapper) {
    return ContinuationPaging.iterable(
        operation,
        from,
        token -> {
          ExportDto<Decoded<D>> dto = Mapping.required(call.apply(token), operation, "$");
          List<T> items = new ArrayList<>();
          for (ExportEntry<T> entry : entries(operation, dto.data(), mapper, record -> OptionalLong.empty())) {
            if (entry instanceof ExportEntry.Malformed<T> malformed) {
              throw new InvalidResponseException(operation, malformed.jsonPath(), malformed.problem(), null);
            }
            items.add(((ExportEntry.Parsed<T>) entry).record());
          }
          return ContinuationPaging.Response.of(items, dto.continueFrom(), dto.more());
        });
  }

  private static <D, T> List<ExportEntry<T>> entries(
      String operation, @Nullable List<Decoded<D>> records, Function<D, T> mapper, Function<T, OptionalLong> idOf) {
    List<ExportEntry<T>> entries = new ArrayList<>();
    if (records == null) {
      return entries;
    }
    for (Decoded<D> decoded : records) {
      if (decoded == null) {
        continue;
      }
      Decoded<T> mapped = decoded.map((dto, path) -> {
        try {
          return Mapping.guard(operation, path, () -> mapper.apply(dto));
        } catch (IllegalArgumentException | java.time.DateTimeException unusable) {
          throw new InvalidResponseException(
              operation, path, String.valueOf(unusable.getMessage()), unusable);
        }
      });
      if (mapped instanceof Decoded.Value<T> value) {
        entries.add(new ExportEntry.Parsed<>(value.value(), idOf.apply(value.value())));
      } else if (mapped instanceof Decoded.Malformed<T> malformed) {
        entries.add(new ExportEntry.Malformed<>(
            RawJson.longMember(malformed.payload(), "id"), malformed.jsonPath(), malformed.problem(), malformed.payload()));
      }
    }
    return entries;
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
