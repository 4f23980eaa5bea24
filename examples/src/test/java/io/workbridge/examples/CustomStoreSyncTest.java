package io.workbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.workflow.EffectType;
import io.workbridge.sync.workflow.SyncReport;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomStoreSyncTest {
  @TempDir Path directory;

  @Test
  void customStore_booksEachWorkOrderOnce_andAfterReopeningPushesTheAcceptedStatus() {
    try (ServiceChannelSimulator serviceChannel = new ServiceChannelSimulator().start();
        ServiceTitanSimulator serviceTitan = ServiceTitanSimulator.builder().build().start()) {
      List<Long> workOrders = ServiceChannelQuickstart.seed(serviceChannel, 3);
      Path stateFile = directory.resolve("acme-hvac.state");

      List<SyncReport> reports = CustomStoreSync.run(serviceChannel, serviceTitan, stateFile);

      assertThat(reports).allSatisfy(report -> assertThat(report.stoppedBecause()).isEmpty());
      assertThat(reports.get(0).performed(EffectType.CREATE_BOOKING)).isEqualTo(3);
      assertThat(reports.get(1).performed(EffectType.CREATE_BOOKING)).isZero();
      assertThat(reports.get(1).alreadyDone()).as("the state survived the reopen: nothing was looked up again").isEmpty();
      assertThat(serviceTitan.count("bookings")).isEqualTo(3);
      workOrders.forEach(id -> assertThat(serviceChannel.statusOf(id)).isEqualTo("IN PROGRESS/DISPATCH CONFIRMED"));
      assertThat(stateFile).isNotEmptyFile();
      serviceChannel.verify();
      serviceTitan.verify();
    }
  }
}
