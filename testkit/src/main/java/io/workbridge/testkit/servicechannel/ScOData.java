package io.workbridge.testkit.servicechannel;

import io.workbridge.testkit.ApiError;
import io.workbridge.testkit.SimRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Paging shared by the OData lists ({@code $top} capped at {@value #MAX_TOP}, {@code $skip}, {@code $count}). */
final class ScOData {
  /** The most rows one page (OData or REST search) answers with. */
  static final int MAX_TOP = 50;

  private static final Pattern ODATA_KEY = Pattern.compile("^workorders\\((\\d+)\\)$");

  private ScOData() {}

  /** {@return one page of {@code all}: {@code @odata.count} when asked for, then {@code value}} */
  static Map<String, @Nullable Object> page(SimRequest request, List<Object> all) {
    int top = (int) Math.min(MAX_TOP, request.queryLong("$top").orElse((long) MAX_TOP));
    int skip = (int) Math.max(0, request.queryLong("$skip").orElse(0L));
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    if (request.query("$count").map(Boolean::parseBoolean).orElse(false)) {
      body.put("@odata.count", (long) all.size());
    }
    body.put("value", all.stream().skip(skip).limit(top).collect(Collectors.toList()));
    return body;
  }

  /** {@return the work order of an OData key path parameter ({@code workorders(123)}); 404 otherwise} */
  static ScState.WorkOrder workOrder(ScState state, SimRequest request) {
    Matcher m = ODATA_KEY.matcher(request.pathParam("key"));
    if (!m.matches()) {
      throw new ApiError(404, null, "No route for " + request.path());
    }
    ScState.WorkOrder wo = state.workOrders.get(Long.parseLong(m.group(1)));
    if (wo == null || !wo.assignedToProvider) {
      throw new ApiError(404, null, "The requested resource does not exist on the server.");
    }
    return wo;
  }
}
