package io.workbridge.servicechannel.resource;

import io.workbridge.servicechannel.model.ChangeCursor;
import io.workbridge.servicechannel.model.WorkOrder;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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
public interface WorkOrderChanges extends Iterable<WorkOrder> {
  /** {@return the cursor after everything delivered so far by the most recent iteration} */
  ChangeCursor nextCursor();

  /** {@return a sequential stream over the changes} */
  default Stream<WorkOrder> stream() {
    return StreamSupport.stream(
        () -> Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), Spliterator.ORDERED, false);
  }

  /**
   * {@return a new walk from the original cursor, which can also say what it holds without fetching} Its
   * {@code next()} fails with an {@link io.workbridge.client.InvalidResponseException} at a work order that
   * does not fit the model; use {@link #entries()} to go on past it.
   */
  ChangeWalk walk();

  /**
   * {@return a new walk from the original cursor over entries: each changed work order as a {@link
   * WorkOrderEntry.Parsed}, or as a {@link WorkOrderEntry.Malformed} (raw JSON, JSON path, problem) when it
   * does not fit the model} A malformed work order does not stop the walk and the cursor advances past its
   * page as usual. One whose {@code Id} and {@code UpdatedDate} can still be read is remembered among the
   * seen versions like any other; one whose version cannot be read is delivered once per walk, and the
   * overlap of a later run may deliver it again.
   */
  EntryWalk entries();

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
}
