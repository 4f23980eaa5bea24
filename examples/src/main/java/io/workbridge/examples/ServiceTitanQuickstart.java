package io.workbridge.examples;

import io.workbridge.client.Secret;
import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.servicetitan.model.Booking;
import io.workbridge.servicetitan.model.NewBooking;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ServiceTitan client on its own: find-or-create a booking by its external id (so running twice never
 * books twice), then watch a CSR convert it into a job. Runs against the ServiceTitan simulator; against a
 * real tenant, replace {@code baseUrl}/{@code tokenUrl} with {@code environment(...)} and real credentials.
 *
 * <p>Run it with its test, which starts fresh simulators, runs it and checks what it did:
 *
 * <pre>mvn -B -q -pl examples -am verify -Dtest=ServiceTitanQuickstartTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * <p>or run {@code main} from your IDE.
 */
public final class ServiceTitanQuickstart {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceTitanQuickstart.class);

  private ServiceTitanQuickstart() {}

  /** Runs the example against a fresh simulator. */
  public static void main(String[] args) {
    try (ServiceTitanSimulator simulator = ServiceTitanSimulator.builder().build().start()) {
      Booking booking = run(simulator, "sc-wo-84000001");
      LOG.info("Booking {} for {} is {}{}", booking.id(), booking.name(), booking.status(),
          booking.jobId().isPresent() ? ", job " + booking.jobId().getAsLong() : "");
    }
  }

  /**
   * Books work order {@code externalId} once, lets the simulated CSR convert it, and returns the booking
   * as ServiceTitan reports it afterwards.
   */
  public static Booking run(ServiceTitanSimulator simulator, String externalId) {
    try (ServiceTitanClient st = client(simulator)) {
      Optional<Booking> existing = st.bookings().findByExternalId(externalId);
      Booking booking =
          existing.orElseGet(
              () ->
                  st.bookings()
                      .create(
                          NewBooking.builder()
                              .source("ServiceChannel")
                              .name("Acme Stores #24")
                              .summary("Rooftop unit not cooling (work order " + externalId + ")")
                              .isFirstTimeClient(false)
                              .externalId(externalId)
                              .build()));
      if (existing.isEmpty()) {
        long[] customerAndLocation = simulator.csrCreateCustomer("Acme Stores", "12 Main St", "Dallas", "TX", "75001");
        simulator.csrConvertBooking(booking.id(), customerAndLocation[0], customerAndLocation[1]);
      }
      return st.bookings().get(booking.id());
    }
  }

  /**
   * A client for the simulator's tenant: the tenant id, the application key, the OAuth client (client
   * credentials grant) and the booking provider id that bookings are created under. The caller closes it.
   */
  public static ServiceTitanClient client(ServiceTitanSimulator simulator) {
    return ServiceTitanClient.builder()
        .baseUrl(simulator.baseUrl())
        .tokenUrl(simulator.tokenUrl())
        .tenantId(simulator.tenantId())
        .appKey(Secret.of(simulator.appKey()))
        .clientId(simulator.clientId())
        .clientSecret(Secret.of(simulator.clientSecret()))
        .bookingProviderId(simulator.bookingProviderId())
        .build();
  }
}
