package io.workbridge.benchmarks.e2e;

/** A remote system the work-order sync calls. */
enum RemoteSystem {
  /** ServiceTitan (bookings, jobs, export feeds). */
  SERVICE_TITAN("ServiceTitan"),
  /** ServiceChannel (work orders, notes, check-ins, invoices). */
  SERVICE_CHANNEL("ServiceChannel");

  private final String displayName;

  RemoteSystem(String displayName) {
    this.displayName = displayName;
  }

  /** The system's name as printed in reports. */
  String displayName() {
    return displayName;
  }
}
