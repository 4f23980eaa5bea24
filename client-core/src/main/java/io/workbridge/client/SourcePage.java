package io.workbridge.client;

import io.workbridge.client.spi.paging.FetchedPage;
import io.workbridge.client.spi.paging.PageSource;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A {@link Page} produced by a {@link PageSource}; knows how to fetch its successor. */
final class SourcePage<K, T> implements Page<T> {
  private final PageSource<K, T> source;
  private final FetchedPage<K, T> fetched;
  private final KeyTrail trail;
  private final int number;

  private SourcePage(PageSource<K, T> source, FetchedPage<K, T> fetched, KeyTrail trail, int number) {
    this.source = source;
    this.fetched = fetched;
    this.trail = trail;
    this.number = number;
  }

  /** Fetches the first page of the source. */
  static <K, T> SourcePage<K, T> first(PageSource<K, T> source) {
    K key = source.firstKey();
    return fetch(source, key, KeyTrail.empty().plus(key), 1);
  }

  private static <K, T> SourcePage<K, T> fetch(
      PageSource<K, T> source, @Nullable K key, KeyTrail trail, int number) {
    FetchedPage<K, T> fetched =
        Objects.requireNonNull(source.fetch(key), () -> "page fetcher returned null on " + source.operation());
    K next = fetched.nextKey();
    if (next != null && source.serverChoosesKeys() && trail.contains(next)) {
      throw new InvalidResponseException(
          source.operation(),
          source.keyJsonPath(),
          "page " + number + " repeated a token already requested in this walk; stopping to avoid an endless loop",
          null);
    }
    return new SourcePage<>(source, fetched, trail, number);
  }

  @Override
  public List<T> items() {
    return fetched.items();
  }

  @Override
  public boolean hasNextPage() {
    return fetched.nextKey() != null;
  }

  @Override
  public Page<T> nextPage() {
    K next = fetched.nextKey();
    if (next == null) {
      throw new NoSuchElementException("no page after page " + number + " of " + source.operation());
    }
    return fetch(source, next, trail.plus(next), number + 1);
  }

  @Override
  public Optional<String> resumeToken() {
    return Optional.ofNullable(fetched.resumeToken());
  }

  @Override
  public String toString() {
    return "Page[" + source.operation() + " #" + number + ", " + items().size() + " items, hasNextPage="
        + hasNextPage() + "]";
  }
}
