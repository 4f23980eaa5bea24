package io.workbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.servicetitan.model.Booking;
import io.workbridge.servicetitan.model.BookingStatus;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import org.junit.jupiter.api.Test;

class ServiceTitanQuickstartTest {

  @Test
  void quickstart_booksOnceAndEndsWithAConvertedBookingCarryingItsJob() {
    try (ServiceTitanSimulator simulator = ServiceTitanSimulator.builder().build().start()) {
      Booking first = ServiceTitanQuickstart.run(simulator, "sc-wo-84000001");
      Booking again = ServiceTitanQuickstart.run(simulator, "sc-wo-84000001");

      assertThat(first.status()).isEqualTo(BookingStatus.CONVERTED);
      assertThat(first.jobId()).isPresent();
      assertThat(again.id()).isEqualTo(first.id());
      simulator.verify();
    }
  }
}
