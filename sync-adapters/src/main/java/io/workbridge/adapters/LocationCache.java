package io.workbridge.adapters;

import io.workbridge.servicechannel.model.Location;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The full ServiceChannel locations (address, phone, GPS, time zone) behind the sparse ones work orders embed,
 * read once per location and kept: stores rarely change, and reading one per work order would spend the rate
 * limit. Bounded (least recently used entries go first) and thread-safe; the read itself runs outside the
 * lock, so two threads missing the same location at once may both read it. A location the loader could not
 * read for good (empty) is remembered as such; a transient failure is not remembered.
 */
final class LocationCache {
  /** The default number of locations kept. */
  static final int DEFAULT_SIZE = 1_000;

  private final LongFunction<Optional<Location>> loader;
  private final Map<Long, Optional<Location>> entries;

  /**
   * A cache.
   *
   * @param maxSize the most locations kept
   * @param loader reads one location; empty when it cannot be read for good (unknown, not permitted)
   */
  LocationCache(int maxSize, LongFunction<Optional<Location>> loader) {
    if (maxSize < 1) {
      throw new IllegalArgumentException("maxSize must be at least 1, was " + maxSize);
    }
    this.loader = loader;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Long, Optional<Location>> eldest) {
            return size() > maxSize;
          }
        };
  }

  /** The location, read on the first request for it. */
  Optional<Location> get(long locationId) {
    synchronized (entries) {
      Optional<Location> known = entries.get(locationId);
      if (known != null) {
        return known;
      }
    }
    Optional<Location> read = loader.apply(locationId);
    synchronized (entries) {
      entries.put(locationId, read);
    }
    return read;
  }

  /** How many locations are kept. */
  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
