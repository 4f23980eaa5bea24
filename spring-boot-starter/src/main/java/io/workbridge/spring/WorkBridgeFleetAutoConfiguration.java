package io.workbridge.spring;

import io.workbridge.client.Sleeper;
import io.workbridge.runtime.ClusterSettings;
import io.workbridge.runtime.SyncObserver;
import io.workbridge.runtime.WorkBridgeFactory;
import io.workbridge.runtime.WorkBridgeFleet;
import io.workbridge.sync.jdbc.JdbcSyncStore;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.store.SyncStoreSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Many connections in one application, when {@code workbridge.connectionsDir} names a directory with one
 * configuration file per connection (the file format of the command line): a {@link WorkBridgeFleet} whose
 * {@code ${VARIABLES}} resolve from the Spring environment, started and stopped with the context ({@code
 * workbridge.spring.autoStart}, {@code workbridge.spring.stopGrace}), the directory read again every {@code
 * workbridge.spring.rescanEvery} (default 30 s); every {@link SyncObserver} bean (e.g. {@link
 * io.workbridge.runtime.metrics.WorkBridgeMetrics}) is told about every connection's calls and cycles; with
 * Actuator, {@link WorkBridgeFleetHealthIndicator}. Use it instead of {@code workbridge.connectionId}, not with it.
 */
@AutoConfiguration(after = WorkBridgeAutoConfiguration.class)
@ConditionalOnProperty(prefix = "workbridge", name = "connections-dir")
public class WorkBridgeFleetAutoConfiguration {

  /** Creates the configuration (by Spring). */
  public WorkBridgeFleetAutoConfiguration() {}

  /**
   * {@return the fleet of the directory's connections, closed with the context}
   *
   * @param environment the application's environment (the directory, the variables)
   * @param observers every observer bean of the context
   * @param cluster the connections' shared store, when {@code workbridge.spring.cluster.enabled}
   * @param clusterSettings how the processes share the cycles, when {@code workbridge.spring.cluster.enabled}
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public WorkBridgeFleet workBridgeFleet(
      ConfigurableEnvironment environment,
      ObjectProvider<SyncObserver> observers,
      @Qualifier(Cluster.STORE) ObjectProvider<SyncStore> cluster,
      ObjectProvider<ClusterSettings> clusterSettings) {
    Binder binder = Binder.get(environment);
    Path directory = Path.of(binder.bind("workbridge.connections-dir", String.class).get());
    SyncObserver all = new AllObservers(observers.orderedStream().toList());
    WorkBridgeFleet.Builder fleet =
        WorkBridgeFleet.builder(directory)
            .variables(environment::getProperty)
            .rescanEvery(
                binder.bind(SpringPropertiesConfig.STARTER_PREFIX + "rescan-every", Duration.class).orElse(Duration.ofSeconds(30)))
            .grace(stopGrace(binder));
    SyncStore shared = cluster.getIfAvailable();
    ClusterSettings settings = clusterSettings.getIfAvailable();
    if (shared != null && settings != null) {
      fleet.cluster(settings);
    }
    return fleet
        .factory(
            config ->
                WorkBridgeFactory.create(
                    config, Clock.systemUTC(), Sleeper.SYSTEM, ignored -> {}, ignored -> {}, all, shared))
        .build();
  }

  /**
   * {@return starts and stops the fleet with the context}
   *
   * @param fleet the fleet
   * @param environment where {@code workbridge.spring.*} is read
   */
  @Bean
  @ConditionalOnMissingBean
  public WorkBridgeLifecycle workBridgeFleetLifecycle(WorkBridgeFleet fleet, ConfigurableEnvironment environment) {
    Binder binder = Binder.get(environment);
    boolean autoStart = binder.bind(SpringPropertiesConfig.STARTER_PREFIX + "auto-start", Boolean.class).orElse(true);
    return new WorkBridgeLifecycle(fleet, autoStart, stopGrace(binder));
  }

  private static Duration stopGrace(Binder binder) {
    return binder
        .bind(SpringPropertiesConfig.STARTER_PREFIX + "stop-grace", Duration.class)
        .orElse(WorkBridgeAutoConfiguration.DEFAULT_STOP_GRACE);
  }

  /**
   * Several application instances sharing the directory's connections, when {@code
   * workbridge.spring.cluster.enabled=true}: every connection's state in the application's {@link DataSource}
   * (schema {@code workbridge.spring.cluster.schema}, default {@code workbridge}), and each (connection, stream)
   * cycle run by one instance at a time through db-scheduler ({@code workbridge.spring.cluster.process-name},
   * {@code threads}, {@code heartbeat}). Needs {@code com.github.kagkarlsson:db-scheduler} on the class path.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "com.github.kagkarlsson.scheduler.Scheduler")
  @ConditionalOnProperty(prefix = "workbridge.spring.cluster", name = "enabled", havingValue = "true")
  static class Cluster {
    /** The bean name of the connections' shared store. */
    static final String STORE = "workBridgeClusterStore";

    /**
     * {@return how this instance shares the cycles with the others}
     *
     * @param dataSource the application's database (PostgreSQL)
     * @param environment where {@code workbridge.spring.cluster.*} is read
     */
    @Bean
    @ConditionalOnMissingBean
    ClusterSettings workBridgeClusterSettings(DataSource dataSource, ConfigurableEnvironment environment) {
      Binder binder = Binder.get(environment);
      String prefix = SpringPropertiesConfig.STARTER_PREFIX + "cluster.";
      ClusterSettings.Builder settings =
          ClusterSettings.builder(dataSource).tableName(schema(binder) + ".workbridge_scheduled_tasks");
      binder.bind(prefix + "process-name", String.class).ifBound(settings::processName);
      binder.bind(prefix + "threads", Integer.class).ifBound(settings::threads);
      binder.bind(prefix + "heartbeat", Duration.class).ifBound(settings::heartbeat);
      binder.bind(prefix + "poll-every", Duration.class).ifBound(settings::pollEvery);
      return settings.build();
    }

    /**
     * {@return every connection's store, in the application's database}
     *
     * @param dataSource the application's database
     * @param settings the cluster settings (their process name owns this instance's reservations)
     * @param environment where the schema is read
     */
    @Bean(name = STORE, destroyMethod = "close")
    SyncStore workBridgeClusterStore(DataSource dataSource, ClusterSettings settings, ConfigurableEnvironment environment) {
      return JdbcSyncStore.open(
          dataSource,
          schema(Binder.get(environment)),
          SyncStoreSettings.builder().owner(settings.processName()).build());
    }

    private static String schema(Binder binder) {
      return binder.bind(SpringPropertiesConfig.STARTER_PREFIX + "cluster.schema", String.class).orElse("workbridge");
    }
  }

  /** The health indicator, when Actuator is present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  static class Health {
    /**
     * {@return the indicator, named {@code workBridgeFleet}}
     *
     * @param fleet the fleet
     */
    @Bean
    @ConditionalOnMissingBean(name = "workBridgeFleetHealthIndicator")
    WorkBridgeFleetHealthIndicator workBridgeFleetHealthIndicator(WorkBridgeFleet fleet) {
      return new WorkBridgeFleetHealthIndicator(fleet);
    }
  }
}
