package io.workbridge.servicetitan.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Wire records of the CRM module (bookings, customers, locations, contacts, leads), as in the spec. */
public final class CrmWire {
  private CrmWire() {}

  /** {@code Crm.V2.AddressModel} / {@code Crm.V2.Customers.CustomerAddress}. */
  public record AddressDto(
      @Nullable String street,
      @Nullable String unit,
      @Nullable String city,
      @Nullable String state,
      @Nullable String zip,
      @Nullable String country,
      @Nullable Double latitude,
      @Nullable Double longitude) {}

  /** Contact of a booking, customer or location. */
  public record ContactDto(
      @Nullable Long id,
      @Nullable String type,
      @Nullable String value,
      @Nullable String memo,
      @Nullable Instant modifiedOn) {}

  /** Custom field value. */
  public record CustomFieldDto(@Nullable Long typeId, @Nullable String name, @Nullable String value) {}

  /** One external data key/value. */
  public record ExternalDataDto(@Nullable String key, @Nullable String value) {}

  /** External data create/update request. */
  public record ExternalDataRequestDto(
      String applicationGuid, List<ExternalDataDto> externalData, @Nullable String patchMode) {}

  /** {@code Crm.V2.BookingResponse} and its export variant. */
  public record BookingDto(
      @Nullable Long id,
      @Nullable String source,
      @Nullable String name,
      @Nullable AddressDto address,
      @Nullable String customerType,
      @Nullable Instant start,
      @Nullable String summary,
      @Nullable Long campaignId,
      @Nullable Long businessUnitId,
      @Nullable Long jobTypeId,
      @Nullable String priority,
      @Nullable Boolean isFirstTimeClient,
      @Nullable String status,
      @Nullable Long dismissingReasonId,
      @Nullable Long jobId,
      @Nullable String externalId,
      @Nullable Long bookingProviderId,
      @Nullable Instant createdOn,
      @Nullable Instant modifiedOn,
      @Nullable Boolean active) {}

  /** {@code Crm.V2.CreateBookingRequest}. */
  public record CreateBookingDto(
      String source,
      String name,
      @Nullable AddressDto address,
      @Nullable List<ContactDto> contacts,
      @Nullable String customerType,
      @Nullable Instant start,
      String summary,
      @Nullable Long campaignId,
      @Nullable Long businessUnitId,
      @Nullable Long jobTypeId,
      @Nullable String priority,
      boolean isFirstTimeClient,
      @Nullable Boolean isSendConfirmationEmail,
      String externalId) {}

  /** {@code Crm.V2.UpdateBookingRequest}. */
  public record UpdateBookingDto(
      @Nullable String source,
      @Nullable String name,
      @Nullable AddressDto address,
      @Nullable String customerType,
      @Nullable Instant start,
      @Nullable String summary,
      @Nullable Long campaignId,
      @Nullable Long businessUnitId,
      @Nullable Long jobTypeId,
      @Nullable String priority,
      @Nullable Boolean isFirstTimeClient,
      @Nullable String externalId) {}

  /** {@code Crm.V2.DismissBookingModel}. */
  public record DismissBookingDto(@Nullable Long callReasonId, @Nullable String dismissingMemo) {}

  /** {@code Crm.V2.ContactCreateRequest}. */
  public record ContactCreateDto(String type, String value, @Nullable String memo) {}

  /** Customer response (get, list, export, create). */
  public record CustomerDto(
      @Nullable Long id,
      @Nullable Boolean active,
      @Nullable String name,
      @Nullable String type,
      @Nullable AddressDto address,
      @Nullable BigDecimal balance,
      @Nullable List<CustomFieldDto> customFields,
      @Nullable List<Long> tagTypeIds,
      @Nullable Boolean doNotMail,
      @Nullable Boolean doNotService,
      @Nullable List<ExternalDataDto> externalData,
      @Nullable Long mergedToId,
      @Nullable Instant createdOn,
      @Nullable Instant modifiedOn,
      @Nullable List<LocationDto> locations,
      @Nullable List<ContactDto> contacts) {}

  /** {@code Crm.V2.Customers.CreateCustomerRequest}. */
  public record CreateCustomerDto(
      String name,
      @Nullable String type,
      @Nullable Boolean doNotMail,
      @Nullable Boolean doNotService,
      List<NewLocationDto> locations,
      AddressDto address,
      @Nullable List<ContactDto> contacts,
      @Nullable List<CustomFieldDto> customFields,
      @Nullable List<Long> tagTypeIds,
      @Nullable ExternalDataRequestDto externalData) {}

  /** {@code Crm.V2.Customers.UpdateCustomerRequest}. */
  public record UpdateCustomerDto(
      @Nullable String name,
      @Nullable String type,
      @Nullable AddressDto address,
      @Nullable List<CustomFieldDto> customFields,
      @Nullable ExternalDataRequestDto externalData,
      @Nullable Boolean doNotMail,
      @Nullable Boolean doNotService,
      @Nullable Boolean active,
      @Nullable List<Long> tagTypeIds) {}

  /** Location response (get, list, export, create). */
  public record LocationDto(
      @Nullable Long id,
      @Nullable Long customerId,
      @Nullable Boolean active,
      @Nullable String name,
      @Nullable AddressDto address,
      @Nullable List<CustomFieldDto> customFields,
      @Nullable List<Long> tagTypeIds,
      @Nullable List<ExternalDataDto> externalData,
      @Nullable Long zoneId,
      @Nullable Long taxZoneId,
      @Nullable Long mergedToId,
      @Nullable List<ContactDto> contacts,
      @Nullable Instant createdOn,
      @Nullable Instant modifiedOn) {}

  /** {@code Crm.V2.Locations.CreateLocationRequest} and {@code Crm.V2.Customers.NewLocation}. */
  public record NewLocationDto(
      @Nullable Long customerId,
      String name,
      AddressDto address,
      @Nullable List<ContactDto> contacts,
      @Nullable List<CustomFieldDto> customFields,
      @Nullable List<Long> tagTypeIds,
      @Nullable ExternalDataRequestDto externalData) {}

  /** {@code Crm.V2.Locations.UpdateLocationRequest}. */
  public record UpdateLocationDto(
      @Nullable Long customerId,
      @Nullable String name,
      @Nullable AddressDto address,
      @Nullable Boolean active,
      @Nullable List<CustomFieldDto> customFields,
      @Nullable List<Long> tagTypeIds,
      @Nullable ExternalDataRequestDto externalData) {}
}
