package io.workbridge.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.testkit.ApiSimulator;
import io.workbridge.testkit.Http;
import io.workbridge.testkit.Json;
import io.workbridge.testkit.MutableClock;
import io.workbridge.testkit.SimResponse;
import io.workbridge.testkit.demo.DemoNotesSimulator;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

class VerifySimulatorsTest {

  /** A test class as a user would write it: one simulator directly, one wrapped in a system simulator. */
  static final class SampleTest {
    static ApiSimulator shared;
    final DemoNotesSimulator wrapped;
    final String unrelated = "x";

    SampleTest(DemoNotesSimulator wrapped) {
      this.wrapped = wrapped;
    }
  }

  private final Http http = new Http();
  private final DemoNotesSimulator demo = new DemoNotesSimulator(MutableClock.fixed()).start();

  @AfterEach
  void tearDown() {
    if (SampleTest.shared != null) {
      SampleTest.shared.clearProblems();
      SampleTest.shared.close();
      SampleTest.shared = null;
    }
    demo.api().clearProblems();
    demo.close();
    http.close();
  }

  private static ExtensionContext contextFor(Object instance) {
    return (ExtensionContext)
        Proxy.newProxyInstance(
            ExtensionContext.class.getClassLoader(),
            new Class<?>[] {ExtensionContext.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "getTestInstance":
                  return Optional.of(instance);
                case "getRequiredTestClass":
                  return instance.getClass();
                default:
                  throw new UnsupportedOperationException(method.getName());
              }
            });
  }

  private static ApiSimulator broken() {
    return ApiSimulator.builder("broken")
        .publicRoute(
            "GET",
            "/boom",
            request -> {
              throw new IllegalStateException("simulator bug");
            })
        .publicRoute("GET", "/ok", request -> SimResponse.ok(Json.obj()))
        .build()
        .start();
  }

  @Test
  void simulators_foundInStaticAndInstanceFieldsAndThroughAccessor() {
    SampleTest.shared = broken();
    SampleTest sample = new SampleTest(demo);

    assertThat(VerifySimulators.simulators(SampleTest.class, sample))
        .containsExactlyInAnyOrder(SampleTest.shared, demo.api());
  }

  @Test
  void afterEach_noProblems_passes() {
    SampleTest.shared = broken();
    http.get(SampleTest.shared.url("/ok"), Map.of());

    new VerifySimulators().afterEach(contextFor(new SampleTest(demo)));
  }

  @Test
  void afterEach_handlerBugInSharedSimulator_failsTestAndClearsForNextTest() {
    SampleTest.shared = broken();
    http.get(SampleTest.shared.url("/boom"), Map.of());
    VerifySimulators extension = new VerifySimulators();
    ExtensionContext context = contextFor(new SampleTest(demo));

    assertThatThrownBy(() -> extension.afterEach(context))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("simulator bug");
    extension.afterEach(context);
  }

  @Test
  void afterEach_contractViolationInWrappedSimulator_failsTest() {
    http.get(demo.api().url("/v1/not-described"), Map.of());

    assertThatThrownBy(() -> new VerifySimulators().afterEach(contextFor(new SampleTest(demo))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("contract violation");
  }
}
