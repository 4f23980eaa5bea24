package io.workbridge.client.spi.paging;

import org.jspecify.annotations.Nullable;

/**
 * The part of a paging style that differs between APIs: which request comes first, how one page is
 * fetched, and which request (key) comes next. Implementations are stateless and reusable, so that every
 * iteration can start again from the first page.
 *
 * @param <K> the request key type (page number, offset, token)
 * @param <T> the item type
 */
public interface PageSource<K, T> {

  /** The operation name used in exception messages, for example {@code jobs.list}. */
  String operation();

  /** The key of the first request; {@code null} when the first request carries no key. */
  @Nullable K firstKey();

  /** Performs one remote call for the given key. */
  FetchedPage<K, T> fetch(@Nullable K key);

  /**
   * Whether the server chooses the keys (tokens, cursors) and could therefore repeat one; page numbers
   * and offsets are computed locally and always advance.
   */
  boolean serverChoosesKeys();

  /** The JSON path of the server-chosen key, named in the error when a key repeats. */
  String keyJsonPath();
}
