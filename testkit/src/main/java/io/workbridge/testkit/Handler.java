package io.workbridge.testkit;

/**
 * Answers a request that matched a route. Handlers of one simulator run one at a time (see {@link
 * ApiSimulator#exclusive(java.util.function.Supplier)}), so simulator state needs no further locking.
 * Throw {@link ApiError} to answer in the system's error shape.
 */
@FunctionalInterface
public interface Handler {

  /**
   * Handles a request.
   *
   * @param request the request, with path parameters and principal set
   * @return the response
   */
  SimResponse handle(SimRequest request);
}
