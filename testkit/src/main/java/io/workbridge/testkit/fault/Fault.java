package io.workbridge.testkit.fault;

import io.workbridge.testkit.ApiError;
import io.workbridge.testkit.SimRequest;
import io.workbridge.testkit.SimResponse;
import java.time.Duration;

/**
 * What happens to a request a {@link FaultSchedule} rule hits: an error status, a canned response, a delay
 * before the headers or before processing, or a dropped connection.
 */
@FunctionalInterface
public interface Fault {

  /**
   * Produces the response for a request the fault hit.
   *
   * @param request the request
   * @param context lets the request through or renders errors
   * @return the response
   */
  SimResponse apply(SimRequest request, FaultContext context);

  /**
   * Answers with a status and the system's error body; the request is not processed.
   *
   * @param status e.g. 500, 502, 503, 504
   * @return the fault
   */
  static Fault status(int status) {
    return (request, context) ->
        context.render(new ApiError(status, null, "Injected fault: HTTP " + status));
  }

  /**
   * Answers with a canned response (e.g. a 429 with a system-specific body and {@code Retry-After});
   * the request is not processed.
   *
   * @param response the response
   * @return the fault
   */
  static Fault respond(SimResponse response) {
    return (request, context) -> response;
  }

  /**
   * Processes the request normally but sends the response headers only after a delay, so a client whose
   * read timeout is shorter times out although the server did the work. MockWebServer waits on its own
   * thread; keep delays short (a little above the client's timeout).
   *
   * @param delay the delay
   * @return the fault
   */
  static Fault delayHeaders(Duration delay) {
    return (request, context) -> context.proceed().withHeadersDelay(delay);
  }

  /**
   * Holds the request for a while before processing it: the write lands only after the delay, as on a slow
   * server, whether or not the client is still waiting (a client that timed out or died meanwhile leaves a
   * write in flight). The delay is spent on the connection's own thread, outside the simulator's lock, so
   * other requests go on meanwhile.
   *
   * @param delay the delay
   * @return the fault
   */
  static Fault delayProcessing(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("Delay must not be negative, was " + delay);
    }
    return (request, context) -> {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return SimResponse.disconnect();
      }
      return context.proceed();
    };
  }

  /**
   * Reads the request and closes the connection without processing or answering it.
   *
   * @return the fault
   */
  static Fault disconnect() {
    return (request, context) -> SimResponse.disconnect();
  }

  /**
   * Processes the request, then closes the connection without answering: the server did the work but
   * the client never learns it (tests idempotency of retried writes).
   *
   * @return the fault
   */
  static Fault disconnectAfterProcessing() {
    return (request, context) -> {
      context.proceed();
      return SimResponse.disconnect();
    };
  }
}
