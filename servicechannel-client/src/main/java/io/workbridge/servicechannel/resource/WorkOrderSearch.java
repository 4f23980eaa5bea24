package io.workbridge.servicechannel.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A REST work order search ({@code GET /workorders}): each list is sent as one parameter with its values
 * separated by commas — the description declares these filters as arrays without a {@code collectionFormat},
 * and Swagger 2.0's default is {@code csv} — so a value cannot itself contain a comma; {@code number}, {@code
 * purchaseNumber} and {@code trade} match by prefix on ServiceChannel's side. There is no updated-since
 * parameter (use {@link WorkOrdersResource#changedSince}). Immutable.
 */
public final class WorkOrderSearch {
  /** The largest page ServiceChannel returns. */
  public static final int MAX_PAGE_SIZE = 50;

  private final List<Long> ids;
  private final List<String> numbers;
  private final List<String> purchaseNumbers;
  private final List<String> statuses;
  private final List<String> extendedStatuses;
  private final List<String> trades;
  private final List<String> categories;
  private final List<String> priorities;
  private final @Nullable Long locationId;
  private final @Nullable String storeId;
  private final @Nullable String sort;
  private final int pageSize;

  private WorkOrderSearch(Builder b) {
    ids = List.copyOf(b.ids);
    numbers = List.copyOf(b.numbers);
    purchaseNumbers = List.copyOf(b.purchaseNumbers);
    statuses = List.copyOf(b.statuses);
    extendedStatuses = List.copyOf(b.extendedStatuses);
    trades = List.copyOf(b.trades);
    categories = List.copyOf(b.categories);
    priorities = List.copyOf(b.priorities);
    locationId = b.locationId;
    storeId = b.storeId;
    sort = b.sort;
    pageSize = b.pageSize;
  }

  /** {@return a new builder (page size 50)} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return tracking numbers} */
  public List<Long> ids() {
    return ids;
  }

  /** {@return work order number prefixes} */
  public List<String> numbers() {
    return numbers;
  }

  /** {@return PO number prefixes} */
  public List<String> purchaseNumbers() {
    return purchaseNumbers;
  }

  /** {@return primary statuses} */
  public List<String> statuses() {
    return statuses;
  }

  /** {@return extended statuses} */
  public List<String> extendedStatuses() {
    return extendedStatuses;
  }

  /** {@return trade prefixes} */
  public List<String> trades() {
    return trades;
  }

  /** {@return categories} */
  public List<String> categories() {
    return categories;
  }

  /** {@return priorities} */
  public List<String> priorities() {
    return priorities;
  }

  /** {@return the location id, if set} */
  public OptionalLong locationId() {
    return locationId == null ? OptionalLong.empty() : OptionalLong.of(locationId);
  }

  /** {@return the store id, if set} */
  public Optional<String> storeId() {
    return Optional.ofNullable(storeId);
  }

  /** {@return the {@code sort} value, if set (syntax undocumented by ServiceChannel)} */
  public Optional<String> sort() {
    return Optional.ofNullable(sort);
  }

  /** {@return the page size, 1 to 50} */
  public int pageSize() {
    return pageSize;
  }

  /** Builds a {@link WorkOrderSearch}. */
  public static final class Builder {
    private final List<Long> ids = new ArrayList<>();
    private final List<String> numbers = new ArrayList<>();
    private final List<String> purchaseNumbers = new ArrayList<>();
    private final List<String> statuses = new ArrayList<>();
    private final List<String> extendedStatuses = new ArrayList<>();
    private final List<String> trades = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();
    private final List<String> priorities = new ArrayList<>();
    private @Nullable Long locationId;
    private @Nullable String storeId;
    private @Nullable String sort;
    private int pageSize = MAX_PAGE_SIZE;

    private Builder() {}

    /**
     * Adds a tracking number.
     *
     * @param id the tracking number
     * @return this builder
     */
    public Builder id(long id) {
      ids.add(id);
      return this;
    }

    /**
     * Adds a work order number prefix.
     *
     * @param number the work order number
     * @throws IllegalArgumentException when it contains a comma (see the class documentation); the same
     *     holds for every other list filter
     * @return this builder
     */
    public Builder number(String number) {
      numbers.add(listValue(number, "number"));
      return this;
    }

    /**
     * Adds a PO number prefix.
     *
     * @param purchaseNumber the purchase number
     * @return this builder
     */
    public Builder purchaseNumber(String purchaseNumber) {
      purchaseNumbers.add(listValue(purchaseNumber, "purchaseNumber"));
      return this;
    }

    /**
     * Adds a primary status, for example {@code OPEN}.
     *
     * @param status the primary status
     * @return this builder
     */
    public Builder status(String status) {
      statuses.add(listValue(status, "status"));
      return this;
    }

    /**
     * Adds an extended status.
     *
     * @param extendedStatus the extended status
     * @return this builder
     */
    public Builder extendedStatus(String extendedStatus) {
      extendedStatuses.add(listValue(extendedStatus, "extendedStatus"));
      return this;
    }

    /**
     * Adds a trade prefix.
     *
     * @param trade the trade
     * @return this builder
     */
    public Builder trade(String trade) {
      trades.add(listValue(trade, "trade"));
      return this;
    }

    /**
     * Adds a category.
     *
     * @param category the category
     * @return this builder
     */
    public Builder category(String category) {
      categories.add(listValue(category, "category"));
      return this;
    }

    /**
     * Adds a priority.
     *
     * @param priority the priority
     * @return this builder
     */
    public Builder priority(String priority) {
      priorities.add(listValue(priority, "priority"));
      return this;
    }

    /**
     * Restricts to one location.
     *
     * @param locationId the ServiceChannel location's id
     * @return this builder
     */
    public Builder locationId(long locationId) {
      this.locationId = locationId;
      return this;
    }

    /**
     * Restricts to one store id.
     *
     * @param storeId the store id the subscriber uses for the location
     * @return this builder
     */
    public Builder storeId(String storeId) {
      this.storeId = Objects.requireNonNull(storeId, "storeId");
      return this;
    }

    /**
     * The {@code sort} parameter, passed through.
     *
     * @param sort the {@code sort} parameter, passed through
     * @return this builder
     */
    public Builder sort(String sort) {
      this.sort = Objects.requireNonNull(sort, "sort");
      return this;
    }

    /** A list filter value: not null and without a comma, the separator of the description's csv format. */
    private static String listValue(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.indexOf(',') >= 0) {
        throw new IllegalArgumentException(
            name + " values are sent comma-separated, so one cannot contain a comma: " + value);
      }
      return value;
    }

    /**
     * The page size; values above 50 are lowered to 50.
     *
     * @param pageSize the page size; values above 50 are lowered to 50
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
     * Builds the search.
     *
     * @return the search
     */
    public WorkOrderSearch build() {
      return new WorkOrderSearch(this);
    }
  }
}
