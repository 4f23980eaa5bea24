package io.workbridge.servicetitan.internal;

import java.time.Clock;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * What the resources of one client share: the tenant, the optional booking provider and application
 * GUID, the default page size, the clock and the Retrofit implementations.
 */
public final class StContext {
  /** The largest page size ServiceTitan accepts. */
  public static final int MAX_PAGE_SIZE = 5000;

  private final long tenantId;
  private final @Nullable Long bookingProviderId;
  private final @Nullable String applicationGuid;
  private final int defaultPageSize;
  private final Clock clock;
  private final StApis apis;

  /** Creates the context. */
  public StContext(
      long tenantId,
      @Nullable Long bookingProviderId,
      @Nullable String applicationGuid,
      int defaultPageSize,
      Clock clock,
      StApis apis) {
    this.tenantId = tenantId;
    this.bookingProviderId = bookingProviderId;
    this.applicationGuid = applicationGuid;
    this.defaultPageSize = checkPageSize(defaultPageSize);
    this.clock = clock;
    this.apis = apis;
  }

  /**
   * {@return this context over other Retrofit implementations (a client view with default request options)}
   *
   * @param other the implementations to use
   */
  public StContext withApis(StApis other) {
    return new StContext(tenantId, bookingProviderId, applicationGuid, defaultPageSize, clock, other);
  }

  /** The tenant id. */
  public long tenantId() {
    return tenantId;
  }

  /** The booking provider id; fails with a clear message when the client was built without one. */
  public long bookingProviderId() {
    if (bookingProviderId == null) {
      throw new IllegalStateException(
          "this call needs the booking provider id: set bookingProviderId on the ServiceTitanClient builder");
    }
    return bookingProviderId;
  }

  /** The booking provider id, if configured. */
  public OptionalLong bookingProviderIdIfSet() {
    return bookingProviderId == null ? OptionalLong.empty() : OptionalLong.of(bookingProviderId);
  }

  /** The application GUID for external data, or null. */
  public @Nullable String applicationGuid() {
    return applicationGuid;
  }

  /** The page size to use: the query's, else the client default. */
  public int pageSize(java.util.OptionalInt requested) {
    return requested.isPresent() ? checkPageSize(requested.getAsInt()) : defaultPageSize;
  }

  /** The clock. */
  public Clock clock() {
    return clock;
  }

  /** The Retrofit implementations. */
  public StApis apis() {
    return apis;
  }

  /** Checks a page size is between 1 and {@value #MAX_PAGE_SIZE}. */
  public static int checkPageSize(int pageSize) {
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "pageSize must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize);
    }
    return pageSize;
  }
}
