package io.workbridge.testkit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workbridge.testkit.process.ChildJvms.Child;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmsTest {
  private static final List<String> FAST = List.of("-XX:TieredStopAtLevel=1", "-Xmx32m");

  /** A child program: prints its argument and the environment's {@code GREETING}, then exits or waits. */
  public static final class Program {
    public static void main(String[] arguments) throws InterruptedException {
      System.out.println("started " + arguments[0] + " " + System.getenv("GREETING"));
      System.out.flush();
      if (arguments[0].equals("wait")) {
        Thread.sleep(60_000);
      }
      System.exit(3);
    }
  }

  @TempDir Path logs;

  @Test
  void aChildRunsWithTheEnvironment_andItsExitCodeAndOutputAreRead() {
    try (ChildJvms jvms = ChildJvms.of(Program.class, FAST, Map.of("GREETING", "hello"))) {
      Child child = jvms.start("quick", logs.resolve("quick.log"), List.of("exit"));

      assertThat(child.awaitExit(Duration.ofSeconds(30))).isEqualTo(3);
      assertThat(child.output()).contains("started exit hello");
      assertThat(jvms.children()).containsExactly(child);
    }
  }

  @Test
  void killEndsAChildAtOnce_andCloseEndsTheRest() throws InterruptedException {
    Child survivor;
    try (ChildJvms jvms = ChildJvms.of(Program.class, FAST, Map.of())) {
      Child victim = jvms.start("victim", logs.resolve("victim.log"), List.of("wait"));
      survivor = jvms.start("survivor", logs.resolve("survivor.log"), List.of("wait"));
      awaitOutput(victim);

      victim.kill();

      assertThat(victim.isAlive()).isFalse();
      assertThat(survivor.isAlive()).isTrue();
    }
    assertThat(survivor.isAlive()).isFalse();
  }

  @Test
  void aChildThatOutlivesItsLimit_isKilled_andTheFailureShowsWhatItPrinted() throws InterruptedException {
    try (ChildJvms jvms = ChildJvms.of(Program.class, FAST, Map.of())) {
      Child slow = jvms.start("slow", logs.resolve("slow.log"), List.of("wait"));
      awaitOutput(slow);

      assertThatThrownBy(() -> slow.awaitExit(Duration.ofMillis(100)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("slow did not end within")
          .hasMessageContaining("started wait");
      slow.process().waitFor();
      assertThat(slow.isAlive()).isFalse();
    }
  }

  private static void awaitOutput(Child child) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (!child.output().contains("started") && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
    assertThat(child.output()).contains("started");
  }
}
