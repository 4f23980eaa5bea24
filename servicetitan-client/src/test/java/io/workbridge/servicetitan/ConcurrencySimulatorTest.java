package io.workbridge.servicetitan;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.servicetitan.model.Booking;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Eight threads share one client (and one token) and stay under the simulator's 60 requests/s. */
class ConcurrencySimulatorTest extends SimulatorTestBase {

  @Override
  protected void configure(ServiceTitanSimulator.Builder builder) {
    // The request shapes are validated by the other simulator tests; validation of 1,600 calls is slow.
    builder.validateContract(false);
  }

  @Test
  void eightThreadsTimes200Calls_shareOneToken_andNo429ReachesTheServerOrCaller() throws Exception {
    Booking booking = st.bookings().create(BookingsSimulatorTest.booking("wo-load"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  int ok = 0;
                  for (int i = 0; i < 200; i++) {
                    if (st.bookings().get(booking.id()).id() == booking.id()) {
                      ok++;
                    }
                  }
                  return ok;
                }));
      }
      int total = 0;
      for (Future<Integer> result : results) {
        total += result.get();
      }
      assertThat(total).isEqualTo(1600);
    } finally {
      pool.shutdownNow();
    }
    assertThat(sim.rateLimitedCount()).isZero();
    assertThat(sim.oauth().tokenRequestCount()).isEqualTo(1);
    assertThat(sim.journal().count("GET", ".*/bookings/\\d+")).isEqualTo(1600);
    assertThat(clock.sleeps()).isNotEmpty();
  }
}
