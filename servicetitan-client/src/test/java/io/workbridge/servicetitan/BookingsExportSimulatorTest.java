package io.workbridge.servicetitan;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.model.Booking;
import io.workbridge.servicetitan.model.BookingStatus;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bookings export against a simulator answering two bookings per page: paging and resuming. */
class BookingsExportSimulatorTest extends SimulatorTestBase {

  @Override
  protected void configure(ServiceTitanSimulator.Builder builder) {
    builder.exportPageSize(2);
  }

  @Test
  void export_acrossThreePages_thenResumesFromPersistedToken() {
    for (int i = 0; i < 5; i++) {
      st.bookings().create(BookingsSimulatorTest.booking("wo-x" + i));
    }
    PageIterable<Booking> feed = st.bookings().export(null);
    assertThat(feed.stream().map(Booking::externalId).toList())
        .containsExactly("wo-x0", "wo-x1", "wo-x2", "wo-x3", "wo-x4");
    assertThat(sim.journal().count("GET", ".*/export/bookings")).isEqualTo(3);
    String token = feed.resumeToken().orElseThrow();

    Booking changed = st.bookings().create(BookingsSimulatorTest.booking("wo-x5"));
    st.bookings().dismiss(st.bookings().findByExternalId("wo-x1").orElseThrow().id(), null, null);
    List<Booking> next = st.bookings().export(token).stream().toList();
    assertThat(next).extracting(Booking::externalId).containsExactly("wo-x5", "wo-x1");
    assertThat(next.get(1).status()).isEqualTo(BookingStatus.DISMISSED);
    assertThat(changed.active()).isTrue();
  }
}
