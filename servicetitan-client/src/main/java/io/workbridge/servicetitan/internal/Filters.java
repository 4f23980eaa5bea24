package io.workbridge.servicetitan.internal;

import io.workbridge.servicetitan.model.ListFilter;
import io.workbridge.servicetitan.model.StaffQuery;

/** The common list filters as query parameters. */
public final class Filters {
  private Filters() {}

  /** ids, active and the created/modified ranges. */
  public static QueryParams common(ListFilter filter) {
    return new QueryParams()
        .list("ids", filter.ids())
        .put("active", filter.active())
        .put("createdBefore", filter.createdBefore())
        .put("createdOnOrAfter", filter.createdOnOrAfter())
        .put("modifiedBefore", filter.modifiedBefore())
        .put("modifiedOnOrAfter", filter.modifiedOnOrAfter());
  }

  /** ids, userIds, name and active of a technicians or employees list. */
  public static QueryParams staff(StaffQuery query) {
    return new QueryParams()
        .list("ids", query.ids())
        .list("userIds", query.userIds())
        .put("name", query.name())
        .put("active", query.active());
  }
}
