package io.workbridge.testkit.fuzz;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A documented reason why a client does not decode some answers an API description allows: the live API
 * is known to answer otherwise, or the description is known to be wrong. Each entry names the cases it
 * covers and cites the reference that documents the behaviour, so the list doubles as the client's
 * deviation table.
 *
 * @param operation the client operation, e.g. {@code workorders.list}
 * @param cases a regular expression found in the labels of the cases it explains (e.g. {@code ^random} or
 *     {@code \$\.Id$}); {@code .*} for every case
 * @param reason why the client deliberately differs from the description
 * @param reference where the live behaviour is documented (a reference section or source)
 */
public record Deviation(String operation, Pattern cases, String reason, String reference) {

  /** Validates the arguments. */
  public Deviation {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(cases, "cases");
    if (Objects.requireNonNull(reason, "reason").isBlank()) {
      throw new IllegalArgumentException("A deviation needs a reason");
    }
    if (Objects.requireNonNull(reference, "reference").isBlank()) {
      throw new IllegalArgumentException("A deviation needs a reference");
    }
  }

  /**
   * A deviation.
   *
   * @param operation the client operation
   * @param casesRegex a regular expression found in the labels of the cases it explains
   * @param reason why the client differs from the description
   * @param reference where the live behaviour is documented
   * @return the deviation
   */
  public static Deviation of(String operation, String casesRegex, String reason, String reference) {
    return new Deviation(operation, Pattern.compile(casesRegex), reason, reference);
  }

  /** Whether this deviation explains a failure of {@code operationName} on the case labelled {@code label}. */
  public boolean explains(String operationName, String label) {
    return operation.equals(operationName) && cases.matcher(label).find();
  }

  @Override
  public String toString() {
    return operation + " [" + cases.pattern() + "]: " + reason + " (" + reference + ")";
  }
}
