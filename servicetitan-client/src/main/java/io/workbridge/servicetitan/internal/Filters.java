package io.workbridge.servicetitan.internal;

import io.workbridge.servicetitan.model.ListFilter;

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
}
