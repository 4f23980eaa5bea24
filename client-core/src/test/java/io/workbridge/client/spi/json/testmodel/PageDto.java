package io.workbridge.client.spi.json.testmodel;

import java.util.List;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A generic list envelope (ServiceTitan's {@code PaginatedResponse_Of_X}). */
@Value.Immutable
public interface PageDto<T> {
  int page();

  int pageSize();

  boolean hasMore();

  OptionalLong totalCount();

  List<T> data();
}
