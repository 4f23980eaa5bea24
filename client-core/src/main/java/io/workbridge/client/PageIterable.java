package io.workbridge.client;

import io.workbridge.client.spi.paging.ContinuationPaging;
import io.workbridge.client.spi.paging.CursorPaging;
import io.workbridge.client.spi.paging.PageNumberPaging;
import io.workbridge.client.spi.paging.PageSource;
import io.workbridge.client.spi.paging.SkipTopPaging;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * All items of a paged list or feed, fetched page by page as the caller iterates.
 *
 * <ul>
 *   <li><b>Lazy:</b> creating the iterable, calling {@link #iterator()} or {@link #stream()} makes no call;
 *       the first page is fetched by the first {@code hasNext()}.
 *   <li><b>Empty pages</b> in the middle are skipped while the server says more pages follow.
 *   <li><b>Page limit:</b> at most {@link #maxPages()} pages are fetched per iteration (default {@value
 *       #DEFAULT_MAX_PAGES}); {@link #stoppedAtPageLimit()} tells whether the limit cut the walk short.
 *   <li><b>Repeatable:</b> every iteration starts again from the first page with new calls.
 *   <li><b>Errors</b> surface as the {@link WorkBridgeException} subtypes the calls throw, unwrapped; a
 *       repeated continuation token or cursor is an {@link InvalidResponseException}.
 *   <li><b>Resuming:</b> for export and cursor feeds, {@link #resumeToken()} holds the token after the last
 *       page of the most recent iteration, ready to be persisted and passed as the start token next time.
 * </ul>
 *
 * <p>Instances are made by the paging styles {@link PageNumberPaging}, {@link ContinuationPaging}, {@link
 * SkipTopPaging} and {@link CursorPaging}. An iterator is not thread-safe; {@link #resumeToken()} and {@link
 * #stoppedAtPageLimit()} report on whichever iteration advanced last.
 *
 * @param <T> the item type
 */
public final class PageIterable<T> implements Iterable<T> {
  /** The page limit of a new iterable: high enough never to matter for real data, low enough to end a runaway walk. */
  public static final int DEFAULT_MAX_PAGES = 100_000;

  private final PageSource<?, T> source;
  private final int maxPages;
  private volatile @Nullable String resumeToken;
  private volatile boolean stoppedAtPageLimit;

  private PageIterable(PageSource<?, T> source, int maxPages) {
    this.source = source;
    this.maxPages = maxPages;
  }

  /**
   * {@return an iterable over the pages {@code source} fetches} For client authors: the paging styles in
   * {@link io.workbridge.client.spi.paging} call this, and so may a paging style of one's own; the only member
   * of this package that names {@code spi} plumbing.
   *
   * @param source the paging style's page source
   * @param <T> the item type
   */
  public static <T> PageIterable<T> over(PageSource<?, T> source) {
    return new PageIterable<>(Objects.requireNonNull(source, "source"), DEFAULT_MAX_PAGES);
  }

  /**
   * {@return a copy that fetches at most {@code maxPages} pages per iteration and then stops quietly (see
   * {@link #stoppedAtPageLimit()} and {@link #resumeToken()} to continue later)}
   *
   * @param maxPages the most pages to fetch
   * @throws IllegalArgumentException when {@code maxPages} is less than 1
   */
  public PageIterable<T> withMaxPages(int maxPages) {
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
    }
    return new PageIterable<>(source, maxPages);
  }

  /** {@return the most pages one iteration fetches} */
  public int maxPages() {
    return maxPages;
  }

  /** {@return the operation name used in exception messages, for example {@code jobs.list}} */
  public String operation() {
    return source.operation();
  }

  /**
   * Fetches the first page now (one call) and returns it; follow-up pages via {@link Page#nextPage()}.
   *
   * @return the first page
   */
  public Page<T> firstPage() {
    return SourcePage.first(source);
  }

  /** Iterates the items of all pages, fetching each page when the previous one is used up. */
  @Override
  public Iterator<T> iterator() {
    return new ItemIterator();
  }

  /** {@return a sequential stream of all items; pages are fetched as the stream is consumed} */
  public Stream<T> stream() {
    return StreamSupport.stream(() -> Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED),
        Spliterator.ORDERED, false);
  }

  /**
   * {@return the pages themselves, including empty ones, for callers that work page by page (for example to
   * persist {@link Page#resumeToken()} after each processed page)} Honours the page limit; starts a new walk
   * per iterator.
   */
  public Iterable<Page<T>> pages() {
    return PageIterator::new;
  }

  /**
   * {@return the resume token of the last page fetched by the most recent iteration: the final {@code
   * continueFrom} of an export feed once it is exhausted, or where to continue after the page limit} Empty
   * before any page was fetched, and for styles without tokens.
   */
  public Optional<String> resumeToken() {
    return Optional.ofNullable(resumeToken);
  }

  /**
   * {@return whether the most recent iteration ended at the page limit while the server still had more pages}
   */
  public boolean stoppedAtPageLimit() {
    return stoppedAtPageLimit;
  }

  @Override
  public String toString() {
    return "PageIterable[" + source.operation() + ", maxPages=" + maxPages + "]";
  }

  /** Walks the pages of one iteration. */
  private final class PageIterator implements Iterator<Page<T>> {
    private @Nullable Page<T> current;
    private int fetched;

    PageIterator() {
      stoppedAtPageLimit = false;
      resumeToken = null;
    }

    @Override
    public boolean hasNext() {
      if (current == null) {
        return true;
      }
      if (!current.hasNextPage()) {
        return false;
      }
      if (fetched >= maxPages) {
        stoppedAtPageLimit = true;
        return false;
      }
      return true;
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more pages of " + source.operation());
      }
      Page<T> page = current == null ? SourcePage.first(source) : current.nextPage();
      current = page;
      fetched++;
      resumeToken = page.resumeToken().orElse(null);
      return page;
    }
  }

  /** Walks the items of one iteration, skipping empty pages. */
  private final class ItemIterator implements Iterator<T> {
    private @Nullable PageIterator pages;
    private Iterator<T> items = Collections.emptyIterator();

    @Override
    public boolean hasNext() {
      if (pages == null) {
        pages = new PageIterator();
      }
      while (!items.hasNext()) {
        if (!pages.hasNext()) {
          return false;
        }
        items = pages.next().items().iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more items of " + source.operation());
      }
      return items.next();
    }
  }
}
