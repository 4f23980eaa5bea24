package io.workbridge.sync.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The two-part status of a ServiceChannel work order: a primary status ({@code "OPEN"}, {@code "IN
 * PROGRESS"}, {@code "COMPLETED"}, …) and an extended status ({@code "DISPATCH CONFIRMED"}, {@code
 * "DECLINED"}, or blank). Subscribers define their own statuses, so both parts are open strings; they
 * are kept upper case and trimmed, the way the ServiceChannel API spells them.
 *
 * @param primary the primary status, upper case, never blank
 * @param extended the extended status, upper case, empty when there is none
 */
public record WorkOrderStatus(String primary, String extended) {

  /** Primary status of a new, not yet accepted work order. */
  public static final String PRIMARY_OPEN = "OPEN";

  /** Primary status of a work order being worked on. */
  public static final String PRIMARY_IN_PROGRESS = "IN PROGRESS";

  /** Primary status of a finished work order. */
  public static final String PRIMARY_COMPLETED = "COMPLETED";

  /** {@code OPEN} with a blank extended status: new, not yet accepted. */
  public static final WorkOrderStatus OPEN = new WorkOrderStatus(PRIMARY_OPEN, "");

  /** {@code OPEN / DECLINED}: the provider declined the work order. */
  public static final WorkOrderStatus OPEN_DECLINED = new WorkOrderStatus(PRIMARY_OPEN, "DECLINED");

  /** {@code IN PROGRESS} with a blank extended status. */
  public static final WorkOrderStatus IN_PROGRESS = new WorkOrderStatus(PRIMARY_IN_PROGRESS, "");

  /** {@code IN PROGRESS / DISPATCH CONFIRMED}: the provider accepted the work order. */
  public static final WorkOrderStatus IN_PROGRESS_DISPATCH_CONFIRMED =
      new WorkOrderStatus(PRIMARY_IN_PROGRESS, "DISPATCH CONFIRMED");

  /** {@code COMPLETED} with a blank extended status. */
  public static final WorkOrderStatus COMPLETED = new WorkOrderStatus(PRIMARY_COMPLETED, "");

  /**
   * Normalises both parts to trimmed upper case and rejects a blank primary status.
   *
   * @param primary the primary status, upper case, never blank
   * @param extended the extended status, upper case, empty when there is none
   */
  public WorkOrderStatus {
    Objects.requireNonNull(primary, "primary");
    Objects.requireNonNull(extended, "extended");
    primary = normalise(primary);
    extended = normalise(extended);
    if (primary.isEmpty()) {
      throw new IllegalArgumentException("primary status must not be blank");
    }
  }

  /**
   * A status from its two parts, in any case.
   *
   * @param primary the primary status
   * @param extended the extended status, may be empty
   * @return the normalised status
   */
  public static WorkOrderStatus of(String primary, String extended) {
    return new WorkOrderStatus(primary, extended);
  }

  /**
   * A status with a blank extended part.
   *
   * @param primary the primary status
   * @return the normalised status
   */
  public static WorkOrderStatus of(String primary) {
    return new WorkOrderStatus(primary, "");
  }

  /** {@return whether the primary status is {@code OPEN}} */
  public boolean isOpen() {
    return PRIMARY_OPEN.equals(primary);
  }

  /** {@return whether the primary status is {@code IN PROGRESS}} */
  public boolean isInProgress() {
    return PRIMARY_IN_PROGRESS.equals(primary);
  }

  /** {@return whether the primary status is {@code COMPLETED}} */
  public boolean isCompleted() {
    return PRIMARY_COMPLETED.equals(primary);
  }

  private static String normalise(String part) {
    return part.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }

  /** {@code PRIMARY / EXTENDED}, or just {@code PRIMARY} when the extended part is blank. */
  @Override
  public String toString() {
    return extended.isEmpty() ? primary : primary + " / " + extended;
  }
}
