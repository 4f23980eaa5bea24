package io.workbridge.servicetitan.internal;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.internal.CrmWire.ContactCreateDto;
import io.workbridge.servicetitan.internal.CrmWire.DismissBookingDto;
import io.workbridge.servicetitan.model.Booking;
import io.workbridge.servicetitan.model.BookingQuery;
import io.workbridge.servicetitan.model.BookingUpdate;
import io.workbridge.servicetitan.model.Contact;
import io.workbridge.servicetitan.model.NewBooking;
import io.workbridge.servicetitan.resource.BookingsResource;
import io.workbridge.servicetitan.resource.ExportEntry;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** The {@link BookingsResource} a client hands out: its calls over the module's HTTP API. */
public final class HttpBookingsResource implements BookingsResource {
  private final StContext context;
  private final CrmApi api;

  /** Creates the resource; the client calls this. */
  public HttpBookingsResource(StContext context) {
    this.context = context;
    this.api = context.apis().crm();
  }

  @Override
  public Booking create(NewBooking booking) {
    var body = CrmMapping.newBooking(Objects.requireNonNull(booking, "booking"));
    var created = api.createBooking(context.tenantId(), context.bookingProviderId(), body);
    return Mapping.map("bookings.create", created, CrmMapping::booking);
  }

  @Override
  public Booking get(long id) {
    var dto = api.getBooking(context.tenantId(), context.bookingProviderId(), id);
    return Mapping.map("bookings.get", dto, CrmMapping::booking);
  }

  @Override
  public PageIterable<Booking> list(BookingQuery query) {
    long provider = context.bookingProviderId();
    Map<String, String> filters = filters(query);
    return Feeds.pages(
        "bookings.list",
        context.pageSize(query.pageSize()),
        (page, size) -> api.listBookings(context.tenantId(), provider, page, size, filters),
        CrmMapping::booking);
  }

  @Override
  public Optional<Booking> findByExternalId(String externalId) {
    Iterator<Booking> found =
        list(BookingQuery.builder().externalId(externalId).pageSize(50).build()).iterator();
    return found.hasNext() ? Optional.of(found.next()) : Optional.empty();
  }

  @Override
  public Booking update(long id, BookingUpdate update) {
    var body = CrmMapping.bookingUpdate(Objects.requireNonNull(update, "update"));
    var dto = api.updateBooking(context.tenantId(), context.bookingProviderId(), id, body);
    return Mapping.map("bookings.update", dto, CrmMapping::booking);
  }

  @Override
  public void dismiss(long id, @Nullable Long callReasonId, @Nullable String memo) {
    api.dismissBooking(
        context.tenantId(), context.bookingProviderId(), id, new DismissBookingDto(callReasonId, memo));
  }

  @Override
  public PageIterable<Contact> contacts(long bookingId) {
    long provider = context.bookingProviderId();
    return Feeds.pages(
        "bookings.contacts.list",
        context.pageSize(OptionalInt.empty()),
        (page, size) -> api.listBookingContacts(context.tenantId(), provider, bookingId, page, size),
        CrmMapping::contact);
  }

  @Override
  public Contact addContact(long bookingId, Contact contact) {
    Objects.requireNonNull(contact, "contact");
    var body = new ContactCreateDto(contact.type().wireName(), contact.value(), contact.memo().orElse(null));
    var dto = api.createBookingContact(context.tenantId(), context.bookingProviderId(), bookingId, body);
    return Mapping.map("bookings.contacts.create", dto, CrmMapping::contact);
  }

  @Override
  public PageIterable<Booking> listTenantWide(BookingQuery query) {
    Map<String, String> filters = filters(query);
    return Feeds.pages(
        "bookings.tenant.list",
        context.pageSize(query.pageSize()),
        (page, size) -> api.listTenantBookings(context.tenantId(), page, size, filters),
        CrmMapping::booking);
  }

  @Override
  public Booking getTenantWide(long id) {
    var dto = api.getTenantBooking(context.tenantId(), id);
    return Mapping.map("bookings.tenant.get", dto, CrmMapping::booking);
  }

  @Override
  public PageIterable<Booking> export(@Nullable String from) {
    return Feeds.exportStrict(
        "bookings.export",
        from,
        token -> api.exportBookings(context.tenantId(), token, Map.of()),
        CrmMapping::booking);
  }

  @Override
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
