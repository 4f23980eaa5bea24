package io.workbridge.sync.status;

/** The ServiceTitan happenings that move a ServiceChannel work order to another status. */
public enum StatusAction {
  /** The booking was accepted (SC-7); default target {@code IN PROGRESS / DISPATCH CONFIRMED}. */
  ACCEPT,
  /** The booking was declined (dismissed) (SC-8); default target {@code OPEN / DECLINED}. */
  DECLINE,
  /** A technician was dispatched (SC-10); default target {@code IN PROGRESS}. */
  DISPATCH,
  /** The job or appointment is done (SC-12); default target {@code COMPLETED}. */
  COMPLETE
}
