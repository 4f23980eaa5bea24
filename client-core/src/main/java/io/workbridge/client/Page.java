package io.workbridge.client;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * One page of a list or feed answer, as the server sent it (possibly empty).
 *
 * <p>Pages come from {@link PageIterable#firstPage()} or {@link PageIterable#pages()}. A page is a snapshot:
 * {@link #nextPage()} performs a new call every time it is invoked and never changes this page.
 *
 * @param <T> the item type
 */
public interface Page<T> {

  /** {@return the items of this page, unmodifiable, in server order; empty when the server sent none} */
  List<T> items();

  /** {@return whether the server said there is a page after this one} */
  boolean hasNextPage();

  /**
   * Fetches the page after this one (one remote call; not cached).
   *
   * @throws NoSuchElementException when {@link #hasNextPage()} is {@code false}
   * @throws WorkBridgeException (or a subtype) when the call fails or the answer breaks the paging protocol
   * @return the next page
   */
  Page<T> nextPage();

  /**
   * {@return the token from which a later run can resume right after this page, for feeds that have one: the
   * continuation token ({@code continueFrom}) of an export feed, or the {@code nextCursor} of a cursor feed
   * (empty once the cursor feed is caught up)} Empty for page-number and {@code $skip}/{@code $top} paging.
   */
  Optional<String> resumeToken();
}
