package io.workbridge.client.spi.paging;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one call of a {@link PageSource} produced.
 *
 * @param items the page's items (unmodifiable)
 * @param nextKey the key of the next request, or {@code null} when this is the last page
 * @param resumeToken the token a later run resumes from after this page, if the style has one
 */
public record FetchedPage<K, T>(List<T> items, @Nullable K nextKey, @Nullable String resumeToken) {}
