package io.workbridge.servicechannel.resource;

import io.workbridge.servicechannel.model.ChangeCursor;
import io.workbridge.servicechannel.model.WorkOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The work orders changed since a {@link ChangeCursor}, oldest change first, fetched lazily.
 *
 * <p>The walk asks for {@code UpdatedDate ge <since − overlap>} ordered by {@code UpdatedDate asc,Id asc} and
 * moves its lower bound up to the newest {@code UpdatedDate} of each page instead of relying on {@code $skip}
 * alone, so a work order that changes again while the walk runs cannot push another one out of view. Each
 * version ({@code Id}, {@code UpdatedDate}) is delivered once, also across runs thanks to the cursor's seen
 * versions; the overlap re-reads changes that reached the read replicas late.
 *
 * <p>After (or during) iteration, {@link #nextCursor()} is the cursor to persist for the next run. Not
 * thread-safe; each {@link #iterator()} starts a new walk from the original cursor.
 */
public final class WorkOrderChanges implements Iterable<WorkOrder> {
  /** Fetches one page: filter expression, skip, top. */
  interface PageFetcher {
    List<WorkOrder> fetch(String filter, int skip, int top);
  }

  private static final int TOP = WorkOrderQuery.MAX_PAGE_SIZE;
  private static final int MAX_PAGES = 100_000;

  private final ChangeCursor start;
  private final Duration overlap;
  private final @Nullable ODataFilter extra;
  private final PageFetcher fetcher;
  private volatile ChangeCursor next;

  WorkOrderChanges(ChangeCursor start, Duration overlap, @Nullable ODataFilter extra, PageFetcher fetcher) {
    this.start = start;
    this.overlap = overlap;
    this.extra = extra;
    this.fetcher = fetcher;
    this.next = start;
  }

  /** The cursor after everything delivered so far by the most recent iteration. */
  public ChangeCursor nextCursor() {
    return next;
  }

  /** A sequential stream over the changes. */
  public Stream<WorkOrder> stream() {
    return StreamSupport.stream(
        () -> Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), Spliterator.ORDERED, false);
  }

  @Override
  public Iterator<WorkOrder> iterator() {
    return walk();
  }

  /** A new walk from the original cursor, which can also say what it holds without fetching. */
  public ChangeWalk walk() {
    return new Walk();
  }

  /**
   * An iterator over the changes that tells what it already fetched, so a caller can stop at a page boundary
   * instead of fetching a page only to learn whether more exist.
   */
  public interface ChangeWalk extends Iterator<WorkOrder> {
    /** How many changes were fetched and not yet delivered; {@link #hasNext()} fetches only when this is 0. */
    int buffered();

    /** False once the last page was fetched and delivered; true means more may come (fetching would tell). */
    boolean mayHaveMore();
  }

  private final class Walk implements ChangeWalk {
    private final Map<Long, Instant> seen = new HashMap<>(start.seen());
    private final Deque<WorkOrder> buffer = new ArrayDeque<>();
    private Instant lowerBound = start.since().minus(overlap);
    private Instant highest = start.since();
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
    public WorkOrder next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more changed work orders");
      }
      WorkOrder order = buffer.removeFirst();
      Instant updated = order.updatedDate().orElse(Instant.EPOCH);
      seen.put(order.id(), updated);
      if (updated.isAfter(highest)) {
        highest = updated;
      }
      next = cursor();
      return order;
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
      List<WorkOrder> page = fetcher.fetch(filter.expression(), skip, TOP);
      Instant pageMax = lowerBound;
      for (WorkOrder order : page) {
        Instant updated = order.updatedDate().orElse(Instant.EPOCH);
        if (updated.isAfter(pageMax)) {
          pageMax = updated;
        }
        Instant already = seen.get(order.id());
        boolean queued = buffer.stream().anyMatch(o -> o.id() == order.id() && o.updatedDate().equals(order.updatedDate()));
        if ((already == null || updated.isAfter(already)) && !queued) {
          buffer.addLast(order);
        }
      }
      if (page.size() < TOP) {
        exhausted = true;
      } else if (pageMax.isAfter(lowerBound)) {
        lowerBound = pageMax;
        skip = 0;
      } else {
        skip += page.size();
      }
    }

    private ChangeCursor cursor() {
      Instant keepFrom = highest.minus(overlap);
      Map<Long, Instant> kept = new HashMap<>();
      seen.forEach((id, updated) -> {
        if (!updated.isBefore(keepFrom)) {
          kept.put(id, updated);
        }
      });
      return ChangeCursor.builder().since(highest).putAllSeen(kept).build();
    }
  }
}
