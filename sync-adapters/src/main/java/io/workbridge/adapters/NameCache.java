package io.workbridge.adapters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Names of ServiceTitan records known only by id (the user behind a note's {@code createdById}, the call
 * reason a booking was dismissed with), looked up on demand and remembered.
 *
 * <ul>
 *   <li><b>One lookup per unknown id.</b> {@link #namesOf} looks up only the ids it does not know, all of
 *       them in one call of the lookup; ids being looked up by another thread are waited for, not looked
 *       up again. The lookup may answer more ids than asked (a whole list of reasons): all are kept.
 *   <li><b>Bounded.</b> At most {@code capacity} ids are kept, the least recently used going first. A
 *       name is kept for {@code nameTtl}; an id the lookup did not find (nobody, or no such reason) is
 *       remembered as unknown for {@code unknownTtl}, then looked up again.
 *   <li><b>Failures are not remembered.</b> When the lookup throws, nothing is kept: the exception reaches
 *       the caller (and any thread that waited for the same ids), and the next call looks those ids up
 *       again.
 * </ul>
 *
 * <p>Thread-safe; the lookup runs outside the cache's lock.
 */
final class NameCache {

  private record Entry(@Nullable String name, Instant expires) {}

  private final Function<Set<Long>, Map<Long, String>> lookup;
  private final Clock clock;
  private final int capacity;
  private final Duration nameTtl;
  private final Duration unknownTtl;
  private final Map<Long, Entry> entries;
  private final Map<Long, CompletableFuture<Map<Long, String>>> inFlight = new HashMap<>();

  /**
   * A cache over a lookup.
   *
   * @param lookup names of the ids asked (ids it does not answer are unknown); may throw
   * @param clock decides when entries expire
   * @param capacity the most ids kept
   * @param nameTtl how long a name is kept
   * @param unknownTtl how long an id the lookup did not answer is known to have no name
   */
  NameCache(
      Function<Set<Long>, Map<Long, String>> lookup, Clock clock, int capacity, Duration nameTtl, Duration unknownTtl) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.lookup = Objects.requireNonNull(lookup, "lookup");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.capacity = capacity;
    this.nameTtl = Objects.requireNonNull(nameTtl, "nameTtl");
    this.unknownTtl = Objects.requireNonNull(unknownTtl, "unknownTtl");
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > NameCache.this.capacity;
          }
        };
  }

  /**
   * The names of these ids that have one, looking up those not known (or expired) in one call.
   *
   * @param ids the ids
   * @return the names found, by id; ids without a name are absent
   * @throws RuntimeException what the lookup threw, when it failed for some of the ids
   */
  Map<Long, String> namesOf(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    Set<Long> mine = new LinkedHashSet<>();
    List<CompletableFuture<Map<Long, String>>> others = new ArrayList<>();
    CompletableFuture<Map<Long, String>> ours = new CompletableFuture<>();
    Instant now = clock.instant();
    synchronized (this) {
      for (Long id : new LinkedHashSet<>(ids)) {
        Entry entry = entries.get(id);
        if (entry != null && now.isBefore(entry.expires())) {
          if (entry.name() != null) {
            names.put(id, entry.name());
          }
          continue;
        }
        CompletableFuture<Map<Long, String>> pending = inFlight.get(id);
        if (pending != null) {
          if (!others.contains(pending)) {
            others.add(pending);
          }
        } else {
          inFlight.put(id, ours);
          mine.add(id);
        }
      }
    }
    if (!mine.isEmpty()) {
      names.putAll(lookUp(mine, ours));
    }
    for (CompletableFuture<Map<Long, String>> pending : others) {
      Map<Long, String> found = await(pending);
      for (Long id : ids) {
        String name = found.get(id);
        if (name != null) {
          names.put(id, name);
        }
      }
    }
    return names;
  }

  private Map<Long, String> lookUp(Set<Long> ids, CompletableFuture<Map<Long, String>> ours) {
    Map<Long, String> found;
    try {
      found = Map.copyOf(lookup.apply(Set.copyOf(ids)));
    } catch (RuntimeException failure) {
      synchronized (this) {
        ids.forEach(inFlight::remove);
      }
      ours.completeExceptionally(failure);
      throw failure;
    }
    Instant now = clock.instant();
    synchronized (this) {
      found.forEach((id, name) -> entries.put(id, new Entry(name, now.plus(nameTtl))));
      for (Long id : ids) {
        if (!found.containsKey(id)) {
          entries.put(id, new Entry(null, now.plus(unknownTtl)));
        }
        inFlight.remove(id);
      }
    }
    ours.complete(found);
    Map<Long, String> asked = new HashMap<>();
    for (Long id : ids) {
      String name = found.get(id);
      if (name != null) {
        asked.put(id, name);
      }
    }
    return asked;
  }

  private static Map<Long, String> await(CompletableFuture<Map<Long, String>> pending) {
    try {
      return pending.join();
    } catch (CompletionException failed) {
      if (failed.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw failed;
    }
  }

  /** How many ids are kept (names and unknowns, expired or not). */
  synchronized int size() {
    return entries.size();
  }
}
