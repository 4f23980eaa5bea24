package io.workbridge.testkit;

/**
 * A check run on every authenticated request before its handler, e.g. "the {@code ST-App-Key} header is
 * present". Reject a request by throwing {@link ApiError}; return normally to let it through.
 */
@FunctionalInterface
public interface RequestFilter {

  /**
   * Checks a request.
   *
   * @param request the request, with path parameters and principal set
   */
  void check(SimRequest request);
}
