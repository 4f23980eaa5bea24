package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.model.Booking;
import io.workbridge.servicetitan.model.BookingQuery;
import io.workbridge.servicetitan.model.BookingUpdate;
import io.workbridge.servicetitan.model.Contact;
import io.workbridge.servicetitan.model.NewBooking;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Bookings through the Booking Provider API ({@code crm/v2/tenant/{tenant}/booking-provider/{provider}/…}),
 * plus the tenant-wide read calls and the bookings export feed. Provider-scoped calls need the client's
 * {@code bookingProviderId}. There is no idempotency header: give every booking a unique {@code
 * externalId} and look it up with {@link #findByExternalId} before creating it again.
 */
public interface BookingsResource {
  /**
   * Creates a booking (it arrives in the CSR's queue with status {@code New}).
   *
   * @param booking the booking
   * @return the created booking
   */
  Booking create(NewBooking booking);

  /**
   * Reads one of this provider's bookings.
   *
   * @param id the booking's id
   * @return the booking
   */
  Booking get(long id);

  /**
   * {@return this provider's bookings matching the query, fetched lazily page by page}
   *
   * @param query the query
   */
  PageIterable<Booking> list(BookingQuery query);

  /**
   * {@return the provider's booking with this external id, if there is one}
   *
   * @param externalId the external id
   */
  Optional<Booking> findByExternalId(String externalId);

  /**
   * Changes a booking; a state conflict (409) is a {@code ServiceTitanConflictException}.
   *
   * @param id the booking's id
   * @param update the fields to change
   * @return the changed booking
   */
  Booking update(long id, BookingUpdate update);

  /**
   * Dismisses a booking.
   *
   * @param id the booking
   * @param callReasonId the call reason (see reference data), or null
   * @param memo why, or null
   */
  void dismiss(long id, @Nullable Long callReasonId, @Nullable String memo);

  /**
   * {@return the contacts of one of this provider's bookings}
   *
   * @param bookingId the ServiceTitan booking's id
   */
  PageIterable<Contact> contacts(long bookingId);

  /**
   * Adds a contact to one of this provider's bookings.
   *
   * @param bookingId the ServiceTitan booking's id
   * @param contact the contact
   * @return the added contact
   */
  Contact addContact(long bookingId, Contact contact);

  /**
   * {@return bookings of all providers of the tenant matching the query}
   *
   * @param query the query
   */
  PageIterable<Booking> listTenantWide(BookingQuery query);

  /**
   * Reads any booking of the tenant, whichever provider created it.
   *
   * @param id the booking's id
   * @return the booking
   */
  Booking getTenantWide(long id);

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
  PageIterable<Booking> export(@Nullable String from);

  /**
   * {@return the bookings export feed from {@code from}, decoded record by record: each record is an {@link
   * ExportEntry.Parsed}, or an {@link ExportEntry.Malformed} (raw JSON, id when readable, JSON path and
   * problem) when it does not fit the model, while the rest of the page goes on and {@link
   * PageIterable#resumeToken()} still advances}
   *
   * @param from a persisted {@code continueFrom} token, a date, or {@code null} for the start of the feed
   */
  PageIterable<ExportEntry<Booking>> exportEntries(@Nullable String from);
}
