package io.workbridge.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.workbridge.client.Sleeper;
import io.workbridge.runtime.SyncObserver;
import io.workbridge.runtime.WorkBridge;
import io.workbridge.runtime.WorkBridgeFactory;
import io.workbridge.runtime.config.WorkBridgeConfig;
import io.workbridge.runtime.metrics.WorkBridgeMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Builds a running WorkBridge from the application's {@code workbridge.*} properties — the same keys, validation
 * and messages as the configuration file (see the sync-runtime reference) — when {@code workbridge.connectionId}
 * is set:
 *
 * <ul>
 *   <li>{@link WorkBridgeConfig}: read from the properties (define your own bean to build it in code);
 *   <li>{@link WorkBridge}: its clients, store and workflows wired by {@link WorkBridgeFactory}; every {@link
 *       SyncObserver} bean of the context is told about each HTTP attempt and each cycle;
 *   <li>{@link WorkBridgeLifecycle}: starts the schedule with the context, stops it (cycles in flight finish,
 *       {@code workbridge.spring.stopGrace}, default 30 s) when the context closes; {@code
 *       workbridge.spring.autoStart: false} leaves starting to you;
 *   <li>with Micrometer and a {@link MeterRegistry}: {@link WorkBridgeMetrics};
 *   <li>with Actuator: {@link WorkBridgeHealthIndicator}, from {@link StreamHealth}.
 * </ul>
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"
    })
@ConditionalOnProperty(prefix = "workbridge", name = "connection-id")
public class WorkBridgeAutoConfiguration {

  /** The default time cycles in flight get to finish when the context closes. */
  static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(30);

  /** Creates the configuration (by Spring). */
  public WorkBridgeAutoConfiguration() {}

  /**
   * {@return the WorkBridge configuration read from the {@code workbridge.*} properties}
   *
   * @param environment the application's environment
   */
  @Bean
  @ConditionalOnMissingBean
  public WorkBridgeConfig workBridgeConfig(ConfigurableEnvironment environment) {
    return SpringPropertiesConfig.read(environment);
  }

  /** {@return what the streams' recent cycles did, for the health indicator} */
  @Bean
  @ConditionalOnMissingBean
  public StreamHealth workBridgeStreamHealth() {
    return new StreamHealth();
  }

  /**
   * {@return the bridge, closed with the context (with its clients and store)}
   *
   * @param config the configuration
   * @param observers every observer bean of the context
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public WorkBridge workBridge(WorkBridgeConfig config, ObjectProvider<SyncObserver> observers) {
    SyncObserver all = new AllObservers(observers.orderedStream().toList());
    return WorkBridgeFactory.create(config, Clock.systemUTC(), Sleeper.SYSTEM, settings -> {}, settings -> {}, all);
  }

  /**
   * {@return starts and stops the bridge with the context}
   *
   * @param bridge the bridge
   * @param environment where {@code workbridge.spring.*} is read
   */
  @Bean
  @ConditionalOnMissingBean
  public WorkBridgeLifecycle workBridgeLifecycle(WorkBridge bridge, ConfigurableEnvironment environment) {
    Binder binder = Binder.get(environment);
    boolean autoStart = binder.bind(SpringPropertiesConfig.STARTER_PREFIX + "auto-start", Boolean.class).orElse(true);
    Duration grace = binder.bind(SpringPropertiesConfig.STARTER_PREFIX + "stop-grace", Duration.class).orElse(DEFAULT_STOP_GRACE);
    return new WorkBridgeLifecycle(bridge, autoStart, grace);
  }

  /** Micrometer meters, when Micrometer is present and the application has a registry. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  static class Metrics {
    /**
     * {@return the meters}
     *
     * @param registry the application's registry
     */
    @Bean
    @ConditionalOnBean(MeterRegistry.class)
    @ConditionalOnMissingBean
    WorkBridgeMetrics workBridgeMetrics(MeterRegistry registry) {
      return new WorkBridgeMetrics(registry);
    }
  }

  /** The health indicator, when Actuator is present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  static class Health {
    /**
     * {@return the indicator, named {@code workBridge}}
     *
     * @param bridge the bridge
     * @param health what its streams' cycles did
     */
    @Bean
    @ConditionalOnMissingBean(name = "workBridgeHealthIndicator")
    WorkBridgeHealthIndicator workBridgeHealthIndicator(WorkBridge bridge, StreamHealth health) {
      return new WorkBridgeHealthIndicator(bridge, health);
    }
  }
}
