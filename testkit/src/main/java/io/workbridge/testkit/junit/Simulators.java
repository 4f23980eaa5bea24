package io.workbridge.testkit.junit;

import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.leads.LeadsVendorSimulator;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that gives each test a fresh set of simulators on one shared simulated clock: before
 * each test it creates the {@link MutableClock} and starts the simulators asked for; after each test it
 * verifies them (a contract violation or handler bug fails that test) and closes them. Test and
 * {@code @BeforeEach} methods receive them as parameters ({@link MutableClock}, {@link
 * ServiceChannelSimulator}, {@link ServiceTitanSimulator}, {@link LeadsVendorSimulator}); {@link
 * SimulatorAccess#of} turns a simulator into what a client builder needs, and the clock is also the sleeper
 * ({@code clock::sleep}).
 *
 * <pre>{@code
 * @RegisterExtension
 * final Simulators simulators =
 *     Simulators.startingAt("2026-06-01T14:00:00Z")
 *         .withServiceChannel(sc -> sc.addSubscriber(SubscriberSetup.builder(SANDBOX, "API SANDBOX").build()))
 *         .withServiceTitan(builder -> builder.exportPageSize(5));
 *
 * @Test
 * void acceptsAWorkOrder(ServiceChannelSimulator sc, MutableClock clock) {
 *   ServiceChannelClient client = Clients.serviceChannel(SimulatorAccess.of(sc), clock);
 *   ...
 * }
 * }</pre>
 *
 * <p>Register it in an instance field (one instance per test): it keeps the running simulators in fields.
 */
public final class Simulators implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

  /** A started simulator: the instance, how to verify it, forget its problems, and close it. */
  private record Running(Object simulator, Runnable verify, Runnable clearProblems, AutoCloseable closer) {}

  private final Instant start;
  private @Nullable Consumer<ServiceChannelSimulator> serviceChannelSetup;
  private @Nullable Consumer<ServiceTitanSimulator.Builder> serviceTitanSetup;
  private @Nullable Function<MutableClock, LeadsVendorSimulator> leadsFactory;
  private @Nullable MutableClock clock;
  private final List<Running> running = new ArrayList<>();

  private Simulators(Instant start) {
    this.start = start;
  }

  /**
   * {@return an extension whose clock starts each test at the given ISO-8601 instant}
   *
   * @param start e.g. {@code "2026-06-01T14:00:00Z"}
   */
  public static Simulators startingAt(String start) {
    return new Simulators(Instant.parse(start));
  }

  /**
   * Starts a {@link ServiceChannelSimulator} (production rate limits) for each test.
   *
   * @return this extension
   */
  public Simulators withServiceChannel() {
    return withServiceChannel(sim -> {});
  }

  /**
   * Starts a {@link ServiceChannelSimulator} for each test and sets it up (subscribers, locations, …).
   *
   * @param setup runs on the started simulator before the test's own {@code @BeforeEach} methods
   * @return this extension
   */
  public Simulators withServiceChannel(Consumer<ServiceChannelSimulator> setup) {
    this.serviceChannelSetup = Objects.requireNonNull(setup, "setup");
    return this;
  }

  /**
   * Starts a {@link ServiceTitanSimulator} with its defaults for each test.
   *
   * @return this extension
   */
  public Simulators withServiceTitan() {
    return withServiceTitan(builder -> {});
  }

  /**
   * Starts a {@link ServiceTitanSimulator} for each test, built from a builder on the shared clock.
   *
   * @param settings changes the builder's settings (the clock is already set)
   * @return this extension
   */
  public Simulators withServiceTitan(Consumer<ServiceTitanSimulator.Builder> settings) {
    this.serviceTitanSetup = Objects.requireNonNull(settings, "settings");
    return this;
  }

  /**
   * Starts a {@link LeadsVendorSimulator} with its default seed, secret and history for each test.
   *
   * @return this extension
   */
  public Simulators withLeadsVendor() {
    return withLeadsVendor(LeadsVendorSimulator::new);
  }

  /**
   * Starts a {@link LeadsVendorSimulator} made by {@code factory} on the shared clock for each test (for
   * another seed or history size).
   *
   * @param factory makes the simulator from the shared clock; the extension starts it
   * @return this extension
   */
  public Simulators withLeadsVendor(Function<MutableClock, LeadsVendorSimulator> factory) {
    this.leadsFactory = Objects.requireNonNull(factory, "factory");
    return this;
  }

  /** {@return the current test's clock} */
  public MutableClock clock() {
    return Objects.requireNonNull(clock, "no test is running");
  }

  /** {@return the current test's ServiceChannel simulator} */
  public ServiceChannelSimulator serviceChannel() {
    return find(ServiceChannelSimulator.class);
  }

  /** {@return the current test's ServiceTitan simulator} */
  public ServiceTitanSimulator serviceTitan() {
    return find(ServiceTitanSimulator.class);
  }

  /** {@return the current test's leads vendor simulator} */
  public LeadsVendorSimulator leadsVendor() {
    return find(LeadsVendorSimulator.class);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    startAll();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    stopAll();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == MutableClock.class || running.stream().anyMatch(r -> r.simulator().getClass() == type);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == MutableClock.class ? clock() : find(type);
  }

  /** Creates the clock and starts the configured simulators on it. */
  void startAll() {
    stopAll();
    MutableClock now = MutableClock.at(start);
    clock = now;
    try {
      if (serviceChannelSetup != null) {
        ServiceChannelSimulator sim = new ServiceChannelSimulator(now).start();
        running.add(new Running(sim, sim::verify, sim.simulator()::clearProblems, sim));
        serviceChannelSetup.accept(sim);
      }
      if (serviceTitanSetup != null) {
        ServiceTitanSimulator.Builder builder = ServiceTitanSimulator.builder().clock(now);
        serviceTitanSetup.accept(builder);
        ServiceTitanSimulator sim = builder.build().start();
        running.add(new Running(sim, sim::verify, sim::clearProblems, sim));
      }
      if (leadsFactory != null) {
        LeadsVendorSimulator sim = leadsFactory.apply(now).start();
        running.add(new Running(sim, sim.api()::verify, sim.api()::clearProblems, sim));
      }
    } catch (RuntimeException | Error failed) {
      try {
        stopAll();
      } catch (AssertionError ignored) {
        // the start failure is the one to report
      }
      throw failed;
    }
  }

  /**
   * Verifies and closes every running simulator, even when one fails.
   *
   * @throws AssertionError naming every problem the simulators saw
   */
  void stopAll() {
    List<Throwable> failures = new ArrayList<>();
    for (Running each : running) {
      try {
        each.verify().run();
      } catch (AssertionError problem) {
        each.clearProblems().run();
        failures.add(problem);
      }
      try {
        each.closer().close();
      } catch (Exception | AssertionError closing) {
        failures.add(closing);
      }
    }
    running.clear();
    clock = null;
    if (failures.size() == 1 && failures.get(0) instanceof AssertionError only) {
      throw only;
    }
    if (!failures.isEmpty()) {
      AssertionError combined = new AssertionError(failures.size() + " simulator problem(s) in this test");
      failures.forEach(combined::addSuppressed);
      throw combined;
    }
  }

  private <T> T find(Class<T> type) {
    for (Running each : running) {
      if (type.isInstance(each.simulator())) {
        return type.cast(each.simulator());
      }
    }
    throw new IllegalStateException("no " + type.getSimpleName() + " is running; configure it on the extension");
  }
}
