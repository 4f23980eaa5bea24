package io.workbridge.servicechannel;

import java.util.Map;
import java.util.Optional;

/**
 * ServiceChannel's own error codes as they appear in {@link io.workbridge.client.ApiException#errorCode()}.
 *
 * <p>The API sends {@code ErrorCode} either as a number ({@code 917}) or as a name from the official
 * description ({@code "InvalidWoStatus"}); the client reports the number for the names listed in {@link
 * #numberFor(String)} and the raw value otherwise.
 */
public final class ServiceChannelErrorCodes {
  /** No location access or no right to perform the operation. */
  public static final String NO_ACCESS = "100";
  /** Work order not found. */
  public static final String WORK_ORDER_NOT_FOUND = "502";
  /** Empty or invalid request (also a catch-all validation code). */
  public static final String INVALID_REQUEST = "503";
  /** API call rejected by security permissions (with HTTP 401). */
  public static final String SECURITY_PERMISSIONS = "504";
  /** Location not found ({@code GET /locations/{id}}). */
  public static final String LOCATION_NOT_FOUND = "601";
  /** The user lacks the permission for this action. */
  public static final String USER_NOT_PERMITTED = "804";
  /** The work order's status does not allow the action. */
  public static final String INVALID_STATUS = "904";
  /** Invalid tracking number (unknown work order). */
  public static final String INVALID_TRACKING_NUMBER = "917";
  /** Invoiced work orders cannot be updated. */
  public static final String WORK_ORDER_INVOICED = "921";
  /** Invalid {@code paging} parameter. */
  public static final String INVALID_PAGING = "922";
  /** The work order is on hold; no actions allowed. */
  public static final String ON_HOLD = "933";
  /** Check-in outside the location's GPS radius. */
  public static final String CHECK_IN_OUT_OF_RANGE = "941";
  /** Check-out outside the location's GPS radius. */
  public static final String CHECK_OUT_OUT_OF_RANGE = "942";
  /** Invoice total greater than the NTE. */
  public static final String INVOICE_TOTAL_OVER_NTE = "1104";
  /** Duplicate invoice number. */
  public static final String DUPLICATE_INVOICE_NUMBER = "1107";
  /** Work order already accepted. */
  public static final String ALREADY_ACCEPTED = "5202";
  /** A decline reason is required. */
  public static final String DECLINE_REASON_REQUIRED = "9001";
  /** Invalid decline reason id. */
  public static final String INVALID_DECLINE_REASON = "9003";

  private static final Map<String, String> NUMBERS_BY_NAME =
      Map.ofEntries(
          Map.entry("NoAccessToLocation", NO_ACCESS),
          Map.entry("WorkOrderNotFound", WORK_ORDER_NOT_FOUND),
          Map.entry("EmptyRequest", INVALID_REQUEST),
          Map.entry("UserHasNoPermissions", USER_NOT_PERMITTED),
          Map.entry("InvalidWoStatus", INVALID_STATUS),
          Map.entry("InvalidWoIdentifier", INVALID_TRACKING_NUMBER),
          Map.entry("InvalidWoStateForUpdate", WORK_ORDER_INVOICED),
          Map.entry("InvalidPagingParameter", INVALID_PAGING),
          Map.entry("WoIsOnHold", ON_HOLD),
          Map.entry("CheckInDeniedOutsideGeolocation", CHECK_IN_OUT_OF_RANGE),
          Map.entry("CheckOutDeniedOutsideGeolocation", CHECK_OUT_OUT_OF_RANGE),
          Map.entry("InvoiceInconsistentAmounts", "1103"),
          Map.entry("InvoiceTotalGreaterNte", INVOICE_TOTAL_OVER_NTE),
          Map.entry("DuplInvNumber", DUPLICATE_INVOICE_NUMBER),
          Map.entry("WorkOrderWasAccepted", ALREADY_ACCEPTED),
          Map.entry("DeclineWorkOrderFailed", "5201"),
          Map.entry("AcceptWorkOrderFailed", "5203"),
          Map.entry("DeclineReasonIdIsRequired", DECLINE_REASON_REQUIRED),
          Map.entry("DeclineReasonDoesntAllowCustomText", "9002"),
          Map.entry("InvalidDeclineReasonId", INVALID_DECLINE_REASON));

  private ServiceChannelErrorCodes() {}

  /**
   * {@return the numeric code for one of the error names of the official description, if known}
   *
   * @param name the error name
   */
  public static Optional<String> numberFor(String name) {
    return Optional.ofNullable(NUMBERS_BY_NAME.get(name));
  }

  /**
   * {@return the code as reported: numbers stay, known names become their number, other names stay}
   *
   * @param code the API error code
   */
  public static String normalize(String code) {
    String trimmed = code.trim();
    return NUMBERS_BY_NAME.getOrDefault(trimmed, trimmed);
  }
}
