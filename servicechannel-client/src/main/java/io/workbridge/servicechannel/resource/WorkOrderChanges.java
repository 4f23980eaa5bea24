package io.workbridge.servicechannel.resource;

import io.workbridge.servicechannel.model.ChangeCursor;
import io.workbridge.servicechannel.model.WorkOrder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The work orders changed since a {@link ChangeCursor}, oldest change first, fetched lazily.
 *
 * <p>The walk asks for {@code UpdatedDate ge <lower bound>} ordered by {@code UpdatedDate asc,Id asc} and
 * moves its lower bound up to the newest {@code UpdatedDate} of each page instead of relying on {@code $skip}
 * alone, so a work order that changes again while the walk runs cannot push another one out of view. Each
 * version ({@code Id}, {@code UpdatedDate}) is delivered once, also across runs thanks to the cursor's seen
 * versions.
 *
 * <p>Read replicas lag writes (by up to 30 s in production), so a change may become visible after a newer one
 * was delivered. The overlap is how late a change may become visible. A walk usually resumes at the exact
 * position of the cursor (its newest {@code UpdatedDate}, the versions seen there telling which work orders of
 * that instant were delivered: the {@code Id} tiebreak), so a poll when nothing changed reads one short page
 * however many work orders changed shortly before. Changes from {@link ChangeCursor#checkedBefore()} on are
 * read once more, by a walk that starts there, once they are older than the overlap by the clock (or, while
 * changes keep coming, once the unchecked span is longer than the overlap): every change that was visible late
 * is delivered then, and the cursor's checked instant moves up to what that walk read, less the overlap, never past
 * the newest version. The clock only times that second read: a clock running ahead of ServiceChannel's by more
 * than the overlap minus the replicas' lag could make it come before a late change is visible; new changes are
 * read from the newest version whatever the clocks say.
 *
 * <p>After (or during) iteration, {@link #nextCursor()} is the cursor to persist for the next run. Not
 * thread-safe; each {@link #iterator()} starts a new walk from the original cursor.
 *
 * <p>Each work order of a page is decoded on its own. {@link #entries()} delivers one that does not fit the
 * model (a wrong-typed {@code Id}, an NTE that is not an amount, …) as a {@link WorkOrderEntry.Malformed} with
 * its raw JSON and the reason, and goes on with the rest of the page and the next pages; the typed {@link
 * #iterator()} and {@link #walk()} fail with an {@link io.workbridge.client.InvalidResponseException} naming
 * its JSON path when they reach it.
 */
public final class WorkOrderChanges implements Iterable<WorkOrder> {
  /** Fetches one page: filter expression, skip, top. */
  interface PageFetcher {
    List<WorkOrderEntry> fetch(String filter, int skip, int top);
  }

  private static final int TOP = WorkOrderQuery.MAX_PAGE_SIZE;
  private static final int MAX_PAGES = 100_000;

  private final ChangeCursor start;
  private final Duration overlap;
  private final @Nullable ODataFilter extra;
  private final PageFetcher fetcher;
  private final Clock clock;
  private volatile ChangeCursor next;

  WorkOrderChanges(
      ChangeCursor start, Duration overlap, @Nullable ODataFilter extra, PageFetcher fetcher, Clock clock) {
    this.start = start;
    this.overlap = overlap;
    this.extra = extra;
    this.fetcher = fetcher;
    this.clock = clock;
    this.next = start;
  }

  /** {@return the cursor after everything delivered so far by the most recent iteration} */
  public ChangeCursor nextCursor() {
    return next;
  }

  /** {@return a sequential stream over the changes} */
  public Stream<WorkOrder> stream() {
    return StreamSupport.stream(
        () -> Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), Spliterator.ORDERED, false);
  }

  @Override
  public Iterator<WorkOrder> iterator() {
    return walk();
  }

  /**
   * {@return a new walk from the original cursor, which can also say what it holds without fetching} Its
   * {@code next()} fails with an {@link io.workbridge.client.InvalidResponseException} at a work order that
   * does not fit the model; use {@link #entries()} to go on past it.
   */
  public ChangeWalk walk() {
    EntryWalk entries = new Walk();
    return new ChangeWalk() {
      @Override
      public boolean hasNext() {
        return entries.hasNext();
      }

      @Override
      public WorkOrder next() {
        return WorkOrdersResource.strict(entries.next());
      }

      @Override
      public int buffered() {
        return entries.buffered();
      }

      @Override
      public boolean mayHaveMore() {
        return entries.mayHaveMore();
      }
    };
  }

  /**
   * {@return a new walk from the original cursor over entries: each changed work order as a {@link
   * WorkOrderEntry.Parsed}, or as a {@link WorkOrderEntry.Malformed} (raw JSON, JSON path, problem) when it
   * does not fit the model} A malformed work order does not stop the walk and the cursor advances past its
   * page as usual. One whose {@code Id} and {@code UpdatedDate} can still be read is remembered among the
   * seen versions like any other; one whose version cannot be read is delivered once per walk, and the
   * overlap of a later run may deliver it again.
   */
  public EntryWalk entries() {
    return new Walk();
  }

  /**
   * An iterator over the changes that tells what it already fetched, so a caller can stop at a page boundary
   * instead of fetching a page only to learn whether more exist.
   */
  public interface ChangeWalk extends Iterator<WorkOrder> {
    /**
     * {@return how many changes were fetched and not yet delivered; {@link #hasNext()} fetches only when this
     * is 0}
     */
    int buffered();

    /**
     * {@return false once the last page was fetched and delivered; true means more may come (fetching would
     * tell)}
     */
    boolean mayHaveMore();
  }

  /** An iterator over the changes as entries that tells what it already fetched, like {@link ChangeWalk}. */
  public interface EntryWalk extends Iterator<WorkOrderEntry> {
    /**
     * {@return how many entries were fetched and not yet delivered; {@link #hasNext()} fetches only when this
     * is 0}
     */
    int buffered();

    /**
     * {@return false once the last page was fetched and delivered; true means more may come (fetching would
     * tell)}
     */
    boolean mayHaveMore();
  }

  private final class Walk implements EntryWalk {
    private final Map<Long, Instant> seen = new HashMap<>(start.seen());
    private final Set<String> malformedDelivered = new HashSet<>();
    private final Deque<WorkOrderEntry> buffer = new ArrayDeque<>();
    /** Every change before it was delivered by earlier walks. */
    private final Instant checked = start.checkedBefore().orElse(start.since().minus(overlap));
    /** Changes before it were visible when this walk began (the replicas have settled up to it). */
    private final Instant settled = clock.instant().minus(overlap);
    /** Whether this walk reads the changes from {@link #checked} on again, for ones that became visible late. */
    private final boolean rechecks =
        checked.isBefore(start.since())
            && (!settled.isBefore(start.since()) || !settled.isBefore(checked.plus(overlap)));
    /** Whether this walk reads from {@link #checked} or before, so that what it reads moves that instant up. */
    private final boolean covers = rechecks || !checked.isBefore(start.since());
    private Instant lowerBound = rechecks ? checked : start.since();
    private Instant highest = start.since();
    private @Nullable Instant lastDelivered;
    private int skip;
    private int pages;
    private boolean exhausted;

    Walk() {
      next = start;
    }

    @Override
    public boolean hasNext() {
      while (buffer.isEmpty() && !exhausted) {
        fetchPage();
      }
      return !buffer.isEmpty();
    }

    @Override
    public int buffered() {
      return buffer.size();
    }

    @Override
    public boolean mayHaveMore() {
      return !buffer.isEmpty() || !exhausted;
    }

    @Override
    public WorkOrderEntry next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more changed work orders");
      }
      WorkOrderEntry entry = buffer.removeFirst();
      OptionalLong id = entry.workOrderId();
      Optional<Instant> version = version(entry);
      if (id.isEmpty() || version.isEmpty()) {
        return entry;
      }
      Instant updated = version.get();
      seen.put(id.getAsLong(), updated);
      if (updated.isAfter(highest)) {
        highest = updated;
      }
      lastDelivered = updated;
      next = cursor();
      return entry;
    }

    private void fetchPage() {
      if (++pages > MAX_PAGES) {
        exhausted = true;
        return;
      }
      ODataFilter filter = ODataFilter.atOrAfter("UpdatedDate", lowerBound);
      if (extra != null) {
        filter = filter.and(extra);
      }
      List<WorkOrderEntry> page = fetcher.fetch(filter.expression(), skip, TOP);
      Instant pageMax = lowerBound;
      for (WorkOrderEntry entry : page) {
        OptionalLong id = entry.workOrderId();
        Optional<Instant> version = version(entry);
        if (id.isEmpty() || version.isEmpty()) {
          // A malformed work order without a readable version: delivered once per walk (a later page of the
          // same walk may overlap this one); a later run's overlap may deliver it again.
          if (malformedDelivered.add(((WorkOrderEntry.Malformed) entry).payload())) {
            buffer.addLast(entry);
          }
          continue;
        }
        Instant updated = version.get();
        if (updated.isAfter(pageMax)) {
          pageMax = updated;
        }
        if (updated.isBefore(checked)) {
          continue; // every change before the checked instant was delivered (a server ignoring the filter)
        }
        Instant already = seen.get(id.getAsLong());
        boolean queued = buffer.stream().anyMatch(o -> o.workOrderId().equals(id) && version(o).equals(version));
        if ((already == null || updated.isAfter(already)) && !queued) {
          buffer.addLast(entry);
        }
      }
      if (page.size() < TOP) {
        exhausted = true;
        if (buffer.isEmpty()) {
          next = cursor();
        }
      } else if (pageMax.isAfter(lowerBound)) {
        lowerBound = pageMax;
        skip = 0;
      } else {
        skip += page.size();
      }
    }

    /**
     * The version ({@code UpdatedDate}) of an entry: a parsed work order's, or a malformed one's when it could
     * be read with its offset; empty for a malformed one whose version cannot be read.
     */
    private Optional<Instant> version(WorkOrderEntry entry) {
      if (entry instanceof WorkOrderEntry.Parsed parsed) {
        return Optional.of(parsed.workOrder().updatedDate().orElse(Instant.EPOCH));
      }
      return ((WorkOrderEntry.Malformed) entry).updatedDate();
    }

    /**
     * The cursor after what was delivered: the newest version, the checked instant (moved up only by a walk that
     * read from the old one or before: to what it delivered, or to everything it could see when it read to the
     * end, but never past {@link #settled} nor past the newest version), and the versions seen from it on.
     */
    private ChangeCursor cursor() {
      Instant checkedNow = checked;
      // Once past the newest version, the checked instant stays: a quiet poll leaves the cursor as it was.
      if (covers && checked.isBefore(highest)) {
        Instant reached = exhausted && buffer.isEmpty() ? settled : lastDelivered;
        if (reached != null) {
          Instant candidate = reached.isBefore(settled) ? reached : settled;
          if (candidate.isAfter(highest)) {
            // Never past the newest version: a poll then reads from it, whatever the two clocks say.
            candidate = highest;
          }
          if (candidate.isAfter(checkedNow)) {
            checkedNow = candidate;
          }
        }
      }
      Instant keepFrom = checkedNow.isBefore(highest) ? checkedNow : highest;
      Map<Long, Instant> kept = new HashMap<>();
      seen.forEach((id, updated) -> {
        if (!updated.isBefore(keepFrom)) {
          kept.put(id, updated);
        }
      });
      return ChangeCursor.builder().since(highest).checkedBefore(checkedNow).putAllSeen(kept).build();
    }
  }
}
