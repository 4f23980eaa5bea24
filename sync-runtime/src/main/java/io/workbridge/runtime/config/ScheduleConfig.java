package io.workbridge.runtime.config;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * How often each stream is polled. The notes and invoices feeds are read by the ServiceTitan changes poll, so
 * they are read at most as often as it runs. Webhooks trigger a stream at once; polling stays the backstop.
 */
@Value.Immutable
public interface ScheduleConfig {
  /** Default interval of the ServiceChannel work-order poll. */
  Duration WORK_ORDERS_EVERY = Duration.ofSeconds(60);

  /** Default interval of the ServiceTitan export-feed poll (bookings, jobs, appointments, arrivals). */
  Duration SERVICETITAN_CHANGES_EVERY = Duration.ofSeconds(30);

  /** Default interval of the ServiceTitan job notes feed (SC-19: notes within a minute). */
  Duration NOTES_EVERY = Duration.ofSeconds(30);

  /** Default interval of the ServiceTitan invoices feed (SC-20: within one polling interval, ≤ 5 min). */
  Duration INVOICES_EVERY = Duration.ofMinutes(5);

  /** Default lead poll interval. */
  Duration LEADS_EVERY = Duration.ofSeconds(60);

  /**
   * {@return ServiceChannel work orders → ServiceTitan bookings and jobs (stream {@code work-orders}; default
   * 60 s)}
   */
  @Value.Default
  default Duration workOrders() {
    return WORK_ORDERS_EVERY;
  }

  /** {@return ServiceTitan changes → ServiceChannel (stream {@code servicetitan-changes}; default 30 s)} */
  @Value.Default
  default Duration serviceTitanChanges() {
    return SERVICETITAN_CHANGES_EVERY;
  }

  /** {@return how often that poll also reads the job notes feed (SC-19; default 30 s)} */
  @Value.Default
  default Duration notes() {
    return NOTES_EVERY;
  }

  /** {@return how often that poll also reads the invoices feed (SC-20; default 5 min)} */
  @Value.Default
  default Duration invoices() {
    return INVOICES_EVERY;
  }

  /** {@return vendor alerts → ServiceTitan bookings (stream {@code leads}; default 60 s)} */
  @Value.Default
  default Duration leads() {
    return LEADS_EVERY;
  }

  /** Checks every interval is longer than zero. */
  @Value.Check
  default void check() {
    new Checks()
        .positive(workOrders(), "workOrders")
        .positive(serviceTitanChanges(), "serviceTitanChanges")
        .positive(notes(), "notes")
        .positive(invoices(), "invoices")
        .positive(leads(), "leads")
        .done("schedule");
  }

  /** {@return every default} */
  static ScheduleConfig defaults() {
    return builder().build();
  }

  /** {@return a new builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ScheduleConfig} instances. */
  final class Builder extends ImmutableScheduleConfig.Builder {}
}
