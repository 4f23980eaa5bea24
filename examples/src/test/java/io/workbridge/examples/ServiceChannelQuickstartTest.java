package io.workbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceChannelQuickstartTest {

  @Test
  void quickstart_listsEveryPage_worksTheFirstOrder_andFallsBackToANoteForTheMissingStatus() {
    try (ServiceChannelSimulator simulator = new ServiceChannelSimulator().start()) {
      List<Long> seeded = ServiceChannelQuickstart.seed(simulator, 5);

      ServiceChannelQuickstart.Result result = ServiceChannelQuickstart.run(simulator);

      // Pagination: five work orders, two per page, three list calls.
      assertThat(result.openWorkOrderIds()).containsExactlyElementsOf(seeded);
      assertThat(simulator.journal().count("GET", "/v3/odata/workorders")).isEqualTo(3);
      // Accepted, checked in, then out with "incomplete"; the refused status left the order as it was.
      long worked = seeded.get(0);
      assertThat(result.worked().id()).isEqualTo(worked);
      assertThat(simulator.statusOf(worked)).isEqualTo("IN PROGRESS/INCOMPLETE");
      assertThat(simulator.journal().count("PUT", "/v3/workorders/\\d+/accept")).isEqualTo(1);
      assertThat(simulator.journal().count("POST", "/v3/workorders/\\d+/universalCheckIn")).isEqualTo(1);
      assertThat(simulator.journal().count("POST", "/v3/workorders/\\d+/universalCheckOut")).isEqualTo(1);
      assertThat(simulator.journal().find("PUT", "/v3/workorders/\\d+/status"))
          .singleElement()
          .satisfies(refused -> assertThat(refused.status()).isEqualTo(400));
      assertThat(simulator.noteTexts(worked))
          .contains(
              "Compressor capacitor failed; a replacement is ordered.",
              "Parts on order: compressor capacitor, expected in 2 days.");
      // The other work orders are untouched.
      seeded.subList(1, seeded.size()).forEach(id -> assertThat(simulator.statusOf(id)).startsWith("OPEN"));
      simulator.verify();
    }
  }
}
