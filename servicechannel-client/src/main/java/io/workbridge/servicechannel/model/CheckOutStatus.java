package io.workbridge.servicechannel.model;

/** The status a check-out sets ({@code PrimaryStatus} of {@code universalCheckOut}). */
public enum CheckOutStatus {
  /** Keep the work order's status. */
  NO_STATUS_CHANGE("NoStatusChange"),
  /** In progress (with the given extended status). */
  IN_PROGRESS("InProgress"),
  /** Work completed. */
  COMPLETED("Completed"),
  /** Needs a quote. */
  WAITING_FOR_QUOTE("WaitingForQuote"),
  /** Parts on order. */
  PARTS_ON_ORDER("PartsOnOrder"),
  /** Needs a follow-up visit. */
  INCOMPLETE("Incomplete");

  private final String wire;

  CheckOutStatus(String wire) {
    this.wire = wire;
  }

  /** {@return the value ServiceChannel expects} */
  public String wireValue() {
    return wire;
  }
}
