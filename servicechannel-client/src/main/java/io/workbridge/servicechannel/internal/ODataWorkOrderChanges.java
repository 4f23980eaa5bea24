package io.workbridge.servicechannel.internal;

import io.workbridge.servicechannel.model.ChangeCursor;
import io.workbridge.servicechannel.model.WorkOrder;
import io.workbridge.servicechannel.resource.ODataFilter;
import io.workbridge.servicechannel.resource.WorkOrderChanges;
import io.workbridge.servicechannel.resource.WorkOrderEntry;
import io.workbridge.servicechannel.resource.WorkOrderQuery;
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
import org.jspecify.annotations.Nullable;

/** The {@link WorkOrderChanges} a client hands out: walks the OData work order list by {@code UpdatedDate}. */
public final class ODataWorkOrderChanges implements WorkOrderChanges {
  /** Fetches one page: filter expression, skip, top. */
  public interface PageFetcher {
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

  /** Creates the walk; the work orders resource calls this. */
  public ODataWorkOrderChanges(
      ChangeCursor start, Duration overlap, @Nullable ODataFilter extra, PageFetcher fetcher, Clock clock) {
    this.start = start;
    this.overlap = overlap;
    this.extra = extra;
    this.fetcher = fetcher;
    this.clock = clock;
    this.next = start;
  }

  @Override
  public ChangeCursor nextCursor() {
    return next;
  }

  @Override
  public Iterator<WorkOrder> iterator() {
    return walk();
  }

  @Override
  public ChangeWalk walk() {
    EntryWalk entries = new Walk();
    return new ChangeWalk() {
      @Override
      public boolean hasNext() {
        return entries.hasNext();
      }

      @Override
      public WorkOrder next() {
        return WorkOrderEntries.strict(entries.next());
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

  @Override
  public EntryWalk entries() {
    return new Walk();
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
