package io.workbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.runtime.WorkBridge;
import io.workbridge.runtime.config.ConfigWriter;
import io.workbridge.runtime.config.WorkBridgeConfig;
import io.workbridge.sync.workflow.EffectType;
import io.workbridge.sync.workflow.SyncReport;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.leads.LeadsVendorSimulator;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfiguredBridgeTest {
  @TempDir Path data;

  @Test
  void configurationBuiltInJava_runsTheBridge_leadsUnderTheirOwnBookingProvider() {
    try (ServiceChannelSimulator serviceChannel = new ServiceChannelSimulator().start();
        ServiceTitanSimulator serviceTitan = ServiceTitanSimulator.builder().build().start();
        LeadsVendorSimulator vendor = new LeadsVendorSimulator(MutableClock.at(Instant.now())).start()) {
      List<Long> workOrders = ServiceChannelQuickstart.seed(serviceChannel, 2);
      String alert = vendor.raiseAlert(LeadsVendorSimulator.ACCOUNT_WITH_PROFILES, "Water Detected", "Critical");
      WorkBridgeConfig config = ConfiguredBridge.configuration(serviceChannel, serviceTitan, vendor, data.resolve("state.bin"));

      Map<String, SyncReport> reports = ConfiguredBridge.run(config);

      assertThat(reports.get(WorkBridge.WORK_ORDERS).performed(EffectType.CREATE_BOOKING)).isEqualTo(workOrders.size());
      assertThat(reports.get(WorkBridge.LEADS).performed(EffectType.LEAD_BOOKING)).isPositive();
      List<String> workOrderIds = workOrders.stream().map(String::valueOf).toList();
      assertThat(serviceTitan.bookings()).anyMatch(booking -> alert.equals(booking.get("externalId")));
      assertThat(serviceTitan.bookings())
          .allSatisfy(booking -> assertThat(booking.get("bookingProviderId"))
              .isEqualTo(workOrderIds.contains(booking.get("externalId")) ? serviceTitan.bookingProviderId() : serviceTitan.leadBookingProviderId()));
      assertThat(data.resolve("state.bin")).exists();
      assertThat(ConfigWriter.show(config))
          .contains("provider: file")
          .doesNotContain(ServiceChannelSimulator.PASSWORD)
          .doesNotContain(LeadsVendorSimulator.CLIENT_SECRET);
    }
  }
}
