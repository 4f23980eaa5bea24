package io.workbridge.testkit.servicechannel;

import static io.workbridge.testkit.servicechannel.ScErrors.sc;
import static io.workbridge.testkit.servicechannel.ScOData.MAX_TOP;

import io.workbridge.testkit.ApiError;
import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.SimRequest;
import io.workbridge.testkit.SimResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Work orders by id, the OData list, the REST search, a work order's GPS radius and the locations they are
 * at.
 */
final class WorkOrderRoutes {
  private final ScState state;

  WorkOrderRoutes(ScState state) {
    this.state = state;
  }

  void register(ApiSimulator.Builder api) {
    api.get("/v3/workorders", this::search)
        .get("/v3/workorders/{id}", this::getWorkOrder)
        .get("/v3/workorders/{id}/GPSRadius", this::gpsRadius)
        .get("/v3/locations/{id}", this::getLocation)
        .get("/v3/odata/workorders", this::odataList);
  }

  private SimResponse getWorkOrder(SimRequest request) {
    ScState.WorkOrder wo = state.workOrders.get(request.pathLong("id"));
    if (wo == null || !wo.assignedToProvider) {
      return SimResponse.status(404);
    }
    return SimResponse.ok(restJson(wo));
  }

  private SimResponse gpsRadius(SimRequest request) {
    ScState.WorkOrder wo = state.workOrderFor(request, 502, "Work order was not found");
    return SimResponse.ok(ScViews.gpsRadius(wo, state.location(wo)));
  }

  private SimResponse getLocation(SimRequest request) {
    ScState.Location location = state.locations.get(request.pathLong("id"));
    if (location == null || !state.subscribers.containsKey(location.subscriberId)) {
      throw sc(400, 601, "Location is not found");
    }
    return SimResponse.ok(ScViews.location(location, state.subscriberOrFail(location.subscriberId), state.now()));
  }

  private SimResponse odataList(SimRequest request) {
    ODataQuery<ScState.WorkOrder> query = ODataQuery.parse(request.query("$filter").orElse(null));
    Comparator<ScState.WorkOrder> order = ODataQuery.orderBy(request.query("$orderby").orElse(null));
    boolean withProvider = expandsProvider(request.query("$expand").orElse(""));
    int top = (int) Math.min(MAX_TOP, request.queryLong("$top").orElse((long) MAX_TOP));
    int skip = (int) Math.max(0, request.queryLong("$skip").orElse(0L));
    boolean count = request.query("$count").map(Boolean::parseBoolean).orElse(false);
    Instant now = state.now();
    boolean window = !query.mentions("calldate") && !query.mentions("createddate");
    List<ScState.WorkOrder> matching =
        state.visible().stream()
            .filter(wo -> !wo.callDate.isBefore(now.minus(Duration.ofDays(365))))
            .filter(wo -> !window || !wo.createdDate.isBefore(now.minus(Duration.ofDays(90))))
            .filter(query::matches)
            .sorted(order)
            .toList();
    List<Object> value =
        matching.stream()
            .skip(skip)
            .limit(Math.max(0, top))
            .map(wo -> odataJson(wo, withProvider))
            .collect(Collectors.toList());
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("@odata.context", state.url("/v3/odata/$metadata#workorders"));
    if (count) {
      body.put("@odata.count", (long) matching.size());
    }
    body.put("value", value);
    return SimResponse.ok(body);
  }

  /**
   * Whether {@code $expand} asks for the provider. {@code Notes} fails as it does live (500, "no supported
   * translation to SQL"); names that are no navigation property are a 400.
   */
  private static boolean expandsProvider(String expand) {
    boolean provider = false;
    for (String part : expand.split(",")) {
      String name = part.trim();
      if (name.isEmpty()) {
        continue;
      }
      switch (name.toLowerCase(Locale.ROOT)) {
        case "provider" -> provider = true;
        case "location", "subscriber", "invoice" -> { }
        case "notes" -> throw new ApiError(500, null, "The LINQ expression node of type 'NotesCollection' has no supported translation to SQL.");
        default -> throw new ApiError(400, null, "The query specified in the URI is not valid. Could not find a property named '" + name + "'.");
      }
    }
    return provider;
  }

  private SimResponse search(SimRequest request) {
    int page = (int) request.queryLong("page").orElse(1L).longValue();
    int pageSize = (int) Math.min(MAX_TOP, request.queryLong("pageSize").orElse((long) MAX_TOP));
    if (page < 1 || pageSize < 1) {
      throw sc(400, 503, "Validation fails. Invalid paging");
    }
    // The list filters are arrays without a collectionFormat: Swagger 2.0's default, csv, applies (the
    // contract check has already refused a repeated parameter).
    List<String> ids = csv(request, "id");
    List<String> statuses = upper(csv(request, "status"));
    List<String> extended = upper(csv(request, "extendedStatus"));
    List<String> numbers = csv(request, "number");
    List<String> pos = csv(request, "purchaseNumber");
    List<String> trades = upper(csv(request, "trade"));
    Optional<Long> locationId = request.queryLong("locationId");
    Optional<String> storeId = request.query("storeId");
    List<Object> found =
        state.visible().stream()
            .filter(wo -> ids.isEmpty() || ids.contains(Long.toString(wo.id)))
            .filter(wo -> statuses.isEmpty() || statuses.contains(wo.primary))
            .filter(wo -> extended.isEmpty() || extended.contains(wo.extended))
            .filter(wo -> numbers.isEmpty() || numbers.stream().anyMatch(wo.number::startsWith))
            .filter(wo -> pos.isEmpty() || pos.stream().anyMatch(wo.purchaseNumber::startsWith))
            .filter(wo -> trades.isEmpty() || trades.stream().anyMatch(t -> wo.trade.toUpperCase(Locale.ROOT).startsWith(t)))
            .filter(wo -> locationId.isEmpty() || locationId.get() == wo.locationId)
            .filter(wo -> storeId.isEmpty() || storeId.get().equals(state.location(wo).storeId))
            .sorted(Comparator.comparingLong(wo -> wo.id))
            .skip((long) (page - 1) * pageSize)
            .limit(pageSize)
            .map(this::restJson)
            .collect(Collectors.toList());
    return SimResponse.ok(found);
  }

  /** The values of a csv query parameter of the search; empty when it is absent. */
  private static List<String> csv(SimRequest request, String name) {
    List<String> values = new ArrayList<>();
    for (String parameter : request.queryValues(name)) {
      for (String value : parameter.split(",", -1)) {
        if (!value.isEmpty()) {
          values.add(value);
        }
      }
    }
    return values;
  }

  private static List<String> upper(List<String> values) {
    return values.stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
  }

  private Map<String, @Nullable Object> restJson(ScState.WorkOrder wo) {
    return ScViews.workOrder(
        wo, state.subscriberOrFail(wo.subscriberId), state.location(wo), state.now(), true, true);
  }

  private Map<String, @Nullable Object> odataJson(ScState.WorkOrder wo, boolean withProvider) {
    return ScViews.workOrder(
        wo, state.subscriberOrFail(wo.subscriberId), state.location(wo), state.now(), false, withProvider);
  }
}
