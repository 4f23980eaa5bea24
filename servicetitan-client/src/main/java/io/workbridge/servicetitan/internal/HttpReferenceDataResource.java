package io.workbridge.servicetitan.internal;

import io.workbridge.servicetitan.internal.Envelopes.PageDto;
import io.workbridge.servicetitan.internal.OpsWire.ReferenceDto;
import io.workbridge.servicetitan.model.ActiveFilter;
import io.workbridge.servicetitan.model.ReferenceItem;
import io.workbridge.servicetitan.resource.ReferenceDataResource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** The {@link ReferenceDataResource} a client hands out: its calls over the module's HTTP API. */
public final class HttpReferenceDataResource implements ReferenceDataResource {
  /** One page call of a reference list. */
  @FunctionalInterface
  private interface Lister {
    PageDto<ReferenceDto> page(long tenant, int page, int pageSize, String active);
  }

  private record Cached(Instant loadedAt, List<ReferenceItem> items) {}
  private final StContext context;
  private final OpsApi api;
  private final Duration ttl;

  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  /** Creates the resource; the client calls this. */
  public HttpReferenceDataResource(StContext context, Duration ttl) {
    this.context = context;
    this.api = context.apis().ops();
    this.ttl = Objects.requireNonNull(ttl, "ttl");
  }

  @Override
  public List<ReferenceItem> businessUnits() {
    return load("referenceData.businessUnits", api::businessUnits);
  }

  @Override
  public List<ReferenceItem> jobTypes() {
    return load("referenceData.jobTypes", api::jobTypes);
  }

  @Override
  public List<ReferenceItem> campaigns() {
    return load("referenceData.campaigns", api::campaigns);
  }

  @Override
  public List<ReferenceItem> callReasons() {
    return load("referenceData.callReasons", api::callReasons);
  }

  @Override
  public List<ReferenceItem> jobCancelReasons() {
    return load("referenceData.jobCancelReasons", api::jobCancelReasons);
  }

  @Override
  public List<ReferenceItem> jobHoldReasons() {
    return load("referenceData.jobHoldReasons", api::jobHoldReasons);
  }

  @Override
  public List<ReferenceItem> tagTypes() {
    return load("referenceData.tagTypes", api::tagTypes);
  }

  @Override
  public void invalidate() {
    cache.clear();
  }

  private List<ReferenceItem> load(String operation, Lister lister) {
    Instant now = context.clock().instant();
    if (!ttl.isZero()) {
      Cached cached = cache.get(operation);
      if (cached != null && now.isBefore(cached.loadedAt().plus(ttl))) {
        return cached.items();
      }
    }
    List<ReferenceItem> items =
        List.copyOf(
            Feeds.pages(
                    operation,
                    StContext.MAX_PAGE_SIZE,
                    (page, size) -> lister.page(context.tenantId(), page, size, ActiveFilter.ANY.wireName()),
                    OpsMapping::reference)
                .stream()
                .toList());
    if (!ttl.isZero()) {
      cache.put(operation, new Cached(now, items));
    }
    return items;
  }
}
