package io.workbridge.testkit.servicetitan;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** The tenant's records and the sequences shared by all tables. */
final class StState {
  private final Clock clock;
  private final AtomicLong ids = new AtomicLong(1000);
  private final AtomicLong changes = new AtomicLong();

  final StTable bookings = new StTable("booking", this);
  final StTable bookingContacts = new StTable("booking contact", this);
  final StTable customers = new StTable("customer", this);
  final StTable locations = new StTable("location", this);
  final StTable jobs = new StTable("job", this);
  final StTable appointments = new StTable("appointment", this);
  final StTable assignments = new StTable("appointment assignment", this);
  final StTable timesheets = new StTable("timesheet", this);
  final StTable notes = new StTable("job note", this);
  final StTable customFieldTypes = new StTable("job custom field type", this);
  final StTable invoices = new StTable("invoice", this);
  final StTable attachments = new StTable("attachment", this);
  final StTable leads = new StTable("lead", this);
  final StTable technicians = new StTable("technician", this);
  final StTable employees = new StTable("employee", this);
  final StTable businessUnits = new StTable("business unit", this);
  final StTable jobTypes = new StTable("job type", this);
  final StTable campaigns = new StTable("campaign", this);
  final StTable callReasons = new StTable("call reason", this);
  final StTable cancelReasons = new StTable("job cancel reason", this);
  final StTable holdReasons = new StTable("job hold reason", this);
  final StTable tagTypes = new StTable("tag type", this);

  StState(Clock clock) {
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  long nextId() {
    return ids.incrementAndGet();
  }

  long nextChange() {
    return changes.incrementAndGet();
  }
}
