package io.workbridge.testkit.fuzz;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A documented reason why a client does not decode some answers an API description allows: the live API
 * is known to answer otherwise, or the description is known to be wrong. Each entry names the operations,
 * cases and failures it covers and cites the reference that documents the behaviour, so the list doubles as
 * the client's deviation table.
 *
 * @param operations a regular expression matching whole operation names, e.g. {@code workorders\.get} or
 *     {@code .*\.export}
 * @param cases a regular expression found in the labels of the cases it explains (e.g. {@code ^random} or
 *     {@code \$\.Id$}); {@code .*} for every case
 * @param problems a regular expression found in the failure it explains (the exception's type and message),
 *     so that an entry for one field cannot hide another failure of the same case; {@code .*} for any
 * @param reason why the client deliberately differs from the description
 * @param reference where the live behaviour is documented (a reference section or source)
 */
public record Deviation(Pattern operations, Pattern cases, Pattern problems, String reason, String reference) {

  /**
   * Validates the arguments.
   *
   * @param operations a regular expression matching whole operation names, e.g. {@code workorders\.get} or
   *     {@code .*\.export}
   * @param cases a regular expression found in the labels of the cases it explains (e.g. {@code ^random} or
   *     {@code \$\.Id$}); {@code .*} for every case
   * @param problems a regular expression found in the failure it explains (the exception's type and message),
   *     so that an entry for one field cannot hide another failure of the same case; {@code .*} for any
   * @param reason why the client deliberately differs from the description
   * @param reference where the live behaviour is documented (a reference section or source)
   */
  public Deviation {
    Objects.requireNonNull(operations, "operations");
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(problems, "problems");
    if (Objects.requireNonNull(reason, "reason").isBlank()) {
      throw new IllegalArgumentException("A deviation needs a reason");
    }
    if (Objects.requireNonNull(reference, "reference").isBlank()) {
      throw new IllegalArgumentException("A deviation needs a reference");
    }
  }

  /**
   * A deviation for every failure of some cases.
   *
   * @param operationsRegex a regular expression matching whole operation names
   * @param casesRegex a regular expression found in the labels of the cases it explains
   * @param reason why the client differs from the description
   * @param reference where the live behaviour is documented
   * @return the deviation
   */
  public static Deviation of(String operationsRegex, String casesRegex, String reason, String reference) {
    return of(operationsRegex, casesRegex, ".*", reason, reference);
  }

  /**
   * A deviation for one kind of failure of some cases.
   *
   * @param operationsRegex a regular expression matching whole operation names
   * @param casesRegex a regular expression found in the labels of the cases it explains
   * @param problemsRegex a regular expression found in the failures it explains
   * @param reason why the client differs from the description
   * @param reference where the live behaviour is documented
   * @return the deviation
   */
  public static Deviation of(
      String operationsRegex, String casesRegex, String problemsRegex, String reason, String reference) {
    return new Deviation(
        Pattern.compile(operationsRegex), Pattern.compile(casesRegex), Pattern.compile(problemsRegex), reason,
        reference);
  }

  /**
   * {@return whether this deviation covers the operation named {@code operationName}}
   *
   * @param operationName the operation's name, for messages
   */
  public boolean covers(String operationName) {
    return operations.matcher(operationName).matches();
  }

  /**
   * {@return whether this deviation explains {@code problem} of {@code operationName} on the case labelled
   * {@code label}}
   *
   * @param operationName the operation's name, for messages
   * @param label the validator's label of the problem
   * @param problem what is wrong
   */
  public boolean explains(String operationName, String label, String problem) {
    return covers(operationName) && cases.matcher(label).find() && problems.matcher(problem).find();
  }

  @Override
  public String toString() {
    return operations.pattern() + " [" + cases.pattern() + "] [" + problems.pattern() + "]: " + reason + " ("
        + reference + ")";
  }
}
