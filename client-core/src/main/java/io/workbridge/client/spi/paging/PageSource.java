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

  /** {@return the operation name used in exception messages, for example {@code jobs.list}} */
  String operation();

  /** {@return the key of the first request; {@code null} when the first request carries no key} */
  @Nullable K firstKey();

  /**
   * Performs one remote call for the given key.
   *
   * @param key the request key, {@code null} for a first request without one
   * @return what the call produced
   */
  FetchedPage<K, T> fetch(@Nullable K key);

  /**
   * {@return whether the server chooses the keys (tokens, cursors) and could therefore repeat one} Page numbers
   * and offsets are computed locally and always advance.
   */
  boolean serverChoosesKeys();

  /** {@return the JSON path of the server-chosen key, named in the error when a key repeats} */
  String keyJsonPath();
}
