package io.workbridge.client.spi.paging;

import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.PageIterable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Paging by continuation token (ServiceTitan export feeds: request parameter {@code from}, answer {@code
 * continueFrom} and {@code hasMore}).
 *
 * <p>The walk ends when the server says {@code hasMore=false}; for an export feed that means "caught up
 * for now", not "done forever". {@link PageIterable#resumeToken()} then holds the final {@code
 * continueFrom}: persist it and pass it as {@code from} on the next poll. A token the server repeats while
 * claiming more data is an {@link InvalidResponseException}, never an endless loop.
 *
 * <pre>{@code
 * PageIterable<JobDto> feed = ContinuationPaging.iterable("jobs.export", storedToken, from -> {
 *   ExportDto dto = call(api.exportJobs(tenant, from));
 *   return ContinuationPaging.Response.of(dto.data(), dto.continueFrom().orElse(null), dto.hasMore());
 * });
 * feed.forEach(this::apply);
 * feed.resumeToken().ifPresent(store::saveToken);
 * }</pre>
 */
public final class ContinuationPaging {
  private ContinuationPaging() {}

  /**
   * Fetches one page of the feed.
   *
   * @param <T> the item type
   */
  @FunctionalInterface
  public interface Fetcher<T> {
    /**
     * Performs the call; {@code from} is {@code null} for "from the beginning" (no parameter sent).
     *
     * @param from the {@code continueFrom} token, or {@code null} for the beginning
     * @return the page
     */
    Response<T> fetch(@Nullable String from);
  }

  /**
   * What one page said.
   *
   * @param items the page's items (copied, unmodifiable)
   * @param continueFrom the token to continue from, if the server sent one
   * @param hasMore whether more data is available right now
   * @param <T> the item type
   */
  public record Response<T>(List<T> items, Optional<String> continueFrom, boolean hasMore) {
    /**
     * Copies the items.
     *
     * @param items the page's items (copied, unmodifiable)
     * @param continueFrom the token to continue from, if the server sent one
     * @param hasMore whether more data is available right now
     */
    public Response {
      items = PagingItems.copy(items);
      Objects.requireNonNull(continueFrom, "continueFrom");
    }

    /**
     * Builds a response from the raw fields; a blank token counts as absent.
     *
     * @param <T> the type of the items
     * @param items the items of the page
     * @param continueFrom the token to continue from
     * @param hasMore whether another page follows
     * @return the response
     */
    public static <T> Response<T> of(List<T> items, @Nullable String continueFrom, boolean hasMore) {
      return new Response<>(
          items,
          Optional.ofNullable(continueFrom).filter(token -> !token.isBlank()),
          hasMore);
    }
  }

  /**
   * {@return all items of the feed from {@code from} on, fetched lazily page by page}
   *
   * @param <T> the type of the items
   * @param operation operation name for messages, for example {@code jobs.export}
   * @param from the token (or, for ServiceTitan, a date) to start from; {@code null} for the beginning
   * @param fetcher performs one page call
   */
  public static <T> PageIterable<T> iterable(String operation, @Nullable String from, Fetcher<T> fetcher) {
    return PageIterable.over(
        new Source<>(PagingItems.requireOperation(operation), from, PagingItems.requireFetcher(fetcher)));
  }

  private record Source<T>(String operation, @Nullable String from, Fetcher<T> fetcher)
      implements PageSource<String, T> {
    @Override
    public @Nullable String firstKey() {
      return from;
    }

    @Override
    public FetchedPage<String, T> fetch(@Nullable String token) {
      Response<T> response = fetcher.fetch(token);
      if (response == null) {
        throw new NullPointerException("page fetcher returned null on " + operation);
      }
      String next = response.continueFrom().orElse(null);
      if (response.hasMore() && next == null) {
        throw new InvalidResponseException(
            operation, keyJsonPath(), "hasMore is true but no continuation token was sent", null);
      }
      // Without a new token the position is unchanged: resume from the token this page was fetched with.
      String resume = next != null ? next : token;
      return new FetchedPage<>(response.items(), response.hasMore() ? next : null, resume);
    }

    @Override
    public boolean serverChoosesKeys() {
      return true;
    }

    @Override
    public String keyJsonPath() {
      return "$.continueFrom";
    }
  }
}
