package io.workbridge.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.runtime.WorkBridge;
import io.workbridge.runtime.WorkBridgeFleet;
import io.workbridge.testkit.DottedYaml;
import io.workbridge.testkit.SimulatorConfig;
import io.workbridge.testkit.servicechannel.NewWorkOrder;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.SubscriberSetup;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.math.BigDecimal;
import java.nio.file.Files;
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
 * {@code workbridge.connectionsDir}: a fleet of the directory's connections in an application context, started with
 * it, its {@code ${VARIABLES}} resolved from the Spring environment, with a health indicator.
 */
class WorkBridgeFleetAutoConfigurationTest {
  private static final long SUBSCRIBER = 2014917243L;
  private static final long LOCATION = 2006516537L;

  @TempDir Path connections;
  @TempDir Path data;
  private ServiceTitanSimulator serviceTitan;
  private ServiceChannelSimulator serviceChannel;

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

  /** One connection's file, its credentials as {@code ${VARIABLES}}. */
  private void writeConnection(String connectionId) throws Exception {
    List<String> lines =
        new ArrayList<>(
            List.of(
                "connectionId=" + connectionId,
                "store.directory=" + data.resolve(connectionId).toString().replace("\\", "/"),
                "workOrders.companyName=Acme HVAC",
                "workOrders.activatedAt=" + Instant.now().minus(Duration.ofMinutes(5)),
                "schedule.workOrders=1s",
                "schedule.serviceTitanChanges=1s"));
    lines.addAll(SimulatorConfig.serviceTitan(serviceTitan));
    lines.addAll(SimulatorConfig.serviceChannel(serviceChannel));
    Files.writeString(connections.resolve(connectionId + ".yaml"), DottedYaml.of(lines));
  }

  /** The subscriber issues a work order at its store; returns its id. */
  private long issueWorkOrder() {
    return serviceChannel.createWorkOrder(
        NewWorkOrder.builder(SUBSCRIBER, LOCATION)
            .description("Rooftop unit not cooling")
            .nte(new BigDecimal("750.00"))
            .scheduledDate(Instant.now().plus(Duration.ofDays(1)))
            .build());
  }

  /** Whether ServiceTitan has the work order's booking. */
  private boolean booked(long workOrder) {
    return serviceTitan.bookings().stream().anyMatch(b -> Long.toString(workOrder).equals(b.get("externalId")));
  }

  private ApplicationContextRunner runner() {
    List<String> properties =
        new ArrayList<>(List.of("workbridge.connectionsDir=" + connections, "workbridge.spring.rescanEvery=1h"));
    // the secrets, as an application would have them from its environment or a vault
    SimulatorConfig.environment(serviceTitan).forEach((name, value) -> properties.add(name + "=" + value));
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(WorkBridgeAutoConfiguration.class, WorkBridgeFleetAutoConfiguration.class))
        .withPropertyValues(properties.toArray(String[]::new));
  }

  @Test
  void connectionsDir_becomesARunningFleet_withHealth() throws Exception {
    writeConnection("acme-hvac");
    long workOrder = issueWorkOrder();

    runner()
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(WorkBridgeFleet.class).doesNotHaveBean(WorkBridge.class);
              assertThat(context.getBean(WorkBridgeLifecycle.class).isRunning()).isTrue();
              awaitTrue(() -> booked(workOrder));

              Health health = context.getBean(WorkBridgeFleetHealthIndicator.class).health();
              assertThat(health.getStatus()).isEqualTo(Status.UP);
              assertThat(health.getDetails()).containsKey("connections");
              assertThat(health.getDetails().toString())
                  .contains("acme-hvac")
                  .doesNotContain(serviceTitan.clientSecret(), ServiceChannelSimulator.PASSWORD);
            });
  }

  @Test
  void clusterEnabled_runsTheConnectionsThroughTheApplicationsDatabase() throws Exception {
    writeConnection("acme-hvac");
    long workOrder = issueWorkOrder();
    org.h2.jdbcx.JdbcDataSource database = new org.h2.jdbcx.JdbcDataSource();
    database.setURL("jdbc:h2:mem:starter-cluster-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");

    runner()
        .withBean(javax.sql.DataSource.class, () -> database)
        .withPropertyValues(
            "workbridge.spring.cluster.enabled=true",
            "workbridge.spring.cluster.process-name=app-1",
            "workbridge.spring.cluster.heartbeat=1s",
            "workbridge.spring.cluster.poll-every=200ms")
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(io.workbridge.runtime.ClusterSettings.class);
              awaitTrue(() -> booked(workOrder));
              List<String> tasks = new ArrayList<>();
              List<String> links = new ArrayList<>();
              try (java.sql.Connection connection = database.getConnection();
                  java.sql.Statement statement = connection.createStatement()) {
                try (java.sql.ResultSet rows =
                    statement.executeQuery("select task_instance, picked_by from workbridge.workbridge_scheduled_tasks")) {
                  while (rows.next()) {
                    tasks.add(rows.getString(1));
                  }
                }
              }
              assertThat(tasks).containsExactlyInAnyOrder("acme-hvac|work-orders", "acme-hvac|servicetitan-changes");
              io.workbridge.sync.store.SyncStore store =
                  context.getBean("workBridgeClusterStore", io.workbridge.sync.store.SyncStore.class);
              store.connection(io.workbridge.sync.store.ConnectionId.of("acme-hvac"))
                  .links()
                  .list(io.workbridge.sync.store.LinkKind.WORK_ORDER_BOOKING)
                  .forEach(link -> links.add(link.sourceId()));
              assertThat(links).as("the connection's state is in the application's database").contains(Long.toString(workOrder));
            });
  }

  @Test
  void aRefusedFile_takesTheHealthDown_namingItsProblem() throws Exception {
    Files.writeString(connections.resolve("broken.yaml"), "connectionId: broken\n");

    runner()
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              Health health = context.getBean(WorkBridgeFleetHealthIndicator.class).health();
              assertThat(health.getStatus()).isEqualTo(Status.DOWN);
              @SuppressWarnings("unchecked")
              Map<String, Object> refused = (Map<String, Object>) health.getDetails().get("refused");
              assertThat(refused).containsKey("broken.yaml");
              assertThat(refused.get("broken.yaml").toString()).contains("workOrders");
            });
  }

  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
