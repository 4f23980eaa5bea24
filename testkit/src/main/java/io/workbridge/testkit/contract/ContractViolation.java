package io.workbridge.testkit.contract;

import java.util.List;

/**
 * A request that does not match the official API description: the real API would reject it.
 *
 * @param number the request's number in the simulator
 * @param method the HTTP method
 * @param path the encoded path
 * @param messages the validator's messages (never containing header values)
 */
public record ContractViolation(long number, String method, String path, List<String> messages) {

  /**
   * Copies the messages.
   *
   * @param number the request's number in the simulator
   * @param method the HTTP method
   * @param path the encoded path
   * @param messages the validator's messages (never containing header values)
   */
  public ContractViolation {
    messages = List.copyOf(messages);
  }

  @Override
  public String toString() {
    return "#" + number + " " + method + " " + path + ": " + String.join("; ", messages);
  }
}
