package io.workbridge.servicechannel;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.client.RequestOptions;
import io.workbridge.testkit.journal.JournalEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A {@code withOptions} view sends its options with every call and leaves the client it came from alone. */
class WithOptionsTest extends SimulatorSupport {

  @Test
  void theViewsCallsCarryItsHeader_theClientsDoNot() {
    try (ServiceChannelClient sc = client()) {
      ServiceChannelClient traced = sc.withOptions(RequestOptions.builder().putHeader("X-Correlation-Id", "c-17").build());

      traced.locations().get(ALBANY);
      sc.locations().get(ALBANY);

      List<JournalEntry> calls = sim.journal().findByPath(".*/locations/.*");
      assertThat(calls).hasSize(2);
      assertThat(calls.get(0).header("X-Correlation-Id")).contains("c-17");
      assertThat(calls.get(1).header("X-Correlation-Id")).isEmpty();
    }
  }
}
