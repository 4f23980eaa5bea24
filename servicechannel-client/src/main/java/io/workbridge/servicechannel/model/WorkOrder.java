package io.workbridge.servicechannel.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A ServiceChannel work order, as a provider sees it.
 *
 * <p><b>Dates.</b> Call, completed, created and updated dates are instants: the {@code *_DTO} twin (with the
 * store's offset) is preferred; a value without offset is read in the location's time zone, or in UTC when
 * the work order does not carry one (the live embedded location never does).
 *
 * <p>The <b>scheduled and expiration dates are the store's wall-clock times</b>, not instants: live responses
 * send them "as if UTC" ({@code ScheduledDate "2024-04-09T12:00:00Z"}, {@code ScheduledDate_DTO
 * "2024-04-09T12:00:00+00:00"}) for a store where it is 12:00 EDT, i.e. 16:00Z. So this model offers them only
 * as {@link #scheduledLocal()} / {@link #expirationLocal()}; the instant needs the store's zone: {@link
 * #scheduledAt(ZoneId)} with the zone of {@link io.workbridge.servicechannel.resource.LocationsResource#get
 * the location}, or, failing that, {@link #storeOffset()}.
 */
@Value.Immutable
public interface WorkOrder {
  /** {@return the tracking number, the id used in every path} */
  long id();

  /** {@return the work order number (often equal to the id; changeable)} */
  String number();

  /** {@return the purchase order number} */
  Optional<String> purchaseNumber();

  /** {@return the current status} */
  WorkOrderStatus status();

  /** {@return the subscriber that issued the work order} */
  Optional<Company> subscriber();

  /** {@return the subscriber id: from the subscriber object, or else the location's} */
  @Value.Derived
  default OptionalLong subscriberId() {
    if (subscriber().isPresent()) {
      return OptionalLong.of(subscriber().get().id());
    }
    return location().map(Location::subscriberId).orElse(OptionalLong.empty());
  }

  /** {@return the provider the work order is assigned to} */
  Optional<Company> provider();

  /** {@return the location} */
  Optional<Location> location();

  /** {@return the trade, for example {@code HVAC}} */
  Optional<String> trade();

  /** {@return the trade id} */
  OptionalLong tradeId();

  /** {@return the category, for example {@code REPAIR}} */
  Optional<String> category();

  /** {@return the category id} */
  OptionalLong categoryId();

  /** {@return the priority, for example {@code P2 - 24 Hours}} */
  Optional<String> priority();

  /** {@return the problem description} */
  Optional<String> description();

  /** {@return the caller (free text)} */
  Optional<String> caller();

  /** {@return the resolution text} */
  Optional<String> resolution();

  /** {@return the not-to-exceed amount in {@link #currency()}} */
  Optional<BigDecimal> nte();

  /** {@return the ISO 4217 code of the work order's currency, for example {@code USD}} */
  Optional<String> currency();

  /** {@return when the work order was called in} */
  Optional<Instant> callDate();

  /**
   * {@return when the work is scheduled, as the store's wall-clock time (the date and time of {@code
   * ScheduledDate_DTO}, else of {@code ScheduledDate}, whatever offset they carry)} Not an instant: see
   * {@link #scheduledAt}.
   */
  Optional<LocalDateTime> scheduledLocal();

  /**
   * {@return when the work is scheduled, read in the store's zone}
   *
   * @param storeZone the location's time zone ({@link Location#timeZone()} of the full location), or {@link
   *     #storeOffset()} when the zone is unknown
   */
  default Optional<Instant> scheduledAt(ZoneId storeZone) {
    return scheduledLocal().map(local -> local.atZone(storeZone).toInstant());
  }

  /** {@return when the work order was completed} */
  Optional<Instant> completedDate();

  /**
   * {@return when the work order expires, as the store's wall-clock time (like {@link #scheduledLocal()};
   * after this the IVR no longer takes check-ins)} Not an instant: see {@link #expirationAt}.
   */
  Optional<LocalDateTime> expirationLocal();

  /**
   * {@return when the work order expires, read in the store's zone}
   *
   * @param storeZone the location's time zone, or {@link #storeOffset()} when the zone is unknown
   */
  default Optional<Instant> expirationAt(ZoneId storeZone) {
    return expirationLocal().map(local -> local.atZone(storeZone).toInstant());
  }

  /**
   * {@return the store's UTC offset when the work order was called in (the offset of {@code CallDate_DTO},
   * else of {@code CreatedDate_DTO}), a fallback for {@link #scheduledAt} when the location's zone is
   * unknown} It may be an hour off for dates on the other side of a daylight-saving change.
   */
  Optional<ZoneOffset> storeOffset();

  /** {@return when the work order was created} */
  Optional<Instant> createdDate();

  /** {@return when the work order last changed} */
  Optional<Instant> updatedDate();

  /** {@return whether an invoice exists for the work order} */
  @Value.Default
  default boolean invoiced() {
    return false;
  }

  /** {@return whether check-in is denied (for example because the subscriber requires IVR)} */
  @Value.Default
  default boolean checkInDenied() {
    return false;
  }

  /** {@return why check-in is denied, when it is} */
  Optional<String> checkInDeniedReason();

  /**
   * {@return how many notes the work order has ({@code Notes.Count}: the provider's own and all), if sent}
   */
  Optional<Counts> notesCount();

  /**
   * {@return the newest note ({@code Notes.Last}), if sent} Its {@link Note#type()} is {@link
   * NoteType#UNKNOWN} and it has no company name: the work order does not say; list the notes for those.
   */
  Optional<Note> lastNote();

  /**
   * {@return how many attachments the work order has ({@code Attachments.Count}: the provider's own and all),
   * if sent}
   */
  Optional<Counts> attachmentsCount();

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WorkOrder}. */
  class Builder extends ImmutableWorkOrder.Builder {}
}
