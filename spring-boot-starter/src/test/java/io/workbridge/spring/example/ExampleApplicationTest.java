package io.workbridge.spring.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.runtime.WorkBridge;
import io.workbridge.spring.WorkBridgeHealthIndicator;
import io.workbridge.spring.WorkBridgeLifecycle;
import io.workbridge.testkit.servicechannel.NewWorkOrder;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.SubscriberSetup;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The example application, started as a user would, against the simulators: a work order becomes a booking. */
class ExampleApplicationTest {
  private static final long SUBSCRIBER = 2014917243L;
  private static final long LOCATION = 2006516537L;

  @Test
  void theApplicationSyncsANewWorkOrder_andReportsHealthy(@TempDir Path data) throws Exception {
    try (ServiceTitanSimulator serviceTitan = ServiceTitanSimulator.builder().build().start();
        ServiceChannelSimulator serviceChannel = new ServiceChannelSimulator(Clock.systemUTC(), 300, 600).start()) {
      serviceChannel.addSubscriber(SubscriberSetup.builder(SUBSCRIBER, "API SANDBOX").build());
      serviceChannel.addLocation(LOCATION, SUBSCRIBER, "0024", 42.6526, -73.7562, 0.5, "America/New_York");
      long workOrder =
          serviceChannel.createWorkOrder(
              NewWorkOrder.builder(SUBSCRIBER, LOCATION)
                  .description("Walk-in cooler warm")
                  .nte(new BigDecimal("500.00"))
                  .scheduledDate(Instant.now().plus(Duration.ofDays(1)))
                  .build());

      try (ConfigurableApplicationContext context =
          new SpringApplicationBuilder(ExampleApplication.class)
              .properties(
                  "spring.config.location=classpath:example/application.yml",
                  "spring.main.banner-mode=off",
                  "logging.level.root=WARN",
                  "WORKBRIDGE_DATA=" + data.toString().replace("\\", "/"),
                  "ACTIVATED_AT=" + Instant.now().minus(Duration.ofHours(1)),
                  "ST_API_URL=" + serviceTitan.baseUrl(),
                  "ST_AUTH_URL=" + serviceTitan.tokenUrl().replace("connect/token", ""),
                  "ST_TENANT=" + serviceTitan.tenantId(),
                  "ST_CLIENT_ID=" + serviceTitan.clientId(),
                  "ST_APP_KEY=" + serviceTitan.appKey(),
                  "ST_CLIENT_SECRET=" + serviceTitan.clientSecret(),
                  "ST_BOOKING_PROVIDER=" + serviceTitan.bookingProviderId(),
                  "SC_API_URL=" + serviceChannel.apiBaseUrl(),
                  "SC_LOGIN_URL=" + serviceChannel.tokenUrl().replace("oauth/token", ""),
                  "SC_CLIENT_ID=" + ServiceChannelSimulator.CLIENT_ID,
                  "SC_USERNAME=" + ServiceChannelSimulator.USERNAME,
                  "SC_CLIENT_SECRET=" + ServiceChannelSimulator.CLIENT_SECRET,
                  "SC_PASSWORD=" + ServiceChannelSimulator.PASSWORD)
              .run()) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (serviceTitan.bookings().stream().noneMatch(b -> Long.toString(workOrder).equals(b.get("externalId")))) {
          assertThat(System.nanoTime()).as("a booking within 30 s").isLessThan(deadline);
          Thread.sleep(50);
        }
        assertThat(context.getBean(WorkBridgeLifecycle.class).isRunning()).isTrue();
        assertThat(context.getBean(WorkBridge.class).status()).containsKeys(WorkBridge.WORK_ORDERS, WorkBridge.SERVICETITAN_CHANGES);
        assertThat(context.getBean(WorkBridgeHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
      }
    }
  }
}
