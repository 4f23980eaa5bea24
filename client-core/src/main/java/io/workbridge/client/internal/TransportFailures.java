package io.workbridge.client.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLHandshakeException;

/** Classifies I/O failures: did any of the request possibly reach the server? */
public final class TransportFailures {
  private TransportFailures() {}

  /** {@code true} unless the failure happened before a connection existed (refused, DNS, connect timeout). */
  public static boolean mayHaveBeenSent(IOException failure) {
    return !isConnectFailure(failure);
  }

  /** A failure to connect at all: nothing was sent, so any call may be retried. */
  public static boolean isConnectFailure(IOException failure) {
    if (failure instanceof ConnectException
        || failure instanceof UnknownHostException
        || failure instanceof NoRouteToHostException
        || failure instanceof SSLHandshakeException) {
      return true;
    }
    if (failure instanceof SocketTimeoutException) {
      String message = failure.getMessage();
      return message != null && message.toLowerCase(Locale.ROOT).contains("connect");
    }
    return false;
  }
}
