package io.workbridge.testkit.fuzz;

import java.util.Objects;

/**
 * One generated answer to an operation.
 *
 * @param label what the case varies, e.g. {@code absent:$.data[0].customerId} or {@code random#17}
 * @param status the HTTP status to answer with (the operation's success status)
 * @param body the body, a JSON document; empty for an answer without a body
 * @param withinDescription whether the document is valid under the description as written; false for the
 *     cases that go beyond it on purpose because live APIs do (unknown extra fields where the description
 *     forbids them, date-times without an offset)
 */
public record ResponseCase(String label, int status, String body, boolean withinDescription) {

  /**
   * Validates the arguments.
   *
   * @param label what the case varies, e.g. {@code absent:$.data[0].customerId} or {@code random#17}
   * @param status the HTTP status to answer with (the operation's success status)
   * @param body the body, a JSON document; empty for an answer without a body
   * @param withinDescription whether the document is valid under the description as written; false for the
   *     cases that go beyond it on purpose because live APIs do (unknown extra fields where the description
   *     forbids them, date-times without an offset)
   */
  public ResponseCase {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(body, "body");
  }

  /**
   * {@return the body shortened to at most {@code max} characters, for failure messages}
   *
   * @param max the maximum
   */
  public String excerpt(int max) {
    return body.length() <= max ? body : body.substring(0, max) + "… (" + body.length() + " characters)";
  }
}
