package io.workbridge.servicechannel.model;

/** The outcome of accepting a work order. */
public enum AcceptResult {
  /** This call accepted the work order (now IN PROGRESS / DISPATCH CONFIRMED). */
  ACCEPTED,
  /**
   * The work order had already been accepted (ServiceChannel error 5202), for example directly in
   * ServiceChannel's own UI. Not a failure: the work order is accepted.
   */
  ALREADY_ACCEPTED
}
