package io.workbridge.client;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The keys requested so far in one walk through the pages, newest first. Persistent (each page shares
 * its predecessors' trail), so fetching the next page of an older page does not disturb later pages.
 */
final class KeyTrail {
  private static final KeyTrail EMPTY = new KeyTrail(null, null);

  private final @Nullable Object key;
  private final @Nullable KeyTrail previous;

  private KeyTrail(@Nullable Object key, @Nullable KeyTrail previous) {
    this.key = key;
    this.previous = previous;
  }

  /** A trail without keys. */
  static KeyTrail empty() {
    return EMPTY;
  }

  /** This trail plus one key ({@code null} keys are not recorded). */
  KeyTrail plus(@Nullable Object newKey) {
    return newKey == null ? this : new KeyTrail(newKey, this);
  }

  /** Whether the key was requested before in this walk. */
  boolean contains(Object candidate) {
    for (KeyTrail node = this; node != null && node != EMPTY; node = node.previous) {
      if (Objects.equals(node.key, candidate)) {
        return true;
      }
    }
    return false;
  }
}
