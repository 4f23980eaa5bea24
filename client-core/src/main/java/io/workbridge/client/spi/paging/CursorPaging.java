package io.workbridge.client.spi.paging;

import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.Page;
import io.workbridge.client.PageIterable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Paging by opaque cursor (the leads vendor: request parameter {@code cursor}, answer {@code nextCursor},
 * {@code null} once caught up).
 *
 * <p>{@link Page#resumeToken()} is the page's {@code nextCursor}, so after a walk cut short by the page
 * limit {@link PageIterable#resumeToken()} says where to continue; after a complete walk it is empty
 * (the vendor's feed is then resumed by {@code updatedSince}, not by cursor). A cursor the server repeats
 * is an {@link InvalidResponseException}.
 *
 * <pre>{@code
 * PageIterable<AlertDto> alerts = CursorPaging.iterable("alerts.list", null, cursor -> {
 *   AlertPageDto dto = call(api.alerts(accountId, since, cursor, 500));
 *   return CursorPaging.Response.of(dto.data(), dto.nextCursor().orElse(null));
 * });
 * }</pre>
 */
public final class CursorPaging {
  private CursorPaging() {}

  /**
   * Fetches one page.
   *
   * @param <T> the item type
   */
  @FunctionalInterface
  public interface Fetcher<T> {
    /**
     * Performs the call; {@code cursor} is {@code null} for the first page (no parameter sent).
     *
     * @param cursor the cursor, or {@code null} for the first page
     * @return the page
     */
    Response<T> fetch(@Nullable String cursor);
  }

  /**
   * What one page said.
   *
   * @param items the page's items (copied, unmodifiable)
   * @param nextCursor the cursor of the next page; empty when caught up
   * @param <T> the item type
   */
  public record Response<T>(List<T> items, Optional<String> nextCursor) {
    /**
     * Copies the items.
     *
     * @param items the page's items (copied, unmodifiable)
     * @param nextCursor the cursor of the next page; empty when caught up
     */
    public Response {
      items = PagingItems.copy(items);
      Objects.requireNonNull(nextCursor, "nextCursor");
    }

    /**
     * Builds a response from the raw fields; a blank cursor counts as absent.
     *
     * @param <T> the type of the items
     * @param items the items of the page
     * @param nextCursor the cursor of the next page, if any
     * @return the response
     */
    public static <T> Response<T> of(List<T> items, @Nullable String nextCursor) {
      return new Response<>(items, Optional.ofNullable(nextCursor).filter(cursor -> !cursor.isBlank()));
    }
  }

  /**
   * {@return all items from {@code startCursor} on, fetched lazily page by page}
   *
   * @param <T> the type of the items
   * @param operation operation name for messages, for example {@code alerts.list}
   * @param startCursor the cursor to start from; {@code null} for the first page
   * @param fetcher performs one page call
   */
  public static <T> PageIterable<T> iterable(
      String operation, @Nullable String startCursor, Fetcher<T> fetcher) {
    return PageIterable.over(
        new Source<>(PagingItems.requireOperation(operation), startCursor, PagingItems.requireFetcher(fetcher)));
  }

  private record Source<T>(String operation, @Nullable String startCursor, Fetcher<T> fetcher)
      implements PageSource<String, T> {
    @Override
    public @Nullable String firstKey() {
      return startCursor;
    }

    @Override
    public FetchedPage<String, T> fetch(@Nullable String cursor) {
      Response<T> response = fetcher.fetch(cursor);
      if (response == null) {
        throw new NullPointerException("page fetcher returned null on " + operation);
      }
      String next = response.nextCursor().orElse(null);
      return new FetchedPage<>(response.items(), next, next);
    }

    @Override
    public boolean serverChoosesKeys() {
      return true;
    }

    @Override
    public String keyJsonPath() {
      return "$.nextCursor";
    }
  }
}
