package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.internal.CrmApi;
import io.workbridge.servicetitan.internal.CrmMapping;
import io.workbridge.servicetitan.internal.CrmWire.ContactCreateDto;
import io.workbridge.servicetitan.internal.CrmWire.DismissBookingDto;
import io.workbridge.servicetitan.internal.Feeds;
import io.workbridge.servicetitan.internal.Mapping;
import io.workbridge.servicetitan.internal.QueryParams;
import io.workbridge.servicetitan.internal.StContext;
import io.workbridge.servicetitan.model.Booking;
import io.workbridge.servicetitan.model.BookingQuery;
import io.workbridge.servicetitan.model.BookingUpdate;
import io.workbridge.servicetitan.model.Contact;
import io.workbridge.servicetitan.model.NewBooking;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Bookings through the Booking Provider API ({@code crm/v2/tenant/{tenant}/booking-provider/{provider}/…}),
 * plus the tenant-wide read calls and the bookings export feed. Provider-scoped calls need the client's
 * {@code bookingProviderId}. There is no idempotency header: give every booking a unique {@code
 * externalId} and look it up with {@link #findByExternalId} before creating it again.
 */
public final class BookingsResource {
  private final StContext context;
  private final CrmApi api;

  /**
   * Created by the client; not for direct use.
   *
   * @param context the client's shared state
   */
  public BookingsResource(StContext context) {
    this.context = context;
    this.api = context.apis().crm();
  }

  /**
   * Creates a booking (it arrives in the CSR's queue with status {@code New}).
   *
   * @param booking the booking
   * @return the created booking
   */
  public Booking create(NewBooking booking) {
    var body = CrmMapping.newBooking(Objects.requireNonNull(booking, "booking"));
    var created = api.createBooking(context.tenantId(), context.bookingProviderId(), body);
    return Mapping.map("bookings.create", created, CrmMapping::booking);
  }

  /**
   * Reads one of this provider's bookings.
   *
   * @param id the booking's id
   * @return the booking
   */
  public Booking get(long id) {
    var dto = api.getBooking(context.tenantId(), context.bookingProviderId(), id);
    return Mapping.map("bookings.get", dto, CrmMapping::booking);
  }

  /**
   * {@return this provider's bookings matching the query, fetched lazily page by page}
   *
   * @param query the query
   */
  public PageIterable<Booking> list(BookingQuery query) {
    long provider = context.bookingProviderId();
    Map<String, String> filters = filters(query);
    return Feeds.pages(
        "bookings.list",
        context.pageSize(query.pageSize()),
        (page, size) -> api.listBookings(context.tenantId(), provider, page, size, filters),
        CrmMapping::booking);
  }

  /**
   * {@return the provider's booking with this external id, if there is one}
   *
   * @param externalId the external id
   */
  public Optional<Booking> findByExternalId(String externalId) {
    Iterator<Booking> found =
        list(BookingQuery.builder().externalId(externalId).pageSize(50).build()).iterator();
    return found.hasNext() ? Optional.of(found.next()) : Optional.empty();
  }

  /**
   * Changes a booking; a state conflict (409) is a {@code ServiceTitanConflictException}.
   *
   * @param id the booking's id
   * @param update the fields to change
   * @return the changed booking
   */
  public Booking update(long id, BookingUpdate update) {
    var body = CrmMapping.bookingUpdate(Objects.requireNonNull(update, "update"));
    var dto = api.updateBooking(context.tenantId(), context.bookingProviderId(), id, body);
    return Mapping.map("bookings.update", dto, CrmMapping::booking);
  }

  /**
   * Dismisses a booking.
   *
   * @param id the booking
   * @param callReasonId the call reason (see reference data), or null
   * @param memo why, or null
   */
  public void dismiss(long id, @Nullable Long callReasonId, @Nullable String memo) {
    api.dismissBooking(
        context.tenantId(), context.bookingProviderId(), id, new DismissBookingDto(callReasonId, memo));
  }

  /**
   * {@return the contacts of one of this provider's bookings}
   *
   * @param bookingId the ServiceTitan booking's id
   */
  public PageIterable<Contact> contacts(long bookingId) {
    long provider = context.bookingProviderId();
    return Feeds.pages(
        "bookings.contacts.list",
        context.pageSize(OptionalInt.empty()),
        (page, size) -> api.listBookingContacts(context.tenantId(), provider, bookingId, page, size),
        CrmMapping::contact);
  }

  /**
   * Adds a contact to one of this provider's bookings.
   *
   * @param bookingId the ServiceTitan booking's id
   * @param contact the contact
   * @return the added contact
   */
  public Contact addContact(long bookingId, Contact contact) {
    Objects.requireNonNull(contact, "contact");
    var body = new ContactCreateDto(contact.type().wireName(), contact.value(), contact.memo().orElse(null));
    var dto = api.createBookingContact(context.tenantId(), context.bookingProviderId(), bookingId, body);
    return Mapping.map("bookings.contacts.create", dto, CrmMapping::contact);
  }

  /**
   * {@return bookings of all providers of the tenant matching the query}
   *
   * @param query the query
   */
  public PageIterable<Booking> listTenantWide(BookingQuery query) {
    Map<String, String> filters = filters(query);
    return Feeds.pages(
        "bookings.tenant.list",
        context.pageSize(query.pageSize()),
        (page, size) -> api.listTenantBookings(context.tenantId(), page, size, filters),
        CrmMapping::booking);
  }

  /**
   * Reads any booking of the tenant, whichever provider created it.
   *
   * @param id the booking's id
   * @return the booking
   */
  public Booking getTenantWide(long id) {
    var dto = api.getTenantBooking(context.tenantId(), id);
    return Mapping.map("bookings.tenant.get", dto, CrmMapping::booking);
  }

  /**
   * {@return the bookings export feed from {@code from}: a {@code continueFrom} token persisted from an earlier
   * walk, a date such as {@code 2024-01-01}, or null for the beginning} When the walk ends, persist
   * {@link PageIterable#resumeToken()} and pass it next time.
   *
   * <p>Each record is decoded on its own: one that does not fit the model fails its page with an {@link
   * io.workbridge.client.InvalidResponseException} naming its JSON path; {@link #exportEntries} delivers it as an
   * {@link ExportEntry.Malformed} instead and goes on.
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  public PageIterable<Booking> export(@Nullable String from) {
    return Feeds.exportStrict(
        "bookings.export",
        from,
        token -> api.exportBookings(context.tenantId(), token, Map.of()),
        CrmMapping::booking);
  }

  /**
   * {@return the bookings export feed from {@code from}, decoded record by record: each record is an {@link
   * ExportEntry.Parsed}, or an {@link ExportEntry.Malformed} (raw JSON, id when readable, JSON path and
   * problem) when it does not fit the model, while the rest of the page goes on and {@link
   * PageIterable#resumeToken()} still advances}
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  public PageIterable<ExportEntry<Booking>> exportEntries(@Nullable String from) {
    return Feeds.exportEntries(
        "bookings.export", from, token -> api.exportBookings(context.tenantId(), token, Map.of()), CrmMapping::booking, Booking::id);
  }

  private static Map<String, String> filters(BookingQuery query) {
    return new QueryParams()
        .list("ids", query.ids())
        .put("externalId", query.externalId())
        .put("createdBefore", query.createdBefore())
        .put("createdOnOrAfter", query.createdOnOrAfter())
        .put("modifiedBefore", query.modifiedBefore())
        .put("modifiedOnOrAfter", query.modifiedOnOrAfter())
        .put("sort", query.sort())
        .build();
  }
}
