package io.workbridge.servicetitan.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The two list envelopes of ServiceTitan: paginated lists and export feeds. */
public final class Envelopes {
  private Envelopes() {}

  /**
   * {@code PaginatedResponse_Of_X}: {@code page}, {@code pageSize}, {@code hasMore}, {@code totalCount},
   * {@code data}.
   */
  public record PageDto<T>(
      @Nullable Integer page,
      @Nullable Integer pageSize,
      @Nullable Boolean hasMore,
      @Nullable Integer totalCount,
      @Nullable List<T> data) {

    /** The items, empty when absent. */
    public List<T> items() {
      return data == null ? List.of() : data;
    }

    /** Whether more pages follow. */
    public boolean more() {
      return Boolean.TRUE.equals(hasMore);
    }
  }

  /** {@code ExportResponse_Of_X}: {@code hasMore}, {@code continueFrom}, {@code data}. */
  public record ExportDto<T>(
      @Nullable Boolean hasMore, @Nullable String continueFrom, @Nullable List<T> data) {

    /** The items, empty when absent. */
    public List<T> items() {
      return data == null ? List.of() : data;
    }

    /** Whether more data is available now. */
    public boolean more() {
      return Boolean.TRUE.equals(hasMore);
    }
  }
}
