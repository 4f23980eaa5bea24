package io.workbridge.sync.port;

import java.util.List;
import java.util.Objects;

/**
 * One page of a change feed: the records changed since a cursor, in order, and the cursor to read
 * from next. Cursors are opaque to the workflows (an adapter may pack several feed tokens into one);
 * a workflow stores {@link #nextCursor()} only after every record of the page is handled.
 *
 * @param <T> the model type
 * @param items the records, oldest first
 * @param nextCursor where to read from next
 * @param hasMore whether another page is ready now (false: wait for the next poll)
 */
public record ChangePage<T>(List<FeedItem<T>> items, String nextCursor, boolean hasMore) {

  /**
   * Copies the list.
   *
   * @param items the records, oldest first
   * @param nextCursor where to read from next
   * @param hasMore whether another page is ready now (false: wait for the next poll)
   */
  public ChangePage {
    items = List.copyOf(items);
    Objects.requireNonNull(nextCursor, "nextCursor");
  }
}
