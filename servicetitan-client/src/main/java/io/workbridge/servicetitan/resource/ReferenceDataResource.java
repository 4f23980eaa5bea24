package io.workbridge.servicetitan.resource;

import io.workbridge.servicetitan.internal.Envelopes.PageDto;
import io.workbridge.servicetitan.internal.Feeds;
import io.workbridge.servicetitan.internal.OpsApi;
import io.workbridge.servicetitan.internal.OpsMapping;
import io.workbridge.servicetitan.internal.OpsWire.ReferenceDto;
import io.workbridge.servicetitan.internal.StContext;
import io.workbridge.servicetitan.model.ActiveFilter;
import io.workbridge.servicetitan.model.ReferenceItem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reference data that changes rarely: business units, job types, campaigns, call reasons, job cancel and
 * hold reasons, tag types. Each list holds active and inactive entries (see {@link ReferenceItem#active()}).
 * With a time-to-live (builder option {@code referenceDataTtl}), a list is fetched once and served from
 * memory until it is older than the TTL; {@link #invalidate()} forgets everything.
 */
public final class ReferenceDataResource {
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

  /**
   * Created by the client; not for direct use.
   *
   * @param context the client's shared state
   * @param ttl how long reference data is cached
   */
  public ReferenceDataResource(StContext context, Duration ttl) {
    this.context = context;
    this.api = context.apis().ops();
    this.ttl = Objects.requireNonNull(ttl, "ttl");
  }

  /** {@return business units} */
  public List<ReferenceItem> businessUnits() {
    return load("referenceData.businessUnits", api::businessUnits);
  }

  /** {@return job types} */
  public List<ReferenceItem> jobTypes() {
    return load("referenceData.jobTypes", api::jobTypes);
  }

  /** {@return marketing campaigns} */
  public List<ReferenceItem> campaigns() {
    return load("referenceData.campaigns", api::campaigns);
  }

  /** {@return call reasons (for dismissing bookings and leads)} */
  public List<ReferenceItem> callReasons() {
    return load("referenceData.callReasons", api::callReasons);
  }

  /** {@return job cancel reasons} */
  public List<ReferenceItem> jobCancelReasons() {
    return load("referenceData.jobCancelReasons", api::jobCancelReasons);
  }

  /** {@return job hold reasons} */
  public List<ReferenceItem> jobHoldReasons() {
    return load("referenceData.jobHoldReasons", api::jobHoldReasons);
  }

  /** {@return tag types} */
  public List<ReferenceItem> tagTypes() {
    return load("referenceData.tagTypes", api::tagTypes);
  }

  /** Forgets every cached list. */
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
