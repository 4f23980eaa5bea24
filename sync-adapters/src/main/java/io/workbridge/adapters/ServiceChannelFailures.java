package io.workbridge.adapters;

import io.workbridge.client.ApiException;
import io.workbridge.client.NotFoundException;
import io.workbridge.servicechannel.PermissionDeniedException;
import io.workbridge.servicechannel.ServiceChannelErrorCodes;
import io.workbridge.servicechannel.StatusNotAllowedException;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.port.RejectionReason;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * ServiceChannel's refusals as the port's {@link RejectionReason}s: 904 → {@link
 * RejectionReason#STATUS_NOT_ALLOWED}, 921/924 → {@link RejectionReason#WORK_ORDER_CLOSED}, IVR-only →
 * {@link RejectionReason#CHECK_IN_REFUSED}, 1105/1107 → {@link RejectionReason#DUPLICATE}, 5202 → {@link
 * RejectionReason#ALREADY_ACCEPTED}, 502/917/404 → {@link RejectionReason#NOT_FOUND}, the decline reason
 * codes 9001/9002/9003 → {@link RejectionReason#INVALID_REQUEST}, 100/504/804 → {@link
 * RejectionReason#PERMISSION_DENIED}. The rest follows {@link ClientFailures}' defaults.
 */
final class ServiceChannelFailures {
  /** The translation of every ServiceChannel client failure. */
  static final ClientFailures FAILURES = new ClientFailures("ServiceChannel", ServiceChannelFailures::classify);

  private static final Map<String, RejectionReason> CODES = codes();

  private ServiceChannelFailures() {}

  /**
   * The write succeeded but ServiceChannel gave no id for it, not even to the client's lookup: a transient
   * failure, so the next cycle looks the record up (and finds it) before it would write again.
   */
  static PlatformUnavailableException idNotVisibleYet(String what) {
    return new PlatformUnavailableException(
        "ServiceChannel created " + what + " but its id is not visible yet; it is looked up before any retry");
  }

  static Optional<RejectionReason> classify(ApiException failure) {
    if (failure instanceof StatusNotAllowedException) {
      return Optional.of(RejectionReason.STATUS_NOT_ALLOWED);
    }
    if (failure instanceof PermissionDeniedException) {
      return Optional.of(RejectionReason.PERMISSION_DENIED);
    }
    String code = failure.errorCode().map(ServiceChannelErrorCodes::normalize).orElse("");
    RejectionReason byCode = CODES.get(code);
    if (byCode != null) {
      return Optional.of(byCode);
    }
    String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
    if (message.contains("ivr")) {
      return Optional.of(RejectionReason.CHECK_IN_REFUSED);
    }
    if (failure instanceof NotFoundException) {
      return Optional.of(RejectionReason.NOT_FOUND);
    }
    return Optional.empty();
  }

  private static Map<String, RejectionReason> codes() {
    Map<String, RejectionReason> codes = new TreeMap<>();
    codes.put(ServiceChannelErrorCodes.INVALID_STATUS, RejectionReason.STATUS_NOT_ALLOWED);
    codes.put(ServiceChannelErrorCodes.WORK_ORDER_INVOICED, RejectionReason.WORK_ORDER_CLOSED);
    codes.put("924", RejectionReason.WORK_ORDER_CLOSED);
    codes.put(ServiceChannelErrorCodes.ALREADY_ACCEPTED, RejectionReason.ALREADY_ACCEPTED);
    codes.put(ServiceChannelErrorCodes.DUPLICATE_INVOICE_NUMBER, RejectionReason.DUPLICATE);
    codes.put("1105", RejectionReason.DUPLICATE);
    codes.put(ServiceChannelErrorCodes.WORK_ORDER_NOT_FOUND, RejectionReason.NOT_FOUND);
    codes.put(ServiceChannelErrorCodes.INVALID_TRACKING_NUMBER, RejectionReason.NOT_FOUND);
    codes.put(ServiceChannelErrorCodes.NO_ACCESS, RejectionReason.PERMISSION_DENIED);
    codes.put(ServiceChannelErrorCodes.SECURITY_PERMISSIONS, RejectionReason.PERMISSION_DENIED);
    codes.put(ServiceChannelErrorCodes.USER_NOT_PERMITTED, RejectionReason.PERMISSION_DENIED);
    codes.put(ServiceChannelErrorCodes.DECLINE_REASON_REQUIRED, RejectionReason.INVALID_REQUEST);
    codes.put("9002", RejectionReason.INVALID_REQUEST);
    codes.put(ServiceChannelErrorCodes.INVALID_DECLINE_REASON, RejectionReason.INVALID_REQUEST);
    return Map.copyOf(codes);
  }
}
