package io.workbridge.client.spi.json.testmodel;

/** ServiceTitan job statuses known to the tests. */
public enum JobStatus {
  Scheduled,
  Dispatched,
  InProgress,
  Hold,
  Completed,
  Canceled
}
