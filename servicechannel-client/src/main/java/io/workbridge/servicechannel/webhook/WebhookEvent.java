package io.workbridge.servicechannel.webhook;

import io.workbridge.servicechannel.ServiceChannelStyle;
import io.workbridge.servicechannel.model.WorkOrderStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One ServiceChannel webhook delivery, read tolerantly from the {@code {EventType, Action, Type, Version,
 * Object}} envelope. Payloads are partial and may repeat or arrive out of order: treat an event as a signal to
 * re-read the work order, de-duplicate with {@link #deduplicationKey()}, and order by {@link #updatedAt()}.
 */
@Value.Immutable
@ServiceChannelStyle
public interface WebhookEvent {
  /** {@return the event type, e.g. {@code WorkOrderStatusChanged}; empty for a ping with an empty body} */
  String eventType();

  /** {@return {@code NEW}, {@code UPDATE} or {@code DELETE}, when sent} */
  Optional<String> action();

  /** {@return {@code WoRootNotification} or {@code GenericRootNotification}, when sent} */
  Optional<String> type();

  /** {@return the envelope version, when sent} */
  OptionalInt version();

  /**
   * {@return the work order the event is about ({@code Object.Id} of work order events, or {@code
   * WorkOrderId})}
   */
  OptionalLong workOrderId();

  /** {@return the id of the event's object ({@code Object.Id})} */
  OptionalLong objectId();

  /** {@return the subscriber, when sent} */
  OptionalLong subscriberId();

  /** {@return the provider, when sent} */
  OptionalLong providerId();

  /** {@return the work order status, when sent} */
  Optional<WorkOrderStatus> status();

  /**
   * {@return when the object last changed ({@code UpdatedDate_DTO}, else {@code UpdatedDate} or {@code
   * DateDTO})}
   */
  Optional<Instant> updatedAt();

  /**
   * {@return whether ServiceChannel sent it as a test ({@code "Source": "WebhookTest"}) or as an empty ping}
   */
  boolean test();

  /** {@return the object's fields as parsed (numbers as {@code Double}, nested objects as maps)} */
  Map<String, Object> object();

  /** {@return a key identical for byte-identical redeliveries: hex SHA-256 of the raw body} */
  String deduplicationKey();

  /** {@return whether this is a work order event ({@code WorkOrder…})} */
  default boolean isWorkOrderEvent() {
    return eventType().startsWith("WorkOrder");
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WebhookEvent}. */
  class Builder extends ImmutableWebhookEvent.Builder {}
}
