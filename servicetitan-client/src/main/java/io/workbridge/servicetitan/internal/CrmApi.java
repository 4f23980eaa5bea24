package io.workbridge.servicetitan.internal;

import io.workbridge.client.http.Operation;
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

  @Operation("bookings.create")
  @POST("crm/v2/tenant/{tenant}/booking-provider/{provider}/bookings")
  BookingDto createBooking(
      @Path("tenant") long tenant, @Path("provider") long provider, @Body CreateBookingDto body);

  @Operation("bookings.get")
  @GET("crm/v2/tenant/{tenant}/booking-provider/{provider}/bookings/{id}")
  BookingDto getBooking(@Path("tenant") long tenant, @Path("provider") long provider, @Path("id") long id);

  @Operation("bookings.list")
  @GET("crm/v2/tenant/{tenant}/booking-provider/{provider}/bookings")
  PageDto<BookingDto> listBookings(
      @Path("tenant") long tenant,
      @Path("provider") long provider,
      @Query("page") int page,
      @Query("pageSize") int pageSize,
      @QueryMap Map<String, String> filters);

  @Operation("bookings.update")
  @PATCH("crm/v2/tenant/{tenant}/booking-provider/{provider}/bookings/{id}")
  BookingDto updateBooking(
      @Path("tenant") long tenant,
      @Path("provider") long provider,
      @Path("id") long id,
      @Body UpdateBookingDto body);

  @Operation("bookings.dismiss")
  @POST("crm/v2/tenant/{tenant}/booking-provider/{provider}/bookings/{id}/dismiss")
  @Nullable Void dismissBooking(
      @Path("tenant") long tenant,
      @Path("provider") long provider,
      @Path("id") long id,
      @Body DismissBookingDto body);

  @Operation("bookings.contacts.list")
  @GET("crm/v2/tenant/{tenant}/booking-provider/{provider}/bookings/{id}/contacts")
  PageDto<ContactDto> listBookingContacts(
      @Path("tenant") long tenant,
      @Path("provider") long provider,
      @Path("id") long id,
      @Query("page") int page,
      @Query("pageSize") int pageSize);

  @Operation("bookings.contacts.create")
  @POST("crm/v2/tenant/{tenant}/booking-provider/{provider}/bookings/{id}/contacts")
  ContactDto createBookingContact(
      @Path("tenant") long tenant,
      @Path("provider") long provider,
      @Path("id") long id,
      @Body ContactCreateDto body);

  @Operation("bookings.tenant.list")
  @GET("crm/v2/tenant/{tenant}/bookings")
  PageDto<BookingDto> listTenantBookings(
      @Path("tenant") long tenant,
      @Query("page") int page,
      @Query("pageSize") int pageSize,
      @QueryMap Map<String, String> filters);

  @Operation("bookings.tenant.get")
  @GET("crm/v2/tenant/{tenant}/bookings/{id}")
  BookingDto getTenantBooking(@Path("tenant") long tenant, @Path("id") long id);

  @Operation("bookings.export")
  @GET("crm/v2/tenant/{tenant}/export/bookings")
  ExportDto<BookingDto> exportBookings(
      @Path("tenant") long tenant, @Query("from") @Nullable String from, @QueryMap Map<String, String> options);

  @Operation("customers.create")
  @POST("crm/v2/tenant/{tenant}/customers")
  CustomerDto createCustomer(@Path("tenant") long tenant, @Body CreateCustomerDto body);

  @Operation("customers.get")
  @GET("crm/v2/tenant/{tenant}/customers/{id}")
  CustomerDto getCustomer(@Path("tenant") long tenant, @Path("id") long id);

  @Operation("customers.list")
  @GET("crm/v2/tenant/{tenant}/customers")
  PageDto<CustomerDto> listCustomers(
      @Path("tenant") long tenant,
      @Query("page") int page,
      @Query("pageSize") int pageSize,
      @QueryMap Map<String, String> filters);

  @Operation("customers.update")
  @PATCH("crm/v2/tenant/{tenant}/customers/{id}")
  CustomerDto updateCustomer(
      @Path("tenant") long tenant, @Path("id") long id, @Body UpdateCustomerDto body);

  @Operation("customers.export")
  @GET("crm/v2/tenant/{tenant}/export/customers")
  ExportDto<CustomerDto> exportCustomers(
      @Path("tenant") long tenant, @Query("from") @Nullable String from, @QueryMap Map<String, String> options);

  @Operation("locations.create")
  @POST("crm/v2/tenant/{tenant}/locations")
  LocationDto createLocation(@Path("tenant") long tenant, @Body NewLocationDto body);

  @Operation("locations.get")
  @GET("crm/v2/tenant/{tenant}/locations/{id}")
  LocationDto getLocation(@Path("tenant") long tenant, @Path("id") long id);

  @Operation("locations.list")
  @GET("crm/v2/tenant/{tenant}/locations")
  PageDto<LocationDto> listLocations(
      @Path("tenant") long tenant,
      @Query("page") int page,
      @Query("pageSize") int pageSize,
      @QueryMap Map<String, String> filters);

  @Operation("locations.update")
  @PATCH("crm/v2/tenant/{tenant}/locations/{id}")
  LocationDto updateLocation(
      @Path("tenant") long tenant, @Path("id") long id, @Body UpdateLocationDto body);

  @Operation("locations.export")
  @GET("crm/v2/tenant/{tenant}/export/locations")
  ExportDto<LocationDto> exportLocations(
      @Path("tenant") long tenant, @Query("from") @Nullable String from, @QueryMap Map<String, String> options);
}
