package io.workbridge.servicechannel.internal;

import com.squareup.moshi.Json;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Wire shapes of ServiceChannel JSON, as records read by Moshi. Scalars whose JSON type varies in practice
 * (booleans or numbers sent as strings and the reverse) are typed {@code Object} and converted by {@link
 * Values}; dates are kept as text and resolved by {@link ScDates}.
 */
public final class Wire {
  private Wire() {}

  /** {@code WorkOrder}. */
  public record WorkOrder(
      @Json(name = "Id") @Nullable Long id,
      @Json(name = "Number") @Nullable String number,
      @Json(name = "PurchaseNumber") @Nullable String purchaseNumber,
      @Json(name = "Subscriber") @Nullable Company subscriber,
      @Json(name = "Provider") @Nullable Company provider,
      @Json(name = "Location") @Nullable Location location,
      @Json(name = "LocationId") @Nullable Long locationId,
      @Json(name = "Status") @Nullable Status status,
      @Json(name = "Caller") @Nullable String caller,
      @Json(name = "Priority") @Nullable String priority,
      @Json(name = "Trade") @Nullable String trade,
      @Json(name = "TradeId") @Nullable Long tradeId,
      @Json(name = "Category") @Nullable String category,
      @Json(name = "CategoryId") @Nullable Long categoryId,
      @Json(name = "Description") @Nullable String description,
      @Json(name = "Resolution") @Nullable String resolution,
      @Json(name = "Nte") @Nullable Object nte,
      @Json(name = "Currency") @Nullable Currency currency,
      @Json(name = "CurrencyAlphabeticalCode") @Nullable String currencyAlphabeticalCode,
      @Json(name = "CallDate") @Nullable String callDate,
      @Json(name = "CallDate_DTO") @Nullable String callDateDto,
      @Json(name = "ScheduledDate") @Nullable String scheduledDate,
      @Json(name = "ScheduledDate_DTO") @Nullable String scheduledDateDto,
      @Json(name = "CompletedDate") @Nullable String completedDate,
      @Json(name = "CompletedDate_DTO") @Nullable String completedDateDto,
      @Json(name = "ExpirationDate") @Nullable String expirationDate,
      @Json(name = "ExpirationDate_DTO") @Nullable String expirationDateDto,
      @Json(name = "CreatedDate") @Nullable String createdDate,
      @Json(name = "CreatedDate_DTO") @Nullable String createdDateDto,
      @Json(name = "UpdatedDate") @Nullable String updatedDate,
      @Json(name = "UpdatedDate_DTO") @Nullable String updatedDateDto,
      @Json(name = "IsInvoiced") @Nullable Object isInvoiced,
      @Json(name = "IsCheckInDenied") @Nullable Object isCheckInDenied,
      @Json(name = "CheckInDeniedReason") @Nullable String checkInDeniedReason,
      @Json(name = "Notes") @Nullable NotesDescriptor notes,
      @Json(name = "Attachments") @Nullable AttachmentsDescriptor attachments) {}

  /** {@code NotesDescriptor}: the work order's note counts and newest note. */
  public record NotesDescriptor(
      @Json(name = "Count") @Nullable Count count, @Json(name = "Last") @Nullable Note last) {}

  /** {@code AttachmentsDescriptor}: the work order's attachment counts. */
  public record AttachmentsDescriptor(@Json(name = "Count") @Nullable Count count) {}

  /** {@code {Own, Total}}. */
  public record Count(@Json(name = "Own") @Nullable Object own, @Json(name = "Total") @Nullable Object total) {}

  /** {@code Subscriber} / {@code Provider} (only the fields the client reads). */
  public record Company(
      @Json(name = "Id") @Nullable Long id, @Json(name = "Name") @Nullable String name) {}

  /** {@code Location} (embedded in a work order) and {@code LocationWithTimezoneName} ({@code GET /locations/{id}}). */
  public record Location(
      @Json(name = "Id") @Nullable Long id,
      @Json(name = "SubscriberId") @Nullable Long subscriberId,
      @Json(name = "StoreId") @Nullable String storeId,
      @Json(name = "Name") @Nullable String name,
      @Json(name = "Region") @Nullable String region,
      @Json(name = "District") @Nullable String district,
      @Json(name = "Address1") @Nullable String address1,
      @Json(name = "Address2") @Nullable String address2,
      @Json(name = "City") @Nullable String city,
      @Json(name = "State") @Nullable String state,
      @Json(name = "Zip") @Nullable String zip,
      @Json(name = "Country") @Nullable String country,
      @Json(name = "Latitude") @Nullable Object latitude,
      @Json(name = "Longitude") @Nullable Object longitude,
      @Json(name = "Radius") @Nullable Object radius,
      @Json(name = "Phone") @Nullable String phone,
      @Json(name = "TimeZoneIanaName") @Nullable String timeZoneIanaName,
      @Json(name = "TimezoneName") @Nullable String timezoneName) {}

  /** {@code GetGPSRadiusResponse}. */
  public record GpsRadius(
      @Json(name = "WorkorderId") @Nullable Long workOrderId,
      @Json(name = "LocationID") @Nullable Long locationId,
      @Json(name = "LocLatitude") @Nullable Object latitude,
      @Json(name = "LocLongitude") @Nullable Object longitude,
      @Json(name = "GPSRadius") @Nullable Object radius) {}

  /** {@code ODataInvoice} (the fields the client reads). */
  public record Invoice(
      @Json(name = "Id") @Nullable Long id,
      @Json(name = "Number") @Nullable String number,
      @Json(name = "Status") @Nullable String status,
      @Json(name = "WoTrackingNumber") @Nullable Long workOrderId,
      @Json(name = "InvoiceTotal") @Nullable Object total,
      @Json(name = "InvoiceTax") @Nullable Object tax,
      @Json(name = "InvoiceBalance") @Nullable Object balance,
      @Json(name = "Currency") @Nullable Currency currency,
      @Json(name = "InvoiceDate") @Nullable String invoiceDate,
      @Json(name = "PostedDate") @Nullable String postedDate,
      @Json(name = "ApprovedDate") @Nullable String approvedDate,
      @Json(name = "PaidDate") @Nullable String paidDate,
      @Json(name = "UpdatedDate") @Nullable String updatedDate) {}

  /** {@code WorkorderStatusDescriptor}. */
  public record Status(
      @Json(name = "Primary") @Nullable String primary,
      @Json(name = "Extended") @Nullable String extended) {}

  /** {@code Currency}. */
  public record Currency(@Json(name = "AlphabeticalCode") @Nullable String alphabeticalCode) {}

  /** The OData collection envelope {@code {"value": […], "@odata.count": n}}. */
  public record ODataList<T>(
      @Json(name = "value") @Nullable List<T> value,
      @Json(name = "@odata.count") @Nullable Long count) {}

  /** {@code GetStatusResponse}. */
  public record StatusEntry(
      @Json(name = "Id") @Nullable String id,
      @Json(name = "Name") @Nullable String name,
      @Json(name = "Extended") @Nullable List<String> extended,
      @Json(name = "ExtendedStatuses") @Nullable List<ExtendedStatus> extendedStatuses) {}

  /** {@code WorkorderExtendedStatus}. */
  public record ExtendedStatus(
      @Json(name = "Id") @Nullable Long id, @Json(name = "Name") @Nullable String name) {}

  /** {@code ChangeWoStatusRequestExt}. */
  public record StatusChangeRequest(
      @Json(name = "Status") Status status,
      @Json(name = "Note") @Nullable String note,
      @Json(name = "Actor") @Nullable String actor) {}

  /** {@code ChangeWorkOrderStatusResponse}. */
  public record StatusChangeResponse(
      @Json(name = "result") @Nullable String result, @Json(name = "id") @Nullable Long id) {}

  /** {@code AcceptWorkOrderRequest}. */
  public record AcceptRequest(@Json(name = "Note") @Nullable String note) {}

  /** {@code DeclineWorkOrderRequest}. */
  public record DeclineRequest(
      @Json(name = "DeclineReasonId") @Nullable Integer declineReasonId,
      @Json(name = "CustomDeclineReason") @Nullable String customDeclineReason,
      @Json(name = "Note") @Nullable String note) {}

  /** {@code GetNotesResponse}. */
  public record NotesResponse(
      @Json(name = "Notes") @Nullable List<Note> notes,
      @Json(name = "AllNotesCount") @Nullable Long allNotesCount) {}

  /** {@code NoteResponse}. */
  public record Note(
      @Json(name = "Id") @Nullable Long id,
      @Json(name = "Number") @Nullable Integer number,
      @Json(name = "NoteData") @Nullable String noteData,
      @Json(name = "DateCreated") @Nullable String dateCreated,
      @Json(name = "DateCreated_DTO") @Nullable String dateCreatedDto,
      @Json(name = "ActionRequired") @Nullable Object actionRequired,
      @Json(name = "MailedTo") @Nullable String mailedTo,
      @Json(name = "CreatedBy") @Nullable String createdBy,
      @Json(name = "CompanyName") @Nullable String companyName,
      @Json(name = "Visibility") @Nullable Object visibility,
      @Json(name = "NoteType") @Nullable String noteType) {}

  /** {@code CreateWoNoteRequest}. */
  public record NewNote(
      @Json(name = "Note") String note,
      @Json(name = "MailedTo") @Nullable String mailedTo,
      @Json(name = "ActionRequired") boolean actionRequired,
      @Json(name = "Visibility") @Nullable Integer visibility,
      @Json(name = "Actor") @Nullable String actor) {}
}
