package io.workbridge.servicechannel;

import io.workbridge.client.ApiError;
import io.workbridge.client.ValidationException;

/** ServiceChannel refused to create an invoice; {@link #reason()} says why in terms a caller can act on. */
public final class InvoiceRejectedException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /** Why an invoice was refused. */
  public enum Reason {
    /** 904: the work order is not COMPLETED (blank extended status) or COMPLETED / CONFIRMED. */
    WORK_ORDER_NOT_COMPLETED,
    /** 1104: the invoice total exceeds the work order's NTE. */
    TOTAL_EXCEEDS_NTE,
    /** 1107: another invoice already has this number. */
    DUPLICATE_NUMBER,
    /** 1103, 1119, 1120: amounts or line items do not add up. */
    AMOUNTS_INCONSISTENT,
    /** 917: the work order identifier is unknown. */
    UNKNOWN_WORK_ORDER,
    /** Any other code; see {@link #errorCode()} and the message. */
    OTHER
  }

  /** Why the invoice was refused. */
  private final Reason reason;

  /**
   * Creates the exception from a parsed error.
   *
   * @param error the parsed error
   */
  public InvoiceRejectedException(ApiError error) {
    super(error);
    this.reason = reasonFor(error.errorCode().orElse(""));
  }

  /** {@return why the invoice was refused} */
  public Reason reason() {
    return reason;
  }

  private static Reason reasonFor(String code) {
    return switch (code) {
      case ServiceChannelErrorCodes.INVALID_STATUS -> Reason.WORK_ORDER_NOT_COMPLETED;
      case ServiceChannelErrorCodes.INVOICE_TOTAL_OVER_NTE -> Reason.TOTAL_EXCEEDS_NTE;
      case ServiceChannelErrorCodes.DUPLICATE_INVOICE_NUMBER -> Reason.DUPLICATE_NUMBER;
      case "1103", "1119", "1120" -> Reason.AMOUNTS_INCONSISTENT;
      case ServiceChannelErrorCodes.INVALID_TRACKING_NUMBER -> Reason.UNKNOWN_WORK_ORDER;
      default -> Reason.OTHER;
    };
  }
}
