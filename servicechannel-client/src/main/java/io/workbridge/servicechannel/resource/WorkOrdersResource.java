package io.workbridge.servicechannel.resource;

import io.workbridge.client.ApiException;
import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.PageIterable;
import io.workbridge.client.PageNumberPaging;
import io.workbridge.client.RequestOptions;
import io.workbridge.client.SkipTopPaging;
import io.workbridge.client.json.Decoded;
import io.workbridge.client.json.RawJson;
import io.workbridge.servicechannel.ServiceChannelErrorCodes;
import io.workbridge.servicechannel.internal.Mapper;
import io.workbridge.servicechannel.internal.ScApi;
import io.workbridge.servicechannel.internal.ScDates;
import io.workbridge.servicechannel.internal.Wire;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Work orders: read one, list with OData, walk the changes since a cursor, search, read status catalogues,
 * change status, accept and decline, read the GPS radius for check-ins. Thread-safe.
 *
 * <p>Live work orders embed a sparse location (no address, coordinates or time zone) and carry their scheduled
 * and expiration dates as the store's wall clock; see {@link WorkOrder} and {@link LocationsResource}.
 */
public final class WorkOrdersResource {
  /** The default overlap of {@link #changedSince(ChangeCursor)}: production reads may lag writes by ~30 s. */
  public static final Duration DEFAULT_OVERLAP = Duration.ofMinutes(2);

  private static final String PROVIDER = "Provider";
  private static final String LIST = "workorders.list";

  private final ScApi api;

  /**
   * For {@link io.workbridge.servicechannel.ServiceChannelClient}.
   *
   * @param api the client's Retrofit interface
   */
  public WorkOrdersResource(ScApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /**
   * {@return one work order ({@code GET /workorders/{id}})}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @throws io.workbridge.client.NotFoundException when it does not exist (production reads may lag a write
   *     by up to 30 s)
   */
  public WorkOrder get(long workOrderId) {
    return get(workOrderId, RequestOptions.none());
  }

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param options per-call options (timeout, extra headers) for this request
   */
  public WorkOrder get(long workOrderId, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return Mapper.workOrder(api.getWorkOrder(workOrderId, options), "workorders.get", "$");
  }

  /**
   * {@return the work orders matching an OData query, fetched page by page ({@code $top} ≤ 50, {@code $skip},
   * {@code $count=true}) as the caller iterates} A work order that does not fit the model (a wrong-typed or
   * missing {@code Id}, an NTE that is not an amount) fails its page with an {@link
   * io.workbridge.client.InvalidResponseException} naming its JSON path; {@link #listEntries(WorkOrderQuery)}
   * delivers it as a {@link WorkOrderEntry.Malformed} instead and goes on.
   *
   * @param query the query
   */
  public PageIterable<WorkOrder> list(WorkOrderQuery query) {
    return list(query, RequestOptions.none());
  }

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param query the query
   * @param options per-call options (timeout, extra headers) for this request
   */
  public PageIterable<WorkOrder> list(WorkOrderQuery query, RequestOptions options) {
    return pages(query, options, page -> strict(entries(page)));
  }

  /**
   * {@return the work orders matching an OData query, decoded one by one: each is a {@link
   * WorkOrderEntry.Parsed}, or a {@link WorkOrderEntry.Malformed} with its raw JSON and the JSON path of the
   * problem, while the rest of the page and the following pages are still read}
   *
   * @param query the query
   */
  public PageIterable<WorkOrderEntry> listEntries(WorkOrderQuery query) {
    return listEntries(query, RequestOptions.none());
  }

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param query the query
   * @param options per-call options (timeout, extra headers) for this request
   */
  public PageIterable<WorkOrderEntry> listEntries(WorkOrderQuery query, RequestOptions options) {
    return pages(query, options, WorkOrdersResource::entries);
  }

  /** The OData pages of a query, each turned into the caller's items. */
  private <T> PageIterable<T> pages(
      WorkOrderQuery query,
      RequestOptions options,
      Function<Wire.ODataList<Decoded<Wire.WorkOrder>>, List<T>> items) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(query, "query");
    String filter = query.filter().map(ODataFilter::expression).orElse(null);
    String expand = query.expand().isEmpty() ? null : String.join(",", query.expand());
    return SkipTopPaging.iterable(
        LIST,
        query.pageSize(),
        (skip, top) -> {
          Wire.ODataList<Decoded<Wire.WorkOrder>> page =
              api.listWorkOrders(filter, expand, query.orderBy(), top, skip, true, options);
          return SkipTopPaging.Response.of(items.apply(page), page.count());
        });
  }

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
  public WorkOrderChanges changedSince(ChangeCursor cursor) {
    return changedSince(cursor, DEFAULT_OVERLAP, null);
  }

  /**
   * {@return the work orders changed since the cursor}
   *
   * @param cursor where the previous run stopped
   * @param overlap how far before the cursor to re-read (late replicas)
   * @param extra an additional filter joined with {@code and} (for example {@code CallDate ge …} to widen
   *     ServiceChannel's default 90-day window), or null
   */
  public WorkOrderChanges changedSince(ChangeCursor cursor, Duration overlap, @Nullable ODataFilter extra) {
    return changedSince(cursor, overlap, extra, RequestOptions.none());
  }

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param cursor where the previous read stopped
   * @param overlap how far before the cursor to read again
   * @param extra more filter conditions, or {@code null}
   * @param options per-call options (timeout, extra headers) for this request
   */
  public WorkOrderChanges changedSince(ChangeCursor cursor, Duration overlap, @Nullable ODataFilter extra, RequestOptions options) {
    return changedSince(cursor, overlap, extra, Clock.systemUTC(), options);
  }

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
  public WorkOrderChanges changedSince(
      ChangeCursor cursor, Duration overlap, @Nullable ODataFilter extra, Clock clock, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(cursor, "cursor");
    Objects.requireNonNull(clock, "clock");
    if (overlap.isNegative()) {
      throw new IllegalArgumentException("overlap must not be negative");
    }
    return new WorkOrderChanges(
        cursor,
        overlap,
        extra,
        (filter, skip, top) ->
            entries(api.listWorkOrders(filter, PROVIDER, "UpdatedDate asc,Id asc", top, skip, null, options)),
        clock);
  }

  /**
   * {@return the work orders matching a REST search ({@code GET /workorders}), page by page}
   *
   * @param search the search criteria
   */
  public PageIterable<WorkOrder> search(WorkOrderSearch search) {
    return search(search, RequestOptions.none());
  }

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param search the search criteria
   * @param options per-call options (timeout, extra headers) for this request
   */
  public PageIterable<WorkOrder> search(WorkOrderSearch search, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(search, "search");
    return PageNumberPaging.iterable(
        "workorders.search",
        search.pageSize(),
        (page, size) -> {
          List<Wire.WorkOrder> found =
              api.searchWorkOrders(
                  csv(search.ids().stream().map(String::valueOf).toList()),
                  csv(search.numbers()),
                  csv(search.purchaseNumbers()),
                  csv(search.statuses()),
                  csv(search.extendedStatuses()),
                  csv(search.trades()),
                  csv(search.categories()),
                  csv(search.priorities()),
                  search.locationId().isPresent() ? search.locationId().getAsLong() : null,
                  search.storeId().orElse(null),
                  search.sort().orElse(null),
                  page,
                  size, options);
          List<WorkOrder> orders = mapAll(found, "workorders.search", "$");
          return PageNumberPaging.Response.of(orders, orders.size() >= size);
        });
  }

  /**
   * {@return where a technician must be to check in on the work order ({@code GET
   * /workorders/{id}/GPSRadius}): the location's coordinates and radius} The live work order's embedded
   * location has no coordinates; this call and {@link LocationsResource#get(long)} have them.
   *
   * @param workOrderId the ServiceChannel work order's id
   * @throws io.workbridge.client.ValidationException with code 502 or 917 when the work order is unknown
   */
  public GpsRadius gpsRadius(long workOrderId) {
    return gpsRadius(workOrderId, RequestOptions.none());
  }

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param options per-call options (timeout, extra headers) for this request
   */
  public GpsRadius gpsRadius(long workOrderId, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return Mapper.gpsRadius(api.gpsRadius(workOrderId, options), workOrderId);
  }

  /**
   * {@return a subscriber's status catalogue ({@code GET /workorders/statuses?subscriberId=})}
   *
   * @param subscriberId the ServiceChannel subscriber's id
   */
  public StatusCatalog statusCatalog(long subscriberId) {
    return statusCatalog(subscriberId, RequestOptions.none());
  }

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param subscriberId the ServiceChannel subscriber's id
   * @param options per-call options (timeout, extra headers) for this request
   */
  public StatusCatalog statusCatalog(long subscriberId, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return Mapper.catalog(api.statusCatalog(subscriberId, options));
  }

  /**
   * {@return the statuses one work order may move to ({@code GET /workorders/{id}/statuses?subscriberId=})}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param subscriberId the ServiceChannel subscriber's id
   */
  public StatusCatalog allowedStatuses(long workOrderId, long subscriberId) {
    return allowedStatuses(workOrderId, subscriberId, RequestOptions.none());
  }

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param subscriberId the ServiceChannel subscriber's id
   * @param options per-call options (timeout, extra headers) for this request
   */
  public StatusCatalog allowedStatuses(long workOrderId, long subscriberId, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return Mapper.catalog(api.statusTransitions(workOrderId, subscriberId, options));
  }

  /**
   * Moves a work order to another status ({@code PUT /workorders/{id}/status}).
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param change the new status
   * @return the result of the change
   * @throws io.workbridge.servicechannel.StatusNotAllowedException (904) when the subscriber does not allow
   *     this provider to set the status or the work order's status forbids it
   */
  public StatusChangeResult changeStatus(long workOrderId, StatusChange change) {
    return changeStatus(workOrderId, change, RequestOptions.none());
  }

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param change the new status
   * @param options per-call options (timeout, extra headers) for this request
   */
  public StatusChangeResult changeStatus(long workOrderId, StatusChange change, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(change, "change");
    Wire.StatusChangeResponse response =
        api.changeStatus(
            workOrderId,
            new Wire.StatusChangeRequest(
                new Wire.Status(change.status().primary(), change.status().extended()),
                change.note().orElse(null),
                change.actor().orElse(null)), options);
    StatusChangeResult.Builder result = StatusChangeResult.builder().workOrderId(workOrderId);
    if (response != null && response.result() != null) {
      result.message(response.result());
    }
    return result.build();
  }

  /**
   * Accepts a work order ({@code PUT /workorders/{id}/accept}). When it was already accepted (error 5202),
   * returns {@link AcceptResult#ALREADY_ACCEPTED} instead of failing.
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param note an optional note, or null
   * @throws io.workbridge.servicechannel.StatusNotAllowedException (904) when the status does not allow it
   * @return whether the work order was accepted now or already
   */
  public AcceptResult accept(long workOrderId, @Nullable String note) {
    return accept(workOrderId, note, RequestOptions.none());
  }

  /**
   * {@return the same, with per-call {@link RequestOptions} (timeout, extra headers)}
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param note a note to add, or {@code null} for none
   * @param options per-call options (timeout, extra headers) for this request
   */
  public AcceptResult accept(long workOrderId, @Nullable String note, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    try {
      api.accept(workOrderId, new Wire.AcceptRequest(note), options);
      return AcceptResult.ACCEPTED;
    } catch (ApiException refused) {
      if (ServiceChannelErrorCodes.ALREADY_ACCEPTED.equals(refused.errorCode().orElse(""))) {
        return AcceptResult.ALREADY_ACCEPTED;
      }
      throw refused;
    }
  }

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
  public void decline(long workOrderId, Decline decline) {
    decline(workOrderId, decline, RequestOptions.none());
  }

  /**
   * The same, with per-call {@link RequestOptions} (timeout, extra headers).
   *
   * @param workOrderId the ServiceChannel work order's id
   * @param decline the decline reason and note
   * @param options per-call options (timeout, extra headers) for this request
   */
  public void decline(long workOrderId, Decline decline, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(decline, "decline");
    api.decline(
        workOrderId,
        new Wire.DeclineRequest(
            decline.reason().map(r -> r.id()).orElse(null),
            decline.customReason().orElse(null),
            decline.note().orElse(null)), options);
  }

  /** A list filter in the description's collection format (csv), or null when empty. */
  private static @Nullable String csv(List<String> values) {
    return values.isEmpty() ? null : String.join(",", values);
  }

  /** Decodes and maps each work order of an OData page on its own; null items are skipped. */
  private static List<WorkOrderEntry> entries(Wire.@Nullable ODataList<Decoded<Wire.WorkOrder>> page) {
    List<WorkOrderEntry> entries = new ArrayList<>();
    if (page == null || page.value() == null) {
      return entries;
    }
    for (Decoded<Wire.WorkOrder> decoded : page.value()) {
      if (decoded == null) {
        continue;
      }
      Decoded<WorkOrder> mapped = decoded.map((wire, path) -> Mapper.workOrder(wire, LIST, path));
      if (mapped instanceof Decoded.Value<WorkOrder> value) {
        entries.add(new WorkOrderEntry.Parsed(value.value()));
      } else if (mapped instanceof Decoded.Malformed<WorkOrder> malformed) {
        entries.add(new WorkOrderEntry.Malformed(
            RawJson.longMember(malformed.payload(), "Id"),
            looseUpdatedDate(malformed.payload()),
            malformed.jsonPath(),
            malformed.problem(),
            malformed.payload()));
      }
    }
    return entries;
  }

  /**
   * A bad work order's {@code UpdatedDate}, read only when it carries its offset ({@code _DTO} twin first): a
   * naive value would need the location's time zone, and a wrong guess could move the change cursor too far.
   */
  private static Optional<Instant> looseUpdatedDate(String payload) {
    for (String member : List.of("UpdatedDate_DTO", "UpdatedDate")) {
      Optional<String> text = RawJson.member(payload, member);
      if (text.isPresent() && ScDates.offset(text.get()).isPresent()) {
        Optional<Instant> instant = ScDates.parse(text.get(), null);
        if (instant.isPresent()) {
          return instant;
        }
      }
    }
    return Optional.empty();
  }

  /** The work orders of a page, failing at the first that does not fit the model (typed pages). */
  static List<WorkOrder> strict(List<WorkOrderEntry> entries) {
    List<WorkOrder> orders = new ArrayList<>(entries.size());
    for (WorkOrderEntry entry : entries) {
      orders.add(strict(entry));
    }
    return orders;
  }

  /** The work order, or the failure a typed page reports for a malformed one. */
  static WorkOrder strict(WorkOrderEntry entry) {
    if (entry instanceof WorkOrderEntry.Malformed malformed) {
      throw new InvalidResponseException(LIST, malformed.jsonPath(), malformed.problem(), null);
    }
    return ((WorkOrderEntry.Parsed) entry).workOrder();
  }

  /** Maps the work orders of a list whose items sit at {@code itemsPath} ({@code $} for a bare array). */
  private static List<WorkOrder> mapAll(@Nullable List<Wire.WorkOrder> wires, String operation, String itemsPath) {
    List<WorkOrder> orders = new ArrayList<>();
    if (wires != null) {
      for (int i = 0; i < wires.size(); i++) {
        orders.add(Mapper.workOrder(wires.get(i), operation, itemsPath + "[" + i + "]"));
      }
    }
    return orders;
  }
}
