package io.workbridge.servicechannel.internal;

import com.squareup.moshi.Json;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Wire shapes of attachments, check-in/out and invoices. */
public final class FieldWire {
  private FieldWire() {}

  /** {@code AddAttachmentsRequest}. */
  public record AddAttachments(@Json(name = "Attachments") List<AttachmentDescriptor> attachments) {}

  /** {@code AddAttachmentRequest}. */
  public record AttachmentDescriptor(
      @Json(name = "Name") String name,
      @Json(name = "Description") @Nullable String description,
      @Json(name = "Type") String type,
      @Json(name = "MediaType") String mediaType,
      @Json(name = "Visibility") @Nullable Integer visibility) {}

  /** {@code Attachment}. */
  public record Attachment(
      @Json(name = "Id") @Nullable Long id,
      @Json(name = "Name") @Nullable String name,
      @Json(name = "Description") @Nullable String description,
      @Json(name = "TimeStamp") @Nullable String timeStamp,
      @Json(name = "Uri") @Nullable String uri,
      @Json(name = "NoteId") @Nullable Long noteId,
      @Json(name = "Visibility") @Nullable Object visibility) {}

  /** {@code CheckInRequest}. */
  public record CheckInRequest(
      @Json(name = "WorkTypeId") int workTypeId,
      @Json(name = "UserId") @Nullable Long userId,
      @Json(name = "TechsCount") @Nullable Integer techsCount,
      @Json(name = "Latitude") @Nullable Double latitude,
      @Json(name = "Longitude") @Nullable Double longitude,
      @Json(name = "CheckInTime") @Nullable String checkInTime,
      @Json(name = "Actor") @Nullable String actor) {}

  /** {@code CheckOutRequest}. */
  public record CheckOutRequest(
      @Json(name = "WorkTypeId") int workTypeId,
      @Json(name = "PrimaryStatus") @Nullable String primaryStatus,
      @Json(name = "ExtendedStatus") @Nullable String extendedStatus,
      @Json(name = "Resolution") @Nullable String resolution,
      @Json(name = "UserId") @Nullable Long userId,
      @Json(name = "TechsCount") @Nullable Integer techsCount,
      @Json(name = "Latitude") @Nullable Double latitude,
      @Json(name = "Longitude") @Nullable Double longitude,
      @Json(name = "CheckOutTime") @Nullable String checkOutTime,
      @Json(name = "Actor") @Nullable String actor) {}

  /** {@code CheckInOutResponse}. */
  public record MechanicResponse(@Json(name = "MechanicId") @Nullable Long mechanicId) {}

  /** {@code CheckInValidateResponse}. */
  public record Validation(
      @Json(name = "IsBadgeScanRequired") @Nullable Object badgeScanRequired,
      @Json(name = "IsLoginTypeAllowed") @Nullable Object loginTypeAllowed,
      @Json(name = "IsOutsideAcceptableTimeframe") @Nullable Object outsideAcceptableTimeframe,
      @Json(name = "IsOutsideGeolocation") @Nullable Object outsideGeolocation,
      @Json(name = "OutsideOperationalHoursMessage") @Nullable String outsideOperationalHoursMessage) {}

  /** {@code WorkActivity}. */
  public record WorkActivity(
      @Json(name = "Id") @Nullable Long id,
      @Json(name = "TimeIn") @Nullable String timeIn,
      @Json(name = "TimeOut") @Nullable String timeOut,
      @Json(name = "User") @Nullable User user,
      @Json(name = "WorkType") @Nullable String workType,
      @Json(name = "TechsCount") @Nullable Integer techsCount) {}

  /** {@code UserInfo}. */
  public record User(@Json(name = "Id") @Nullable Long id, @Json(name = "UserName") @Nullable String userName) {}

  /** {@code InvoiceSettingsGeneral}. */
  public record InvoiceRequirements(
      @Json(name = "RequireResolutionText") @Nullable Object requireResolutionText,
      @Json(name = "LaborTradeIds") @Nullable List<Long> laborTradeIds,
      @Json(name = "MaterialsTradeIds") @Nullable List<Long> materialsTradeIds,
      @Json(name = "LaborCategoryIds") @Nullable List<Long> laborCategoryIds,
      @Json(name = "MaterialsCategoryIds") @Nullable List<Long> materialsCategoryIds,
      @Json(name = "DaysBeforePostingDate") @Nullable Integer daysBeforePostingDate,
      @Json(name = "MaxDaysAfterPostingDate") @Nullable Integer maxDaysAfterPostingDate,
      @Json(name = "IsProviderAbleToAddSalesTax") @Nullable Object providerMayAddSalesTax) {}

  /** {@code CreateInvoiceRequest}. */
  public record NewInvoice(
      @Json(name = "InvoiceNumber") String invoiceNumber,
      @Json(name = "WoIdentifier") String woIdentifier,
      @Json(name = "InvoiceDateDTO") @Nullable String invoiceDateDto,
      @Json(name = "InvoiceTotal") BigDecimal invoiceTotal,
      @Json(name = "InvoiceTax") BigDecimal invoiceTax,
      @Json(name = "InvoiceText") @Nullable String invoiceText,
      @Json(name = "InvoiceAmountsDetails") @Nullable Amounts amounts,
      @Json(name = "Labors") @Nullable List<Labor> labors,
      @Json(name = "Materials") @Nullable List<Material> materials) {}

  /** {@code InvoiceAmountsDetails}. */
  public record Amounts(
      @Json(name = "LaborAmount") @Nullable BigDecimal laborAmount,
      @Json(name = "MaterialAmount") @Nullable BigDecimal materialAmount,
      @Json(name = "TravelAmount") @Nullable BigDecimal travelAmount,
      @Json(name = "FreightAmount") @Nullable BigDecimal freightAmount,
      @Json(name = "OtherAmount") @Nullable BigDecimal otherAmount) {}

  /** {@code InvoiceLaborWithPriceList} (the fields a provider sends). */
  public record Labor(
      @Json(name = "SkillLevel") String skillLevel,
      @Json(name = "LaborType") String laborType,
      @Json(name = "NumOfTech") String numOfTech,
      @Json(name = "HourlyRate") BigDecimal hourlyRate,
      @Json(name = "Hours") BigDecimal hours,
      @Json(name = "Amount") BigDecimal amount) {}

  /** {@code InvoiceMaterial} (the fields a provider sends). */
  public record Material(
      @Json(name = "Description") String description,
      @Json(name = "PartNum") @Nullable String partNum,
      @Json(name = "UnitType") String unitType,
      @Json(name = "UnitPrice") BigDecimal unitPrice,
      @Json(name = "Quantity") BigDecimal quantity,
      @Json(name = "Amount") BigDecimal amount) {}
}
