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
  /** The event type, e.g. {@code WorkOrderStatusChanged}; empty for a ping with an empty body. */
  String eventType();

  /** {@code NEW}, {@code UPDATE} or {@code DELETE}, when sent. */
  Optional<String> action();

  /** {@code WoRootNotification} or {@code GenericRootNotification}, when sent. */
  Optional<String> type();

  /** The envelope version, when sent. */
  OptionalInt version();

  /** The work order the event is about ({@code Object.Id} of work order events, or {@code WorkOrderId}). */
  OptionalLong workOrderId();

  /** The id of the event's object ({@code Object.Id}). */
  OptionalLong objectId();

  /** The subscriber, when sent. */
  OptionalLong subscriberId();

  /** The provider, when sent. */
  OptionalLong providerId();

  /** The work order status, when sent. */
  Optional<WorkOrderStatus> status();

  /** When the object last changed ({@code UpdatedDate_DTO}, else {@code UpdatedDate} or {@code DateDTO}). */
  Optional<Instant> updatedAt();

  /** Whether ServiceChannel sent it as a test ({@code "Source": "WebhookTest"}) or as an empty ping. */
  boolean test();

  /** The object's fields as parsed (numbers as {@code Double}, nested objects as maps). */
  Map<String, Object> object();

  /** A key identical for byte-identical redeliveries: hex SHA-256 of the raw body. */
  String deduplicationKey();

  /** Whether this is a work order event ({@code WorkOrder…}). */
  default boolean isWorkOrderEvent() {
    return eventType().startsWith("WorkOrder");
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WebhookEvent}. */
  class Builder extends ImmutableWebhookEvent.Builder {}
}
