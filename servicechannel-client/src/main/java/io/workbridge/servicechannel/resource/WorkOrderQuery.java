package io.workbridge.servicechannel.resource;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An OData work order list query: {@code $filter}, {@code $expand}, {@code $orderby} and the page size ({@code
 * $top}, capped at 50 by ServiceChannel). Pages are walked with {@code $skip} and {@code $count=true}. Without
 * a filter, ServiceChannel returns only work orders created in the last 90 days. Immutable.
 */
public final class WorkOrderQuery {
  /** The largest page ServiceChannel returns. */
  public static final int MAX_PAGE_SIZE = 50;

  private final @Nullable ODataFilter filter;
  private final List<String> expand;
  private final String orderBy;
  private final int pageSize;

  private WorkOrderQuery(Builder builder) {
    this.filter = builder.filter;
    this.expand = List.copyOf(builder.expand);
    this.orderBy = builder.orderBy;
    this.pageSize = builder.pageSize;
  }

  /** {@return a new builder: no filter, ordered by {@code Id asc}, pages of 50} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return all work orders the default window shows, by id} */
  public static WorkOrderQuery all() {
    return builder().build();
  }

  /** {@return the filter, if any} */
  public Optional<ODataFilter> filter() {
    return Optional.ofNullable(filter);
  }

  /**
   * {@return the navigation properties to include ({@code $expand}), for example {@code Provider}, which
   * OData rows otherwise lack; empty for none}
   */
  public List<String> expand() {
    return expand;
  }

  /** {@return the {@code $orderby} value; a stable order is needed for {@code $skip} paging} */
  public String orderBy() {
    return orderBy;
  }

  /** {@return the page size ({@code $top}), 1 to 50} */
  public int pageSize() {
    return pageSize;
  }

  @Override
  public String toString() {
    return "WorkOrderQuery{filter=" + filter + ", expand=" + expand + ", orderBy=" + orderBy + ", pageSize="
        + pageSize + '}';
  }

  /** Builds a {@link WorkOrderQuery}. */
  public static final class Builder {
    private @Nullable ODataFilter filter;
    private final Set<String> expand = new LinkedHashSet<>();
    private String orderBy = "Id asc";
    private int pageSize = MAX_PAGE_SIZE;

    private Builder() {}

    /**
     * The {@code $filter}.
     *
     * @param filter the {@code $filter}
     * @return this builder
     */
    public Builder filter(ODataFilter filter) {
      this.filter = Objects.requireNonNull(filter, "filter");
      return this;
    }

    /**
     * Adds navigation properties to include ({@code $expand}), for example {@code "Provider"}. ServiceChannel
     * fails {@code Notes} (use the notes resource instead).
     *
     * @param properties the provider's properties
     * @return this builder
     */
    public Builder expand(String... properties) {
      for (String property : properties) {
        if (Objects.requireNonNull(property, "property").isBlank()) {
          throw new IllegalArgumentException("expand properties must not be blank");
        }
        expand.add(property.trim());
      }
      return this;
    }

    /**
     * The {@code $orderby}, for example {@code UpdatedDate asc,Id asc}.
     *
     * @param orderBy the {@code $orderby}, for example {@code UpdatedDate asc,Id asc}
     * @return this builder
     */
    public Builder orderBy(String orderBy) {
      if (Objects.requireNonNull(orderBy, "orderBy").isBlank()) {
        throw new IllegalArgumentException("orderBy must not be blank");
      }
      this.orderBy = orderBy.trim();
      return this;
    }

    /**
     * The page size; values above 50 are lowered to 50, ServiceChannel's cap.
     *
     * @param pageSize the page size; values above 50 are lowered to 50, ServiceChannel's cap
     * @return this builder
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1) {
        throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
      }
      this.pageSize = Math.min(pageSize, MAX_PAGE_SIZE);
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     */
    public WorkOrderQuery build() {
      return new WorkOrderQuery(this);
    }
  }
}
