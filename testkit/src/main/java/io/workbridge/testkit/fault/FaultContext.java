package io.workbridge.testkit.fault;

import io.workbridge.testkit.ApiError;
import io.workbridge.testkit.SimResponse;

/** What a {@link Fault} can do with the request it hit: let it through, or render an error. */
public interface FaultContext {

  /**
   * Processes the request normally (routing, auth, rate limits, handler) and returns the response.
   *
   * @return the normal response
   */
  SimResponse proceed();

  /**
   * Renders an error in the simulated system's shape.
   *
   * @param error the error
   * @return the response
   */
  SimResponse render(ApiError error);
}
