package io.workbridge.testkit;

/**
 * Turns an {@link ApiError} into a response in the simulated system's own error shape.
 *
 * <p>Every error the base produces goes through it: unknown routes (404), wrong methods (405), missing or
 * expired tokens (401), contract violations (400), faults given only a status, handler errors (500) and
 * any {@link ApiError} a handler throws. Rate limits have their own body shape (see
 * {@code io.workbridge.testkit.ratelimit.RateLimit}).
 */
@FunctionalInterface
public interface ErrorRenderer {

  /**
   * Renders an error.
   *
   * @param error the error
   * @param request the request being answered
   * @return the response; its status should be {@code error.status()}
   */
  SimResponse render(ApiError error, SimRequest request);

  /**
   * A generic shape: {@code {"status":404,"code":"...","message":"...","errors":{...}}}.
   *
   * @return the renderer
   */
  static ErrorRenderer simple() {
    return (error, request) -> {
      var body = Json.obj("status", error.status(), "message", error.message());
      error.code().ifPresent(code -> body.put("code", code));
      if (!error.fieldErrors().isEmpty()) {
        body.put("errors", error.fieldErrors());
      }
      return SimResponse.json(error.status(), body).withHeaders(error.headers());
    };
  }
}
