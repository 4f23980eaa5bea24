package io.workbridge.testkit.servicechannel;

import io.workbridge.testkit.Json;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The simulator's records in the shapes live ServiceChannel answers with (reference §4.8): a work order with a
 * sparse embedded location, wall-clock scheduled and expiration dates, note and attachment counts; the full
 * location of {@code GET /locations/{id}}; notes, invoices, and the thin webhook reference.
 */
final class ScViews {
  private static final ZoneId EASTERN = ZoneId.of("America/New_York");

  private ScViews() {}

  /**
   * A work order as {@code GET /workorders/{id}} (rest) or an OData row shows it. REST sends {@code LocationId}
   * 0 and the provider; OData sends the location id and the provider only when expanded.
   */
  static Map<String, @Nullable Object> workOrder(
      ScState.WorkOrder wo,
      SubscriberSetup subscriber,
      ScState.Location location,
      Instant now,
      boolean rest,
      boolean withProvider) {
    Map<String, @Nullable Object> json = new LinkedHashMap<>();
    json.put("Id", wo.id);
    json.put("Number", wo.number);
    json.put("PurchaseNumber", wo.purchaseNumber);
    json.put(
        "Subscriber",
        Json.obj("Id", subscriber.id(), "Name", subscriber.name(), "ShortName", shortName(subscriber.name()),
            "IsOutsourcedWorkOn", false));
    if (withProvider) {
      json.put("Provider", provider());
    }
    json.put("Location", embeddedLocation(location, now));
    json.put("LocationId", rest ? 0L : wo.locationId); // REST really sends 0; Location.Id is the one to read
    json.put(
        "Status",
        Json.obj("Primary", wo.primary, "Extended", wo.extended, "CanCreateInvoice", billable(wo) && !wo.invoiced));
    json.put("Caller", wo.caller);
    json.put("CallerId", 7_710_031L);
    json.put("CreatedBy", subscriber.userName());
    json.put("CallDate", ScDateFormat.utc(wo.callDate));
    json.put("CallDate_DTO", ScDateFormat.dto(wo.callDate, location.zone));
    json.put("ScheduledDate", ScDateFormat.wallClockAsUtc(wo.scheduledLocal));
    json.put("ScheduledDate_DTO", ScDateFormat.wallClockAsUtcDto(wo.scheduledLocal));
    if (wo.completedDate != null) {
      json.put("CompletedDate", ScDateFormat.utc(wo.completedDate));
      json.put("CompletedDate_DTO", ScDateFormat.dto(wo.completedDate, location.zone));
    }
    json.put("ExpirationDate", ScDateFormat.wallClockAsUtc(wo.expirationLocal));
    json.put("ExpirationDate_DTO", ScDateFormat.wallClockAsUtcDto(wo.expirationLocal));
    json.put("UpdatedDate", ScDateFormat.utc(wo.updatedDate));
    json.put("UpdatedDate_DTO", ScDateFormat.dto(wo.updatedDate, location.zone));
    json.put("Priority", wo.priority);
    json.put("Trade", wo.trade);
    json.put("Category", wo.category);
    json.put("CategoryId", wo.categoryId);
    json.put("Description", wo.description);
    json.put("ProblemCode", "");
    json.put("Resolution", wo.resolution);
    json.put("Nte", wo.nte.doubleValue());
    json.put("Currency", Json.obj("AlphabeticalCode", wo.currency, "Id", 1L, "Rate", 0.0));
    json.put("Source", "Web");
    json.put("Labels", List.of());
    json.put("IssueTicketInfo", null);
    json.put("CheckInRange", 0L);
    json.put("IsCheckInDenied", subscriber.ivrOnly());
    json.put(
        "CheckInDeniedReason", subscriber.ivrOnly() ? "Client not participating in GPS check-in. Please use IVR." : "");
    json.put("IsExpired", wo.expirationLocal != null && wo.expirationLocal.atZone(location.zone).toInstant().isBefore(now));
    json.put("IsInvoiced", wo.invoiced);
    json.put("HasWorkActivity", !wo.activities.isEmpty());
    json.put("IsEnabledForMobile", true);
    json.put("AutoInvoice", false);
    json.put("AutoComplete", false);
    json.put("ApprovalCode", "");
    json.put("AssetCount", 0L);
    json.put("PostedId", 0L);
    json.put("Notes", notesDescriptor(wo));
    json.put("Attachments", Json.obj("Count", Json.obj(
        "Own", wo.attachments.stream().filter(a -> a.byProvider).count(), "Total", (long) wo.attachments.size())));
    return json;
  }

  /** The provider as work orders embed it. */
  static Map<String, @Nullable Object> provider() {
    return Json.obj(
        "DoNotDispatch", false,
        "Id", ServiceChannelSimulator.PROVIDER_ID,
        "IsInternal", false,
        "IsOnOffShoreFeatureEnabled", false,
        "Name", ServiceChannelSimulator.PROVIDER_NAME,
        "Phone", "5185550199");
  }

  /** The sparse location a work order embeds: no address, coordinates, radius or time zone. */
  static Map<String, @Nullable Object> embeddedLocation(ScState.Location location, Instant now) {
    return Json.obj(
        "AddressTypeId", 0L,
        "District", location.district,
        "Id", location.id,
        "IsInternational", false,
        "Name", location.name,
        "Notes", List.of(),
        "Region", location.region,
        "StoreId", location.storeId,
        "SubscriberId", location.subscriberId,
        "TimeShiftToEST", timeShiftToEst(location.zone, now));
  }

  /** The full location of {@code GET /locations/{id}} ({@code LocationWithTimezoneName}). */
  static Map<String, @Nullable Object> location(ScState.Location location, SubscriberSetup subscriber, Instant now) {
    Map<String, @Nullable Object> json = new LinkedHashMap<>();
    json.put("Id", location.id);
    json.put("SubscriberId", location.subscriberId);
    json.put("SubscriberName", subscriber.name());
    json.put("StoreId", location.storeId);
    json.put("Name", location.name);
    json.put("ShortName", location.name);
    json.put("Latitude", location.latitude);
    json.put("Longitude", location.longitude);
    json.put("Distance", 0.0);
    json.put("Radius", location.radiusMiles);
    json.put("LocationTypeId", 1L);
    json.put("Address1", location.address1);
    json.put("Address2", location.address2);
    json.put("City", location.city);
    json.put("State", location.state);
    json.put("Region", location.region);
    json.put("District", location.district);
    json.put("Zip", location.zip);
    json.put("Country", location.country);
    json.put("Status", "open");
    json.put("Phone", location.phone);
    json.put("Contact", "Store Manager");
    json.put("TimeZoneIanaName", location.zone.getId());
    json.put("Notes", List.of());
    json.put("TimeShiftToEST", timeShiftToEst(location.zone, now));
    json.put("AddressTypeId", 0L);
    json.put("IsInternational", !"US".equalsIgnoreCase(location.country));
    return json;
  }

  /** {@code GET /workorders/{id}/GPSRadius} ({@code GetGPSRadiusResponse}); no coordinates are sent as 0. */
  static Map<String, @Nullable Object> gpsRadius(ScState.WorkOrder wo, ScState.Location location) {
    return Json.obj(
        "WorkorderId", wo.id,
        "LocationID", location.id,
        "LocLatitude", location.latitude == null ? 0.0 : location.latitude,
        "LocLongitude", location.longitude == null ? 0.0 : location.longitude,
        "GPSRadius", location.radiusMiles);
  }

  /** A note of {@code GET /workorders/{id}/notes}. */
  static Map<String, @Nullable Object> note(ScState.Note note, ZoneId zone) {
    return Json.obj(
        "Id", note.id,
        "Number", (long) note.number,
        "NoteData", note.text,
        "DateCreated", ScDateFormat.dto(note.created, zone),
        "ActionRequired", note.actionRequired,
        "MailedTo", note.mailedTo,
        "CreatedBy", note.createdBy,
        "CompanyName", note.companyName,
        "Visibility", (long) note.visibility,
        "NoteType", note.system ? "SystemNote" : "UsersNote",
        "IsAttachmentNote", false,
        "IsPinned", false);
  }

  private static Map<String, @Nullable Object> notesDescriptor(ScState.WorkOrder wo) {
    List<ScState.Note> visible = wo.notes.stream().filter(n -> n.visibility != 2 && n.visibility != 3).toList();
    Map<String, @Nullable Object> json = new LinkedHashMap<>();
    json.put("Count", Json.obj("Own", visible.stream().filter(n -> n.byProvider).count(), "Total", (long) visible.size()));
    if (!visible.isEmpty()) {
      ScState.Note last = visible.get(visible.size() - 1);
      json.put(
          "Last",
          Json.obj(
              "ActionRequired", last.actionRequired,
              "CreatedBy", last.createdBy,
              "DateCreated", ScDateFormat.utc(last.created),
              "Id", last.id,
              "MailedTo", last.mailedTo,
              "NoteData", last.text,
              "Number", (long) last.number));
    }
    json.put("WorkOrderId", 0L);
    return json;
  }

  /** An invoice of {@code GET /odata/invoices} ({@code ODataInvoice}, the fields a provider reads). */
  static Map<String, @Nullable Object> invoice(ScState.Invoice invoice, ZoneId zone) {
    Map<String, @Nullable Object> json = new LinkedHashMap<>();
    json.put("Id", invoice.id);
    json.put("Number", invoice.number);
    json.put("Status", invoice.status);
    json.put("WoTrackingNumber", invoice.workOrderId);
    json.put("InvoiceTotal", invoice.total.doubleValue());
    json.put("InvoiceTax", invoice.tax.doubleValue());
    json.put("Subtotal", invoice.total.subtract(invoice.tax).doubleValue());
    json.put("InvoiceBalance", invoice.total.doubleValue());
    json.put("Currency", Json.obj("AlphabeticalCode", invoice.currency, "Id", 1L));
    json.put("InvoiceDate", ScDateFormat.dto(invoice.posted, zone));
    json.put("PostedDate", ScDateFormat.utc(invoice.posted));
    json.put("UpdatedDate", ScDateFormat.utc(invoice.posted));
    json.put("Payments", List.of());
    return json;
  }

  /** The thin work-order reference a webhook delivery carries as {@code Object}: a doorbell, not the record. */
  static Map<String, @Nullable Object> webhookObject(ScState.WorkOrder wo, ScState.User updatedBy, ZoneId zone) {
    return Json.obj(
        "Id", wo.id,
        "SubscriberId", wo.subscriberId,
        "ProviderId", ServiceChannelSimulator.PROVIDER_ID,
        "LocationId", wo.locationId,
        "Trade", wo.trade,
        "Category", wo.category,
        "UpdatedBy",
            Json.obj(
                "Id", updatedBy.id(),
                "UserName", updatedBy.login(),
                "Email", updatedBy.email(),
                "FullName", updatedBy.displayName(),
                "AuthUserId", updatedBy.id(),
                "ProviderId", updatedBy.providerId()),
        "UpdatedDate_DTO", ScDateFormat.dto(wo.updatedDate, zone));
  }

  /** Hours between the zone and US Eastern time at {@code now} (0 for New York, -2 for Denver). */
  static long timeShiftToEst(ZoneId zone, Instant now) {
    int seconds =
        zone.getRules().getOffset(now).getTotalSeconds() - EASTERN.getRules().getOffset(now).getTotalSeconds();
    return seconds / 3600;
  }

  static boolean billable(ScState.WorkOrder wo) {
    return wo.primary.equals("COMPLETED") && (wo.extended.isBlank() || wo.extended.equals("CONFIRMED"));
  }

  private static String shortName(String name) {
    return name.length() <= 10 ? name : name.substring(0, 10).trim();
  }
}
