package io.workbridge.servicetitan.internal;

import io.workbridge.client.spi.http.Operation;
import io.workbridge.client.spi.json.Decoded;
import io.workbridge.servicetitan.internal.CrmWire.BookingDto;
import io.workbridge.servicetitan.internal.CrmWire.ContactCreateDto;
import io.workbridge.servicetitan.internal.CrmWire.ContactDto;
import io.workbridge.servicetitan.internal.CrmWire.CreateBookingDto;
import io.workbridge.servicetitan.internal.CrmWire.CreateCustomerDto;
import io.workbridge.servicetitan.internal.CrmWire.CustomerDto;
import io.workbridge.servicetitan.internal.CrmWire.DismissBookingDto;
import io.workbridge.servicetitan.internal.CrmWire.LocationDto;
import io.workbridge.servicetitan.internal.CrmWire.NewLocationDto;
import io.workbridge.servicetitan.internal.CrmWire.UpdateBookingDto;
import io.workbridge.servicetitan.internal.CrmWire.UpdateCustomerDto;
import io.workbridge.servicetitan.internal.CrmWire.UpdateLocationDto;
import io.workbridge.servicetitan.internal.Envelopes.ExportDto;
import io.workbridge.servicetitan.internal.Envelopes.PageDto;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/** CRM module ({@code crm/v2}): bookings, customers, locations. */
public interface CrmApi {

  /** The {@code bookings.create} operation. */
  @Operation("bookings.create")
  @POST("crm/v2/tenant/{tenant}/booking-provider/{provider}/bookings")
  BookingDto createBooking(
      @Path("tenant") long tenant, @Path("provider") long provider, @Body CreateBookingDto body);

  /** The {@code bookings.get} operation. */
  @Operation("bookings.get")
  @GET("crm/v2/tenant/{tenant}/booking-provider/{provider}/bookings/{id}")
  BookingDto getBooking(@Path("tenant") long tenant, @Path("provider") long provider, @Path("id") long id);

  /** The {@code bookings.list} operation. */
  @Operation("bookings.list")
  @GET("crm/v2/tenant/{tenant}/booking-provider/{provider}/bookings")
  PageDto<BookingDto> listBookings(
      @Path("tenant") long tenant,
      @Path("provider") long provider,
      @Query("page") int page,
      @Query("pageSize") int pageSize,
      @QueryMap Map<String, String> filters);

  /** The {@code bookings.update} operation. */
  @Operation("bookings.update")
  @PATCH("crm/v2/tenant/{tenant}/booking-provider/{provider}/bookings/{id}")
  BookingDto updateBooking(
      @Path("tenant") long tenant,
      @Path("provider") long provider,
      @Path("id") long id,
      @Body UpdateBookingDto body);

  /** The {@code bookings.dismiss} operation. */
  @Operation("bookings.dismiss")
  @POST("crm/v2/tenant/{tenant}/booking-provider/{provider}/bookings/{id}/dismiss")
  @Nullable Void dismissBooking(
      @Path("tenant") long tenant,
      @Path("provider") long provider,
      @Path("id") long id,
      @Body DismissBookingDto body);

  /** The {@code bookings.contacts.list} operation. */
  @Operation("bookings.contacts.list")
  @GET("crm/v2/tenant/{tenant}/booking-provider/{provider}/bookings/{id}/contacts")
  PageDto<ContactDto> listBookingContacts(
      @Path("tenant") long tenant,
      @Path("provider") long provider,
      @Path("id") long id,
      @Query("page") int page,
      @Query("pageSize") int pageSize);

  /** The {@code bookings.contacts.create} operation. */
  @Operation("bookings.contacts.create")
  @POST("crm/v2/tenant/{tenant}/booking-provider/{provider}/bookings/{id}/contacts")
  ContactDto createBookingContact(
      @Path("tenant") long tenant,
      @Path("provider") long provider,
      @Path("id") long id,
      @Body ContactCreateDto body);

  /** The {@code bookings.tenant.list} operation. */
  @Operation("bookings.tenant.list")
  @GET("crm/v2/tenant/{tenant}/bookings")
  PageDto<BookingDto> listTenantBookings(
      @Path("tenant") long tenant,
      @Query("page") int page,
      @Query("pageSize") int pageSize,
      @QueryMap Map<String, String> filters);

  /** The {@code bookings.tenant.get} operation. */
  @Operation("bookings.tenant.get")
  @GET("crm/v2/tenant/{tenant}/bookings/{id}")
  BookingDto getTenantBooking(@Path("tenant") long tenant, @Path("id") long id);

  /** The {@code bookings.export} operation. */
  @Operation("bookings.export")
  @GET("crm/v2/tenant/{tenant}/export/bookings")
  ExportDto<Decoded<BookingDto>> exportBookings(
      @Path("tenant") long tenant, @Query("from") @Nullable String from, @QueryMap Map<String, String> options);

  /** The {@code customers.create} operation. */
  @Operation("customers.create")
  @POST("crm/v2/tenant/{tenant}/customers")
  CustomerDto createCustomer(@Path("tenant") long tenant, @Body CreateCustomerDto body);

  /** The {@code customers.get} operation. */
  @Operation("customers.get")
  @GET("crm/v2/tenant/{tenant}/customers/{id}")
  CustomerDto getCustomer(@Path("tenant") long tenant, @Path("id") long id);

  /** The {@code customers.list} operation. */
  @Operation("customers.list")
  @GET("crm/v2/tenant/{tenant}/customers")
  PageDto<CustomerDto> listCustomers(
      @Path("tenant") long tenant,
      @Query("page") int page,
      @Query("pageSize") int pageSize,
      @QueryMap Map<String, String> filters);

  /** The {@code customers.update} operation. */
  @Operation("customers.update")
  @PATCH("crm/v2/tenant/{tenant}/customers/{id}")
  CustomerDto updateCustomer(
      @Path("tenant") long tenant, @Path("id") long id, @Body UpdateCustomerDto body);

  /** The {@code customers.export} operation. */
  @Operation("customers.export")
  @GET("crm/v2/tenant/{tenant}/export/customers")
  ExportDto<CustomerDto> exportCustomers(
      @Path("tenant") long tenant, @Query("from") @Nullable String from, @QueryMap Map<String, String> options);

  /** The {@code locations.create} operation. */
  @Operation("locations.create")
  @POST("crm/v2/tenant/{tenant}/locations")
  LocationDto createLocation(@Path("tenant") long tenant, @Body NewLocationDto body);

  /** The {@code locations.get} operation. */
  @Operation("locations.get")
  @GET("crm/v2/tenant/{tenant}/locations/{id}")
  LocationDto getLocation(@Path("tenant") long tenant, @Path("id") long id);

  /** The {@code locations.list} operation. */
  @Operation("locations.list")
  @GET("crm/v2/tenant/{tenant}/locations")
  PageDto<LocationDto> listLocations(
      @Path("tenant") long tenant,
      @Query("page") int page,
      @Query("pageSize") int pageSize,
      @QueryMap Map<String, String> filters);

  /** The {@code locations.update} operation. */
  @Operation("locations.update")
  @PATCH("crm/v2/tenant/{tenant}/locations/{id}")
  LocationDto updateLocation(
      @Path("tenant") long tenant, @Path("id") long id, @Body UpdateLocationDto body);

  /** The {@code locations.export} operation. */
  @Operation("locations.export")
  @GET("crm/v2/tenant/{tenant}/export/locations")
  ExportDto<LocationDto> exportLocations(
      @Path("tenant") long tenant, @Query("from") @Nullable String from, @QueryMap Map<String, String> options);
}
