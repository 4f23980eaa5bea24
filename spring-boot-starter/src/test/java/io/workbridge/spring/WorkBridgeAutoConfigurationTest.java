package io.workbridge.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.workbridge.runtime.WorkBridge;
import io.workbridge.runtime.config.ConfigException;
import io.workbridge.runtime.config.WorkBridgeConfig;
import io.workbridge.runtime.metrics.WorkBridgeMetrics;
import io.workbridge.testkit.SimulatorConfig;
import io.workbridge.testkit.servicechannel.NewWorkOrder;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.SubscriberSetup;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The starter in an application context against the ServiceTitan and ServiceChannel simulators: the properties
 * become the configuration, the bridge starts with the context and books a work order, the health indicator and
 * the meters report it, a wrong property fails the start naming its key, and without {@code workbridge.connectionId}
 * nothing is configured.
 */
class WorkBridgeAutoConfigurationTest {
  private static final long SUBSCRIBER = 2014917243L;
  private static final long LOCATION = 2006516537L;

  @TempDir Path data;
  private ServiceTitanSimulator serviceTitan;
  private ServiceChannelSimulator serviceChannel;
  private final Instant activatedAt = Instant.now().minus(Duration.ofMinutes(5));

  @BeforeEach
  void startSimulators() {
    serviceTitan = ServiceTitanSimulator.builder().build().start();
    serviceChannel = new ServiceChannelSimulator(Clock.systemUTC(), 300, 600).start();
    serviceChannel.addSubscriber(SubscriberSetup.builder(SUBSCRIBER, "API SANDBOX").build());
    serviceChannel.addLocation(LOCATION, SUBSCRIBER, "0024", 42.6526, -73.7562, 0.5, "America/New_York");
  }

  @AfterEach
  void stopSimulators() {
    serviceChannel.close();
    serviceTitan.close();
  }

  private ApplicationContextRunner runner(String... extra) {
    List<String> properties =
        new ArrayList<>(
            List.of(
                "workbridge.connectionId=acme-hvac",
                "workbridge.store.directory=" + data.toString().replace("\\", "/"),
                "workbridge.workOrders.companyName=Acme HVAC",
                "workbridge.workOrders.activatedAt=" + activatedAt,
                "workbridge.schedule.workOrders=1s",
                "workbridge.schedule.serviceTitanChanges=1s"));
    SimulatorConfig.serviceTitan(serviceTitan).forEach(line -> properties.add("workbridge." + line));
    SimulatorConfig.serviceChannel(serviceChannel).forEach(line -> properties.add("workbridge." + line));
    // the secrets, as an application would have them from its environment or a vault
    SimulatorConfig.environment(serviceTitan).forEach((name, value) -> properties.add(name + "=" + value));
    properties.addAll(List.of(extra));
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WorkBridgeAutoConfiguration.class))
        .withPropertyValues(properties.toArray(String[]::new));
  }

  @Test
  void properties_becomeARunningBridge_withHealthAndMeters() {
    long workOrder =
        serviceChannel.createWorkOrder(
            NewWorkOrder.builder(SUBSCRIBER, LOCATION)
                .description("Rooftop unit not cooling")
                .nte(new BigDecimal("750.00"))
                .scheduledDate(Instant.now().plus(Duration.ofDays(1)))
                .build());

    runner()
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(WorkBridge.class).hasSingleBean(WorkBridgeMetrics.class);
              assertThat(context.getBean(WorkBridgeConfig.class).workOrders().companyName()).isEqualTo("Acme HVAC");
              assertThat(context.getBean(WorkBridgeLifecycle.class).isRunning()).isTrue();
              awaitTrue(() -> serviceTitan.bookings().stream().anyMatch(b -> Long.toString(workOrder).equals(b.get("externalId"))));
              awaitTrue(() -> context.getBean(StreamHealth.class).streams().size() == 2);

              Health health = context.getBean(WorkBridgeHealthIndicator.class).health();
              assertThat(health.getStatus()).isEqualTo(Status.UP);
              assertThat(health.getDetails()).containsKeys(WorkBridge.WORK_ORDERS, WorkBridge.SERVICETITAN_CHANGES);
              assertThat(health.getDetails().toString()).doesNotContain(serviceTitan.clientSecret(), ServiceChannelSimulator.PASSWORD);

              MeterRegistry registry = context.getBean(MeterRegistry.class);
              assertThat(registry.get("workbridge.effects").tags("type", "CREATE_BOOKING").counter().count()).isEqualTo(1.0);
              assertThat(registry.get("workbridge.api.calls").tags("system", "servicechannel").timers()).isNotEmpty();
            });
  }

  @Test
  void healthGoesDown_whenAStreamKeepsFailing() {
    // ServiceChannel refuses the password: every work-order cycle stops at once, as with rotated credentials.
    runner("workbridge.spring.autoStart=false", "workbridge.serviceChannel.password=${ROTATED}", "ROTATED=an-old-password")
        .run(
            context -> {
              assertThat(context.getBean(WorkBridgeLifecycle.class).isRunning()).isFalse();
              WorkBridge bridge = context.getBean(WorkBridge.class);
              for (int i = 0; i < StreamHealth.UNHEALTHY_AFTER; i++) {
                bridge.runOnce();
              }
              Health health = context.getBean(WorkBridgeHealthIndicator.class).health();
              assertThat(health.getStatus()).isEqualTo(Status.DOWN);
              @SuppressWarnings("unchecked")
              Map<String, Object> workOrders = (Map<String, Object>) health.getDetails().get(WorkBridge.WORK_ORDERS);
              assertThat(workOrders).containsEntry("lastOutcome", "stopped").containsKey("lastProblem");
            });
  }

  @Test
  void aWrongProperty_failsTheStart_namingItsKey_withoutTheSecret() {
    runner("workbridge.serviceTitan.clientSecret=written-in-clear", "workbridge.workOrders.companyNmae=Typo")
        .run(
            context -> {
              assertThat(context).hasFailed();
              Throwable failure = context.getStartupFailure();
              while (failure.getCause() != null && !(failure instanceof ConfigException)) {
                failure = failure.getCause();
              }
              assertThat(failure).isInstanceOf(ConfigException.class);
              assertThat(failure.getMessage())
                  .contains("serviceTitan.clientSecret", "${", "companyNmae", "companyName")
                  .doesNotContain("written-in-clear");
            });
  }

  @Test
  void withoutAConnectionId_nothingIsConfigured() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WorkBridgeAutoConfiguration.class))
        .withPropertyValues("workbridge.workOrders.companyName=Acme HVAC")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(WorkBridge.class));
  }

  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
