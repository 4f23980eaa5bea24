package io.workbridge.servicetitan.internal;

import static io.workbridge.servicetitan.internal.Mapping.list;
import static io.workbridge.servicetitan.internal.Mapping.nullIfEmpty;
import static io.workbridge.servicetitan.internal.Mapping.optionalLong;
import static io.workbridge.servicetitan.internal.Mapping.orEmpty;
import static io.workbridge.servicetitan.internal.Mapping.orNull;

import io.workbridge.servicetitan.internal.CrmWire.AddressDto;
import io.workbridge.servicetitan.internal.CrmWire.BookingDto;
import io.workbridge.servicetitan.internal.CrmWire.ContactDto;
import io.workbridge.servicetitan.internal.CrmWire.CreateBookingDto;
import io.workbridge.servicetitan.internal.CrmWire.CreateCustomerDto;
import io.workbridge.servicetitan.internal.CrmWire.CustomFieldDto;
import io.workbridge.servicetitan.internal.CrmWire.CustomerDto;
import io.workbridge.servicetitan.internal.CrmWire.ExternalDataDto;
import io.workbridge.servicetitan.internal.CrmWire.ExternalDataRequestDto;
import io.workbridge.servicetitan.internal.CrmWire.LocationDto;
import io.workbridge.servicetitan.internal.CrmWire.NewLocationDto;
import io.workbridge.servicetitan.internal.CrmWire.UpdateBookingDto;
import io.workbridge.servicetitan.internal.CrmWire.UpdateCustomerDto;
import io.workbridge.servicetitan.internal.CrmWire.UpdateLocationDto;
import io.workbridge.servicetitan.model.Address;
import io.workbridge.servicetitan.model.Booking;
import io.workbridge.servicetitan.model.BookingStatus;
import io.workbridge.servicetitan.model.BookingUpdate;
import io.workbridge.servicetitan.model.Contact;
import io.workbridge.servicetitan.model.ContactType;
import io.workbridge.servicetitan.model.CustomField;
import io.workbridge.servicetitan.model.Customer;
import io.workbridge.servicetitan.model.CustomerType;
import io.workbridge.servicetitan.model.CustomerUpdate;
import io.workbridge.servicetitan.model.ExternalDataEntry;
import io.workbridge.servicetitan.model.ExternalPatchMode;
import io.workbridge.servicetitan.model.Location;
import io.workbridge.servicetitan.model.LocationUpdate;
import io.workbridge.servicetitan.model.NewBooking;
import io.workbridge.servicetitan.model.NewCustomer;
import io.workbridge.servicetitan.model.NewLocation;
import io.workbridge.servicetitan.model.Priority;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Maps CRM wire records to models and requests to wire records. */
public final class CrmMapping {
  private CrmMapping() {}

  /** A wire address as a model. */
  public static Address address(AddressDto dto) {
    return Address.builder()
        .street(dto.street())
        .unit(Optional.ofNullable(dto.unit()))
        .city(dto.city())
        .state(dto.state())
        .zip(dto.zip())
        .country(dto.country())
        .latitude(Optional.ofNullable(dto.latitude()))
        .longitude(Optional.ofNullable(dto.longitude()))
        .build();
  }

  /** A model address on the wire. */
  public static AddressDto address(Address address) {
    return new AddressDto(
        address.street(),
        orNull(address.unit()),
        address.city(),
        address.state(),
        address.zip(),
        address.country(),
        orNull(address.latitude()),
        orNull(address.longitude()));
  }

  /** A wire contact as a model. */
  public static Contact contact(ContactDto dto) {
    return Contact.builder()
        .id(optionalLong(dto.id()))
        .type(ContactType.fromWire(dto.type()))
        .value(dto.value())
        .memo(Optional.ofNullable(dto.memo()))
        .build();
  }

  /** A model contact on the wire (for creation). */
  public static ContactDto contact(Contact contact) {
    return new ContactDto(null, contact.type().wireName(), contact.value(), orNull(contact.memo()), null);
  }

  /** A wire custom field as a model. */
  public static CustomField customField(CustomFieldDto dto) {
    return CustomField.builder()
        .typeId(dto.typeId())
        .name(Optional.ofNullable(dto.name()))
        .value(Optional.ofNullable(dto.value()))
        .build();
  }

  /** A model custom field on the wire (type id and value). */
  public static CustomFieldDto customField(CustomField field) {
    return new CustomFieldDto(field.typeId(), null, orNull(field.value()));
  }

  /** A wire external data entry as a model. */
  public static ExternalDataEntry externalEntry(ExternalDataDto dto) {
    return ExternalDataEntry.of(dto.key(), dto.value());
  }

  /** External data for a create or update, or null when there is none. */
  public static @Nullable ExternalDataRequestDto externalData(
      @Nullable List<ExternalDataEntry> entries,
      @Nullable ExternalPatchMode mode,
      @Nullable String applicationGuid) {
    if (entries == null || (entries.isEmpty() && mode == null)) {
      return null;
    }
    if (applicationGuid == null) {
      throw new IllegalStateException(
          "externalData needs the application GUID: set applicationGuid on the ServiceTitanClient builder");
    }
    return new ExternalDataRequestDto(
        applicationGuid,
        entries.stream().map(e -> new ExternalDataDto(e.key(), e.value())).toList(),
        mode == null ? null : mode.wireName());
  }

  /** A wire booking as a model. */
  public static Booking booking(BookingDto dto) {
    return Booking.builder()
        .id(dto.id())
        .source(dto.source())
        .name(dto.name())
        .address(Optional.ofNullable(dto.address()).map(CrmMapping::address))
        .customerType(Optional.ofNullable(dto.customerType()).map(CustomerType::fromWire))
        .start(Optional.ofNullable(dto.start()))
        .summary(Optional.ofNullable(dto.summary()))
        .campaignId(optionalLong(dto.campaignId()))
        .businessUnitId(optionalLong(dto.businessUnitId()))
        .jobTypeId(optionalLong(dto.jobTypeId()))
        .priority(Optional.ofNullable(dto.priority()).map(Priority::fromWire))
        .isFirstTimeClient(Optional.ofNullable(dto.isFirstTimeClient()))
        .status(BookingStatus.fromWire(dto.status()))
        .dismissingReasonId(optionalLong(dto.dismissingReasonId()))
        .jobId(optionalLong(dto.jobId()))
        .externalId(dto.externalId())
        .bookingProviderId(dto.bookingProviderId())
        .createdOn(dto.createdOn())
        .modifiedOn(dto.modifiedOn())
        .active(dto.active() == null || dto.active())
        .build();
  }

  /** A new booking on the wire. */
  public static CreateBookingDto newBooking(NewBooking booking) {
    return new CreateBookingDto(
        booking.source(),
        booking.name(),
        booking.address().map(CrmMapping::address).orElse(null),
        nullIfEmpty(list(booking.contacts(), CrmMapping::contact)),
        booking.customerType().map(CustomerType::wireName).orElse(null),
        orNull(booking.start()),
        booking.summary(),
        orNull(booking.campaignId()),
        orNull(booking.businessUnitId()),
        orNull(booking.jobTypeId()),
        booking.priority().map(Priority::wireName).orElse(null),
        booking.isFirstTimeClient(),
        orNull(booking.isSendConfirmationEmail()),
        booking.externalId());
  }

  /** A booking update on the wire. */
  public static UpdateBookingDto bookingUpdate(BookingUpdate update) {
    return new UpdateBookingDto(
        orNull(update.source()),
        orNull(update.name()),
        update.address().map(CrmMapping::address).orElse(null),
        update.customerType().map(CustomerType::wireName).orElse(null),
        orNull(update.start()),
        orNull(update.summary()),
        orNull(update.campaignId()),
        orNull(update.businessUnitId()),
        orNull(update.jobTypeId()),
        update.priority().map(Priority::wireName).orElse(null),
        orNull(update.isFirstTimeClient()),
        orNull(update.externalId()));
  }

  /** A wire customer as a model. */
  public static Customer customer(CustomerDto dto) {
    return Customer.builder()
        .id(dto.id())
        .active(dto.active() == null || dto.active())
        .name(dto.name())
        .type(CustomerType.fromWire(dto.type()))
        .address(Optional.ofNullable(dto.address()).map(CrmMapping::address))
        .balance(Optional.ofNullable(dto.balance()))
        .customFields(list(dto.customFields(), CrmMapping::customField))
        .tagTypeIds(orEmpty(dto.tagTypeIds()))
        .doNotMail(Boolean.TRUE.equals(dto.doNotMail()))
        .doNotService(Boolean.TRUE.equals(dto.doNotService()))
        .externalData(list(dto.externalData(), CrmMapping::externalEntry))
        .mergedToId(optionalLong(dto.mergedToId()))
        .createdOn(dto.createdOn())
        .modifiedOn(dto.modifiedOn())
        .locations(list(dto.locations(), CrmMapping::location))
        .contacts(list(dto.contacts(), CrmMapping::contact))
        .build();
  }

  /** A new customer on the wire. */
  public static CreateCustomerDto newCustomer(NewCustomer customer, @Nullable String applicationGuid) {
    return new CreateCustomerDto(
        customer.name(),
        customer.type().map(CustomerType::wireName).orElse(null),
        orNull(customer.doNotMail()),
        orNull(customer.doNotService()),
        list(customer.locations(), location -> newLocation(location, applicationGuid, false)),
        address(customer.address()),
        nullIfEmpty(list(customer.contacts(), CrmMapping::contact)),
        nullIfEmpty(list(customer.customFields(), CrmMapping::customField)),
        nullIfEmpty(customer.tagTypeIds()),
        externalData(customer.externalData(), null, applicationGuid));
  }

  /** A customer update on the wire. */
  public static UpdateCustomerDto customerUpdate(CustomerUpdate update, @Nullable String applicationGuid) {
    return new UpdateCustomerDto(
        orNull(update.name()),
        update.type().map(CustomerType::wireName).orElse(null),
        update.address().map(CrmMapping::address).orElse(null),
        update.customFields().map(fields -> list(fields, CrmMapping::customField)).orElse(null),
        externalData(orNull(update.externalData()), orNull(update.externalDataPatchMode()), applicationGuid),
        orNull(update.doNotMail()),
        orNull(update.doNotService()),
        orNull(update.active()),
        orNull(update.tagTypeIds()));
  }

  /** A wire location as a model. */
  public static Location location(LocationDto dto) {
    return Location.builder()
        .id(dto.id())
        .customerId(dto.customerId())
        .active(dto.active() == null || dto.active())
        .name(dto.name())
        .address(Optional.ofNullable(dto.address()).map(CrmMapping::address))
        .customFields(list(dto.customFields(), CrmMapping::customField))
        .tagTypeIds(orEmpty(dto.tagTypeIds()))
        .externalData(list(dto.externalData(), CrmMapping::externalEntry))
        .zoneId(optionalLong(dto.zoneId()))
        .taxZoneId(optionalLong(dto.taxZoneId()))
        .mergedToId(optionalLong(dto.mergedToId()))
        .contacts(list(dto.contacts(), CrmMapping::contact))
        .createdOn(dto.createdOn())
        .modifiedOn(dto.modifiedOn())
        .build();
  }

  /**
   * A new location on the wire.
   *
   * @param withCustomer whether to send the customer id (a location created on its own needs it)
   */
  public static NewLocationDto newLocation(
      NewLocation location, @Nullable String applicationGuid, boolean withCustomer) {
    return new NewLocationDto(
        withCustomer ? orNull(location.customerId()) : null,
        location.name(),
        address(location.address()),
        nullIfEmpty(list(location.contacts(), CrmMapping::contact)),
        nullIfEmpty(list(location.customFields(), CrmMapping::customField)),
        nullIfEmpty(location.tagTypeIds()),
        externalData(location.externalData(), null, applicationGuid));
  }

  /** A location update on the wire. */
  public static UpdateLocationDto locationUpdate(LocationUpdate update, @Nullable String applicationGuid) {
    return new UpdateLocationDto(
        orNull(update.customerId()),
        orNull(update.name()),
        update.address().map(CrmMapping::address).orElse(null),
        orNull(update.active()),
        update.customFields().map(fields -> list(fields, CrmMapping::customField)).orElse(null),
        orNull(update.tagTypeIds()),
        externalData(orNull(update.externalData()), orNull(update.externalDataPatchMode()), applicationGuid));
  }
}
