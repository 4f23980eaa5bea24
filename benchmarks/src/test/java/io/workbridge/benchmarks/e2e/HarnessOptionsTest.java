package io.workbridge.benchmarks.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HarnessOptionsTest {

  @Test
  void parse_noArguments_givesTheDocumentedDefaults() {
    HarnessOptions options = HarnessOptions.parse();

    assertThat(options.workOrders()).isEqualTo(2000);
    assertThat(options.latency()).isEqualTo(Duration.ofMillis(20));
    assertThat(options.limits().serviceTitanPerSecond()).isEqualTo(60);
    assertThat(options.limits().serviceChannelClientPerMinute()).isEqualTo(300);
    assertThat(options.limits().serviceChannelCompanyPerMinute()).isEqualTo(600);
    assertThat(options.concurrency()).isEqualTo(4);
  }

  @Test
  void parse_concurrency_isReadAndChecked() {
    assertThat(HarnessOptions.parse("--concurrency", "1").concurrency()).isEqualTo(1);
    assertThatIllegalArgumentException().isThrownBy(() -> HarnessOptions.parse("--concurrency", "0")).withMessageContaining("--concurrency");
  }

  @Test
  void parse_scale_multipliesEveryLimit() {
    HarnessOptions options = HarnessOptions.parse("--work-orders", "500", "--scale", "10", "--latency-ms", "5");

    assertThat(options.workOrders()).isEqualTo(500);
    assertThat(options.latency()).isEqualTo(Duration.ofMillis(5));
    assertThat(options.limits().serviceTitanPerSecond()).isEqualTo(600);
    assertThat(options.limits().serviceChannelClientPerMinute()).isEqualTo(3000);
    assertThat(options.limits().serviceChannelCompanyPerMinute()).isEqualTo(6000);
  }

  @Test
  void floor_isTheCallsBeyondOnePeriodsBurstOverTheRate() {
    RateLimits real = new RateLimits(1);

    assertThat(real.floor(RemoteSystem.SERVICE_TITAN, 60)).isZero();
    assertThat(real.floor(RemoteSystem.SERVICE_TITAN, 180)).isEqualTo(Duration.ofSeconds(2));
    assertThat(real.floor(RemoteSystem.SERVICE_CHANNEL, 310)).isEqualTo(Duration.ofSeconds(2));
    assertThat(new RateLimits(10).floor(RemoteSystem.SERVICE_TITAN, 1800)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void parse_unknownOrMalformed_namesTheOption() {
    assertThatIllegalArgumentException().isThrownBy(() -> HarnessOptions.parse("--fast", "1")).withMessageContaining("--fast");
    assertThatIllegalArgumentException().isThrownBy(() -> HarnessOptions.parse("--scale", "x")).withMessageContaining("--scale");
    assertThatIllegalArgumentException().isThrownBy(() -> HarnessOptions.parse("--scale", "0")).withMessageContaining("scale");
    assertThatIllegalArgumentException().isThrownBy(() -> HarnessOptions.parse("--work-orders")).withMessageContaining("--work-orders");
  }

  @Test
  void callTemplate_replacesTenantIdsAndODataKeys() {
    assertThat(CallType.template("/crm/v2/tenant/1234567/bookings/1001")).isEqualTo("/crm/v2/tenant/{tenant}/bookings/{id}");
    assertThat(CallType.template("/v3/odata/workorders(2147400001)/workactivities")).isEqualTo("/v3/odata/workorders({id})/workactivities");
    assertThat(CallType.template("/v3/workorders/2147400001/notes")).isEqualTo("/v3/workorders/{id}/notes");
    assertThat(CallType.template("/connect/token")).isEqualTo("/connect/token");
  }
}
