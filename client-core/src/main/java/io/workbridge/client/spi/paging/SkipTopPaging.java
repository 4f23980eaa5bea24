package io.workbridge.client.spi.paging;

import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.PageIterable;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Paging by offset and size (ServiceChannel OData: {@code $skip}, {@code $top}, {@code $count=true} →
 * {@code @odata.count}).
 *
 * <p>The server silently caps {@code $top} at {@value #MAX_TOP}, so a larger page size is lowered to the
 * cap (otherwise every page would look short and the walk would stop after the first). The walk stops on
 * an empty page, when the count says every row was read, or — without a count — when a page is shorter
 * than {@code $top}. With a count, a page shorter than asked does not end the walk, so a lower server cap
 * loses no rows: request {@code $count=true} whenever the endpoint supports it.
 *
 * <pre>{@code
 * PageIterable<WorkOrderDto> orders = SkipTopPaging.iterable("workorders.list", 50, (skip, top) -> {
 *   ODataPage<WorkOrderDto> dto = call(api.workOrders(filter, skip, top, true));
 *   return SkipTopPaging.Response.of(dto.value(), dto.count().orElse(null));
 * });
 * }</pre>
 */
public final class SkipTopPaging {
  /** The largest {@code $top} ServiceChannel honours. */
  public static final int MAX_TOP = 50;

  private SkipTopPaging() {}

  /**
   * Fetches one page.
   *
   * @param <T> the item type
   */
  @FunctionalInterface
  public interface Fetcher<T> {
    /**
     * Performs the call with {@code $skip=skip} and {@code $top=top}.
     *
     * @param skip how many rows to skip
     * @param top how many rows per page
     * @return the page
     */
    Response<T> fetch(int skip, int top);
  }

  /**
   * What one page said.
   *
   * @param items the page's items (copied, unmodifiable)
   * @param totalCount the total number of matching rows ({@code @odata.count}), if the server sent it
   * @param <T> the item type
   */
  public record Response<T>(List<T> items, OptionalLong totalCount) {
    /**
     * Copies the items.
     *
     * @param items the page's items (copied, unmodifiable)
     * @param totalCount the total number of matching rows ({@code @odata.count}), if the server sent it
     */
    public Response {
      items = PagingItems.copy(items);
      Objects.requireNonNull(totalCount, "totalCount");
    }

    /**
     * Builds a response from the raw fields.
     *
     * @param <T> the type of the items
     * @param items the items of the page
     * @param totalCount the total number of matching rows, when the server sent it
     * @return the response
     */
    public static <T> Response<T> of(List<T> items, @Nullable Long totalCount) {
      return new Response<>(items, totalCount == null ? OptionalLong.empty() : OptionalLong.of(totalCount));
    }
  }

  /**
   * {@return all matching rows, fetched lazily page by page from offset 0}
   *
   * @param <T> the type of the items
   * @param operation operation name for messages, for example {@code workorders.list}
   * @param top the page size; values above {@value #MAX_TOP} are lowered to it
   * @param fetcher performs one page call
   */
  public static <T> PageIterable<T> iterable(String operation, int top, Fetcher<T> fetcher) {
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1, was " + top);
    }
    return PageIterable.over(
        new Source<>(PagingItems.requireOperation(operation), Math.min(top, MAX_TOP),
            PagingItems.requireFetcher(fetcher)));
  }

  private record Source<T>(String operation, int top, Fetcher<T> fetcher) implements PageSource<Integer, T> {
    @Override
    public Integer firstKey() {
      return 0;
    }

    @Override
    public FetchedPage<Integer, T> fetch(@Nullable Integer key) {
      int skip = key == null ? 0 : key;
      Response<T> response = fetcher.fetch(skip, top);
      if (response == null) {
        throw new NullPointerException("page fetcher returned null on " + operation);
      }
      int size = response.items().size();
      long read = (long) skip + size;
      boolean more;
      if (size == 0) {
        more = false;
      } else if (response.totalCount().isPresent()) {
        more = read < response.totalCount().getAsLong();
      } else {
        more = size >= top;
      }
      if (more && read > Integer.MAX_VALUE) {
        throw new InvalidResponseException(operation, "$.value", "offset beyond " + Integer.MAX_VALUE, null);
      }
      return new FetchedPage<>(response.items(), more ? (int) read : null, null);
    }

    @Override
    public boolean serverChoosesKeys() {
      return false;
    }

    @Override
    public String keyJsonPath() {
      return "$.value";
    }
  }
}
