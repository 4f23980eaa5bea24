package io.workbridge.adapters;

import io.workbridge.client.ApiException;
import io.workbridge.client.AuthenticationException;
import io.workbridge.client.InvalidResponseException;
import io.workbridge.client.NotFoundException;
import io.workbridge.client.RateLimitedException;
import io.workbridge.client.ServerException;
import io.workbridge.client.TransportException;
import io.workbridge.client.WorkBridgeException;
import io.workbridge.sync.port.PlatformException;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.port.RejectionReason;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs client calls and turns the clients' exceptions into the ports' two kinds: transient ({@link
 * PlatformUnavailableException}: I/O, timeouts, 5xx, throttling after retries, unreadable answers, rejected
 * credentials; platform-wide when nothing was sent or every call would fail alike — no connection,
 * throttled, credentials refused) and permanent ({@link PlatformRejectedException}, with a reason chosen by a system-specific
 * classifier, {@link RejectionReason#NOT_FOUND} for 404 and {@link RejectionReason#INVALID_REQUEST}
 * otherwise). Messages come from the clients' exceptions, which never carry secrets.
 */
final class ClientFailures {

  private final String system;
  private final Function<ApiException, Optional<RejectionReason>> classifier;

  /**
   * Failures of one system.
   *
   * @param system the system's name for messages, e.g. {@code "ServiceChannel"}
   * @param classifier system-specific reasons by error code (empty: use the defaults)
   */
  ClientFailures(String system, Function<ApiException, Optional<RejectionReason>> classifier) {
    this.system = system;
    this.classifier = classifier;
  }

  /** Runs a call, translating its failure. */
  <T> T call(String what, Supplier<T> call) {
    try {
      return call.get();
    } catch (PlatformException already) {
      throw already;
    } catch (WorkBridgeException failure) {
      throw translate(what, failure);
    } catch (UnusableRecordException unusable) {
      PlatformRejectedException rejected =
          new PlatformRejectedException(RejectionReason.INVALID_REQUEST, system + " " + what + ": " + unusable.getMessage());
      rejected.initCause(unusable);
      throw rejected;
    }
  }

  /** Runs a call without a result, translating its failure. */
  void run(String what, Runnable call) {
    call(
        what,
        () -> {
          call.run();
          return Boolean.TRUE;
        });
  }

  /** The port exception for a client failure. */
  PlatformException translate(String what, WorkBridgeException failure) {
    String message = system + " " + what + " failed: " + failure.getMessage();
    if (failure instanceof TransportException transport) {
      // Sent and then lost (a timeout, a dropped connection): maybe done, maybe this record's trouble.
      // Never sent (no connection): nothing done, and every other call would fail alike.
      boolean sent = transport.requestMaybeSent();
      return new PlatformUnavailableException(message, failure, sent, !sent);
    }
    if (failure instanceof RateLimitedException) {
      return new PlatformUnavailableException(message, failure, false, true);
    }
    if (failure instanceof ServerException || failure instanceof InvalidResponseException) {
      return new PlatformUnavailableException(message, failure, true, false);
    }
    if (failure instanceof ApiException api) {
      Optional<RejectionReason> specific = classifier.apply(api);
      if (specific.isPresent()) {
        return rejected(specific.get(), message, failure);
      }
      if (failure instanceof AuthenticationException refused && (api.statusCode() == 401 || refused.credentialsRefused())) {
        // Credentials refused (a 401, or the token endpoint saying no): nothing was done, and every call fails alike.
        return new PlatformUnavailableException(message, failure, false, true);
      }
      if (api.statusCode() == 403) {
        return rejected(RejectionReason.PERMISSION_DENIED, message, failure);
      }
      if (failure instanceof NotFoundException || api.statusCode() == 404) {
        return rejected(RejectionReason.NOT_FOUND, message, failure);
      }
      if (api.statusCode() == 408 || api.statusCode() >= 500) {
        return new PlatformUnavailableException(message, failure);
      }
      return rejected(RejectionReason.INVALID_REQUEST, message, failure);
    }
    return new PlatformUnavailableException(message, failure);
  }

  private static PlatformRejectedException rejected(
      RejectionReason reason, String message, Throwable cause) {
    PlatformRejectedException rejected = new PlatformRejectedException(reason, message);
    rejected.initCause(cause);
    return rejected;
  }

  /** A rejection for an operation the client does not offer yet. */
  static PlatformRejectedException missing(String system, String operation, String needed) {
    return new PlatformRejectedException(
        RejectionReason.INVALID_REQUEST,
        system + " client has no operation " + operation + " (needed to " + needed + ")");
  }
}
