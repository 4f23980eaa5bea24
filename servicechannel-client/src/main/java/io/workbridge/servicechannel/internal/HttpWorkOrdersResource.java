package io.workbridge.servicechannel.internal;

import io.workbridge.client.ApiException;
import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.PageIterable;
import io.workbridge.client.RawJson;
import io.workbridge.client.RequestOptions;
import io.workbridge.client.spi.json.Decoded;
import io.workbridge.client.spi.paging.PageNumberPaging;
import io.workbridge.client.spi.paging.SkipTopPaging;
import io.workbridge.servicechannel.ServiceChannelErrorCodes;
import io.workbridge.servicechannel.model.AcceptResult;
import io.workbridge.servicechannel.model.ChangeCursor;
import io.workbridge.servicechannel.model.Decline;
import io.workbridge.servicechannel.model.GpsRadius;
import io.workbridge.servicechannel.model.StatusCatalog;
import io.workbridge.servicechannel.model.StatusChange;
import io.workbridge.servicechannel.model.StatusChangeResult;
import io.workbridge.servicechannel.model.WorkOrder;
import io.workbridge.servicechannel.resource.ODataFilter;
import io.workbridge.servicechannel.resource.WorkOrderChanges;
import io.workbridge.servicechannel.resource.WorkOrderEntry;
import io.workbridge.servicechannel.resource.WorkOrderQuery;
import io.workbridge.servicechannel.resource.WorkOrderSearch;
import io.workbridge.servicechannel.resource.WorkOrdersResource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The {@link WorkOrdersResource} a client hands out: its calls over the module's HTTP API. */
public final class HttpWorkOrdersResource implements WorkOrdersResource {
  private static final String PROVIDER = "Provider";
  private static final String LIST = "workorders.list";
  private final ScApi api;

  /** Creates the resource; the client calls this. */
  public HttpWorkOrdersResource(ScApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  @Override
  public WorkOrder get(long workOrderId) {
    return get(workOrderId, RequestOptions.none());
  }

  @Override
  public WorkOrder get(long workOrderId, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return Mapper.workOrder(api.getWorkOrder(workOrderId, options), "workorders.get", "$");
  }

  @Override
  public PageIterable<WorkOrder> list(WorkOrderQuery query) {
    return list(query, RequestOptions.none());
  }

  @Override
  public PageIterable<WorkOrder> list(WorkOrderQuery query, RequestOptions options) {
    return pages(query, options, page -> WorkOrderEntries.strict(entries(page)));
  }

  @Override
  public PageIterable<WorkOrderEntry> listEntries(WorkOrderQuery query) {
    return listEntries(query, RequestOptions.none());
  }

  @Override
  public PageIterable<WorkOrderEntry> listEntries(WorkOrderQuery query, RequestOptions options) {
    return pages(query, options, HttpWorkOrdersResource::entries);
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

  @Override
  public WorkOrderChanges changedSince(ChangeCursor cursor) {
    return changedSince(cursor, DEFAULT_OVERLAP, null);
  }

  @Override
  public WorkOrderChanges changedSince(ChangeCursor cursor, Duration overlap, @Nullable ODataFilter extra) {
    return changedSince(cursor, overlap, extra, RequestOptions.none());
  }

  @Override
  public WorkOrderChanges changedSince(ChangeCursor cursor, Duration overlap, @Nullable ODataFilter extra, RequestOptions options) {
    return changedSince(cursor, overlap, extra, Clock.systemUTC(), options);
  }

  @Override
  public WorkOrderChanges changedSince(
      ChangeCursor cursor, Duration overlap, @Nullable ODataFilter extra, Clock clock, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(cursor, "cursor");
    Objects.requireNonNull(clock, "clock");
    if (overlap.isNegative()) {
      throw new IllegalArgumentException("overlap must not be negative");
    }
    return new ODataWorkOrderChanges(
        cursor,
        overlap,
        extra,
        (filter, skip, top) ->
            entries(api.listWorkOrders(filter, PROVIDER, "UpdatedDate asc,Id asc", top, skip, null, options)),
        clock);
  }

  @Override
  public PageIterable<WorkOrder> search(WorkOrderSearch search) {
    return search(search, RequestOptions.none());
  }

  @Override
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

  @Override
  public GpsRadius gpsRadius(long workOrderId) {
    return gpsRadius(workOrderId, RequestOptions.none());
  }

  @Override
  public GpsRadius gpsRadius(long workOrderId, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return Mapper.gpsRadius(api.gpsRadius(workOrderId, options), workOrderId);
  }

  @Override
  public StatusCatalog statusCatalog(long subscriberId) {
    return statusCatalog(subscriberId, RequestOptions.none());
  }

  @Override
  public StatusCatalog statusCatalog(long subscriberId, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return Mapper.catalog(api.statusCatalog(subscriberId, options));
  }

  @Override
  public StatusCatalog allowedStatuses(long workOrderId, long subscriberId) {
    return allowedStatuses(workOrderId, subscriberId, RequestOptions.none());
  }

  @Override
  public StatusCatalog allowedStatuses(long workOrderId, long subscriberId, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return Mapper.catalog(api.statusTransitions(workOrderId, subscriberId, options));
  }

  @Override
  public StatusChangeResult changeStatus(long workOrderId, StatusChange change) {
    return changeStatus(workOrderId, change, RequestOptions.none());
  }

  @Override
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

  @Override
  public AcceptResult accept(long workOrderId, @Nullable String note) {
    return accept(workOrderId, note, RequestOptions.none());
  }

  @Override
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

  @Override
  public void decline(long workOrderId, Decline decline) {
    decline(workOrderId, decline, RequestOptions.none());
  }

  @Override
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
