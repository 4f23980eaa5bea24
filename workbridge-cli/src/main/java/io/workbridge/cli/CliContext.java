package io.workbridge.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;

/**
 * What the commands take from the process: the environment the configuration's {@code ${VARIABLES}} resolve
 * from, and the clock. The process's own by default; {@link WorkBridgeCli#commandLine(Map, Clock)} gives others
 * (a test runs the command line against simulators on a simulated clock, with their credentials).
 *
 * @param environment the environment variables
 * @param clock the clock of the clients, the store and the scheduler
 */
record CliContext(Map<String, String> environment, Clock clock) {
  /** Copies the environment. */
  CliContext {
    environment = Map.copyOf(environment);
    Objects.requireNonNull(clock, "clock");
  }

  /** The process's environment and the system clock. */
  static CliContext system() {
    return new CliContext(System.getenv(), Clock.systemUTC());
  }

  /** Creates each command with this context when it has a constructor taking one, else as picocli would. */
  CommandLine.IFactory factory() {
    CommandLine.IFactory fallback = CommandLine.defaultFactory();
    return new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        Constructor<K> withContext;
        try {
          withContext = type.getDeclaredConstructor(CliContext.class);
        } catch (NoSuchMethodException none) {
          return fallback.create(type);
        }
        try {
          return withContext.newInstance(CliContext.this);
        } catch (InvocationTargetException failed) {
          throw failed.getCause() instanceof Exception cause ? cause : failed;
        }
      }
    };
  }
}
