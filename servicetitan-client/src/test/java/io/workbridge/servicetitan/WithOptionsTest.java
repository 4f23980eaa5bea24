package io.workbridge.servicetitan;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.client.RequestOptions;
import io.workbridge.servicetitan.model.ListFilter;
import io.workbridge.testkit.journal.JournalEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A {@code withOptions} view sends its options with every call and leaves the client it came from alone. */
class WithOptionsTest extends SimulatorTestBase {

  @Test
  void theViewsCallsCarryItsHeader_theClientsDoNot() {
    ServiceTitanClient traced = st.withOptions(RequestOptions.builder().putHeader("X-Correlation-Id", "c-17").build());

    traced.technicians().list(ListFilter.none()).stream().toList();
    st.technicians().list(ListFilter.none()).stream().toList();
    traced.close(); // closes nothing shared
    st.technicians().list(ListFilter.none()).stream().toList();

    List<JournalEntry> calls = sim.journal().findByPath(".*/technicians.*");
    assertThat(calls).hasSize(3);
    assertThat(calls.get(0).header("X-Correlation-Id")).contains("c-17");
    assertThat(calls.get(1).header("X-Correlation-Id")).isEmpty();
    assertThat(calls.get(2).header("X-Correlation-Id")).isEmpty();
  }
}
