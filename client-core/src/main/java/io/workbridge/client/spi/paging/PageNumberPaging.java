package io.workbridge.client.spi.paging;

import io.workbridge.client.PageIterable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Paging by page number with a "more pages" flag (ServiceTitan lists: {@code page} from 1, {@code
 * pageSize}, answer {@code hasMore}; also ServiceChannel REST searches, where the flag is "the page was
 * full").
 *
 * <pre>{@code
 * PageIterable<Job> jobs = PageNumberPaging.iterable("jobs.list", 200, (page, size) -> {
 *   JobPageDto dto = call(api.listJobs(tenant, page, size));
 *   return PageNumberPaging.Response.of(dto.data(), dto.hasMore());
 * });
 * }</pre>
 */
public final class PageNumberPaging {
  /** The number of the first page. */
  public static final int FIRST_PAGE = 1;

  private PageNumberPaging() {}

  /**
   * Fetches one page; called with page numbers 1, 2, 3, … and the configured page size.
   *
   * @param <T> the item type
   */
  @FunctionalInterface
  public interface Fetcher<T> {
    /**
     * Performs the call for {@code page} (1-based) with {@code pageSize} items per page.
     *
     * @param page the 1-based page number
     * @param pageSize the number of items per page
     * @return the page
     */
    Response<T> fetch(int page, int pageSize);
  }

  /**
   * What one page said.
   *
   * @param items the page's items (copied, unmodifiable)
   * @param hasMore whether the server said another page follows
   * @param <T> the item type
   */
  public record Response<T>(List<T> items, boolean hasMore) {
    /**
     * Copies the items.
     *
     * @param items the page's items (copied, unmodifiable)
     * @param hasMore whether the server said another page follows
     */
    public Response {
      items = PagingItems.copy(items);
    }

    /**
     * {@return shorthand for the constructor}
     *
     * @param <T> the type of the items
     * @param items the items of the page
     * @param hasMore whether another page follows
     */
    public static <T> Response<T> of(List<T> items, boolean hasMore) {
      return new Response<>(items, hasMore);
    }
  }

  /**
   * {@return all items of the list, fetched lazily page by page until the server says there are no more}
   *
   * @param <T> the type of the items
   * @param operation operation name for messages, for example {@code jobs.list}
   * @param pageSize items per page, at least 1 (ServiceTitan allows up to 5000)
   * @param fetcher performs one page call
   */
  public static <T> PageIterable<T> iterable(String operation, int pageSize, Fetcher<T> fetcher) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
    }
    return PageIterable.over(
        new Source<>(PagingItems.requireOperation(operation), pageSize, PagingItems.requireFetcher(fetcher)));
  }

  private record Source<T>(String operation, int pageSize, Fetcher<T> fetcher)
      implements PageSource<Integer, T> {
    @Override
    public Integer firstKey() {
      return FIRST_PAGE;
    }

    @Override
    public FetchedPage<Integer, T> fetch(@Nullable Integer page) {
      int number = page == null ? FIRST_PAGE : page;
      Response<T> response = fetcher.fetch(number, pageSize);
      if (response == null) {
        throw new NullPointerException("page fetcher returned null on " + operation);
      }
      return new FetchedPage<>(response.items(), response.hasMore() ? number + 1 : null, null);
    }

    @Override
    public boolean serverChoosesKeys() {
      return false;
    }

    @Override
    public String keyJsonPath() {
      return "$.page";
    }
  }
}
