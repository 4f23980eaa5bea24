package io.workbridge.spring;

import io.workbridge.client.Sleeper;
import io.workbridge.runtime.SyncObserver;
import io.workbridge.runtime.WorkBridgeFactory;
import io.workbridge.runtime.WorkBridgeFleet;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
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
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public WorkBridgeFleet workBridgeFleet(ConfigurableEnvironment environment, ObjectProvider<SyncObserver> observers) {
    Binder binder = Binder.get(environment);
    Path directory = Path.of(binder.bind("workbridge.connections-dir", String.class).get());
    SyncObserver all = new AllObservers(observers.orderedStream().toList());
    return WorkBridgeFleet.builder(directory)
        .variables(environment::getProperty)
        .rescanEvery(
            binder.bind(SpringPropertiesConfig.STARTER_PREFIX + "rescan-every", Duration.class).orElse(Duration.ofSeconds(30)))
        .grace(stopGrace(binder))
        .factory(
            config -> WorkBridgeFactory.create(config, Clock.systemUTC(), Sleeper.SYSTEM, settings -> {}, settings -> {}, all))
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
