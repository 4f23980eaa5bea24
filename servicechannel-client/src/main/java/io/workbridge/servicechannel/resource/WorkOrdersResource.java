package io.workbridge.servicechannel.resource;

import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.PageIterable;
import io.workbridge.client.RequestOptions;
import io.workbridge.servicechannel.model.AcceptResult;
import io.workbridge.servicechannel.model.ChangeCursor;
import io.workbridge.servicechannel.model.Decline;
import io.workbridge.servicechannel.model.GpsRadius;
import io.workbridge.servicechannel.model.StatusCatalog;
import io.workbridge.servicechannel.model.StatusChange;
import io.workbridge.servicechannel.model.StatusChangeResult;
import io.workbridge.servicechannel.model.WorkOrder;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Work orders: read one, list with OData, walk the changes since a cursor, search, read status catalogues,
 * change status, accept and decline, read the GPS radius for check-ins. Thread-safe.
 *
 * <p>Live work orders embed a sparse location (no address, coordinates or time zone) and carry their scheduled
 * and expiration dates as the store's wall clock; see {@link WorkOrder} and {@link LocationsResource}.
 */
public interface WorkOrdersResource {
  /** The default overlap of {@link #changedSince(ChangeCursor)}: production reads may lag writes by ~30 s. */
  Duration DEFAULT_OVERLAP = Duration.ofMinutes(2);

  /**
   * {@return one work order ({@code GET /workorders/{id}})}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @throws io.workbridge.client.NotFoundException when it does not exist (production reads may lag a write
   *     by up to 30 s)
   */
  WorkOrder get(long workOrderId);

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param options per-call options (timeout, extra headers) for this request
   */
  WorkOrder get(long workOrderId, RequestOptions options);

  /**
   * {@return the work orders matching an OData query, fetched page by page ({@code $top} ≤ 50, {@code $skip},
   * {@code $count=true}) as the caller iterates} A work order that does not fit the model (a wrong-typed or
   * missing {@code Id}, an NTE that is not an amount) fails its page with an {@link
   * io.workbridge.client.InvalidResponseException} naming its JSON path; {@link #listEntries(WorkOrderQuery)}
   * delivers it as a {@link WorkOrderEntry.Malformed} instead and goes on.
   *
   * @param query the query
   */
  PageIterable<WorkOrder> list(WorkOrderQuery query);

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param query the query
   * @param options per-call options (timeout, extra headers) for this request
   */
  PageIterable<WorkOrder> list(WorkOrderQuery query, RequestOptions options);

  /**
   * {@return the work orders matching an OData query, decoded one by one: each is a {@link
   * WorkOrderEntry.Parsed}, or a {@link WorkOrderEntry.Malformed} with its raw JSON and the JSON path of the
   * problem, while the rest of the page and the following pages are still read}
   *
   * @param query the query
   */
  PageIterable<WorkOrderEntry> listEntries(WorkOrderQuery query);

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param query the query
   * @param options per-call options (timeout, extra headers) for this request
   */
  PageIterable<WorkOrderEntry> listEntries(WorkOrderQuery query, RequestOptions options);

  /**
   * {@return the work orders changed since the cursor, oldest first, each version once, with the default overlap of
   * two minutes} Persist {@link WorkOrderChanges#nextCursor()} afterwards. Each work order carries its {@link
   * WorkOrder#provider()} (the walk asks for {@code $expand=Provider}, which OData rows otherwise lack).
   *
   * <p>Iterating it (or {@link WorkOrderChanges#walk()}) fails with an {@link
   * io.workbridge.client.InvalidResponseException} at a work order that does not fit the model; {@link
   * WorkOrderChanges#entries()} delivers such a work order as a {@link WorkOrderEntry.Malformed} instead, and
   * the walk and its cursor go on past it.
   *
   * @param cursor where the previous read stopped
   */
  WorkOrderChanges changedSince(ChangeCursor cursor);

  /**
   * {@return the work orders changed since the cursor}
   *
   * @param cursor where the previous run stopped
   * @param overlap how far before the cursor to re-read (late replicas)
   * @param extra an additional filter joined with {@code and} (for example {@code CallDate ge …} to widen
   *     ServiceChannel's default 90-day window), or null
   */
  WorkOrderChanges changedSince(ChangeCursor cursor, Duration overlap, @Nullable ODataFilter extra);

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param cursor where the previous read stopped
   * @param overlap how far before the cursor to read again
   * @param extra more filter conditions, or {@code null}
   * @param options per-call options (timeout, extra headers) for this request
   */
  WorkOrderChanges changedSince(ChangeCursor cursor, Duration overlap, @Nullable ODataFilter extra, RequestOptions options);

  /**
   * {@return the same, with the clock that tells when changes are older than the overlap (see {@link
   * WorkOrderChanges})}
   *
   * @param cursor where the previous read stopped
   * @param overlap how late a change may reach the read replicas
   * @param extra more filter conditions, or {@code null}
   * @param clock the time source; it must not run ahead of ServiceChannel's by more than the overlap minus the
   *     replicas' lag
   * @param options per-call options (timeout, extra headers) for this request
   */
  WorkOrderChanges changedSince(
      ChangeCursor cursor, Duration overlap, @Nullable ODataFilter extra, Clock clock, RequestOptions options);

  /**
   * {@return the work orders matching a REST search ({@code GET /workorders}), page by page}
   *
   * @param search the search criteria
   */
  PageIterable<WorkOrder> search(WorkOrderSearch search);

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param search the search criteria
   * @param options per-call options (timeout, extra headers) for this request
   */
  PageIterable<WorkOrder> search(WorkOrderSearch search, RequestOptions options);

  /**
   * {@return where a technician must be to check in on the work order ({@code GET
   * /workorders/{id}/GPSRadius}): the location's coordinates and radius} The live work order's embedded
   * location has no coordinates; this call and {@link LocationsResource#get(long)} have them.
   *
   * @param workOrderId the ServiceChannel work order's id
   * @throws io.workbridge.client.ValidationException with code 502 or 917 when the work order is unknown
   */
  GpsRadius gpsRadius(long workOrderId);

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param options per-call options (timeout, extra headers) for this request
   */
  GpsRadius gpsRadius(long workOrderId, RequestOptions options);

  /**
   * {@return a subscriber's status catalogue ({@code GET /workorders/statuses?subscriberId=})}
   *
   * @param subscriberId the ServiceChannel subscriber's id
   */
  StatusCatalog statusCatalog(long subscriberId);

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param subscriberId the ServiceChannel subscriber's id
   * @param options per-call options (timeout, extra headers) for this request
   */
  StatusCatalog statusCatalog(long subscriberId, RequestOptions options);

  /**
   * {@return the statuses one work order may move to ({@code GET /workorders/{id}/statuses?subscriberId=})}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param subscriberId the ServiceChannel subscriber's id
   */
  StatusCatalog allowedStatuses(long workOrderId, long subscriberId);

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param subscriberId the ServiceChannel subscriber's id
   * @param options per-call options (timeout, extra headers) for this request
   */
  StatusCatalog allowedStatuses(long workOrderId, long subscriberId, RequestOptions options);

  /**
   * Moves a work order to another status ({@code PUT /workorders/{id}/status}).
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param change the new status
   * @return the result of the change
   * @throws io.workbridge.servicechannel.StatusNotAllowedException (904) when the subscriber does not allow
   *     this provider to set the status or the work order's status forbids it
   */
  StatusChangeResult changeStatus(long workOrderId, StatusChange change);

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param change the new status
   * @param options per-call options (timeout, extra headers) for this request
   */
  StatusChangeResult changeStatus(long workOrderId, StatusChange change, RequestOptions options);

  /**
   * Accepts a work order ({@code PUT /workorders/{id}/accept}). When it was already accepted (error 5202),
   * returns {@link AcceptResult#ALREADY_ACCEPTED} instead of failing.
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param note an optional note, or null
   * @throws io.workbridge.servicechannel.StatusNotAllowedException (904) when the status does not allow it
   * @return whether the work order was accepted now or already
   */
  AcceptResult accept(long workOrderId, @Nullable String note);

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param note a note to add, or {@code null} for none
   * @param options per-call options (timeout, extra headers) for this request
   */
  AcceptResult accept(long workOrderId, @Nullable String note, RequestOptions options);

  /**
   * Declines a work order ({@code PUT /workorders/{id}/decline}): OPEN / DECLINED, or reassignment where the
   * subscriber reassigns automatically. Where the subscriber keeps decline history the reason is required; a
   * plain {@link #changeStatus status change} to OPEN / DECLINED is then refused too (9001).
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param decline the decline reason and note
   * @throws io.workbridge.client.ValidationException with code 9001 (a reason is required), 9002 (the reason
   *     takes no custom text) or 9003 (unknown reason id)
   * @throws io.workbridge.servicechannel.StatusNotAllowedException (904) when the work order can no longer be
   *     declined
   */
  void decline(long workOrderId, Decline decline);

  /**
   * The same, with per-call {@link RequestOptions} (timeout, extra headers).
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param decline the decline reason and note
   * @param options per-call options (timeout, extra headers) for this request
   */
  void decline(long workOrderId, Decline decline, RequestOptions options);
}
