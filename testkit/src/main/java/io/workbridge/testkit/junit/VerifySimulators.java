package io.workbridge.testkit.junit;

import io.workbridge.testkit.ApiSimulator;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.jspecify.annotations.Nullable;

/**
 * JUnit 5 extension that, after each test, verifies every simulator the test class holds in a field
 * (static or not): an {@link ApiSimulator}, or any object with a public no-argument method returning one
 * (such as a system simulator's {@code api()} or {@code simulator()}). A contract violation or handler bug
 * during the test fails that very test, even when the simulator is shared by the whole class and closed
 * only in {@code @AfterAll}. The problems are cleared after being reported, so the next test starts clean.
 *
 * <pre>{@code
 * @ExtendWith(VerifySimulators.class)
 * class WorkOrdersSimulatorTest {
 *   static ServiceChannelSimulator sim = new ServiceChannelSimulator(clock).start();
 *   ...
 * }
 * }</pre>
 */
public final class VerifySimulators implements AfterEachCallback {

  /** Creates the extension (JUnit does this). */
  public VerifySimulators() {}

  @Override
  public void afterEach(ExtensionContext context) {
    Object instance = context.getTestInstance().orElse(null);
    List<AssertionError> failures = new ArrayList<>();
    for (ApiSimulator simulator : simulators(context.getRequiredTestClass(), instance)) {
      try {
        simulator.verify();
      } catch (AssertionError failure) {
        simulator.clearProblems();
        failures.add(failure);
      }
    }
    if (failures.size() == 1) {
      throw failures.get(0);
    }
    if (!failures.isEmpty()) {
      AssertionError combined = new AssertionError(failures.size() + " simulators saw problems");
      failures.forEach(combined::addSuppressed);
      throw combined;
    }
  }

  static List<ApiSimulator> simulators(Class<?> testClass, @Nullable Object instance) {
    Map<ApiSimulator, Boolean> found = new IdentityHashMap<>();
    for (Class<?> type = testClass; type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        boolean isStatic = Modifier.isStatic(field.getModifiers());
        if (!isStatic && instance == null) {
          continue;
        }
        Object value;
        try {
          field.setAccessible(true);
          value = field.get(isStatic ? null : instance);
        } catch (ReflectiveOperationException | RuntimeException e) {
          continue;
        }
        simulatorOf(value).ifPresent(simulator -> found.put(simulator, Boolean.TRUE));
      }
    }
    return List.copyOf(found.keySet());
  }

  private static Optional<ApiSimulator> simulatorOf(@Nullable Object value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof ApiSimulator) {
      return Optional.of((ApiSimulator) value);
    }
    for (Method method : value.getClass().getMethods()) {
      if (method.getParameterCount() == 0
          && ApiSimulator.class.isAssignableFrom(method.getReturnType())
          && !Modifier.isStatic(method.getModifiers())) {
        try {
          return Optional.ofNullable((ApiSimulator) method.invoke(value));
        } catch (ReflectiveOperationException | RuntimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
