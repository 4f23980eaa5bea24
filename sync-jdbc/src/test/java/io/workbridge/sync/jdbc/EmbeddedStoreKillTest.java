package io.workbridge.sync.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.sync.store.ConnectionId;
import io.workbridge.sync.store.EffectLog;
import io.workbridge.sync.store.SyncStoreSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded H2 store keeps every committed transaction when its process is killed (SIGKILL): a process
 * confirms effects one after another and reports each once {@code confirm} returned; it is killed right
 * away, and the reopened store must hold every reported confirmation. (With H2's default write delay, the
 * last half second of commits was lost, and a restarted process repeated writes that had happened.)
 */
class EmbeddedStoreKillTest {
  private static final ConnectionId CONNECTION = ConnectionId.of("killed");
  private static final int REPORTED = 40;

  @TempDir Path directory;

  @Test
  void processKilledRightAfterConfirming_reopenedStoreHoldsEveryReportedConfirmation() throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Confirmer.class.getName(),
                directory.toString())
            .redirectErrorStream(true)
            .start();
    int last = -1;
    StringBuilder output = new StringBuilder();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (last < REPORTED && (line = lines.readLine()) != null) {
        output.append(line).append('\n');
        if (line.startsWith("confirmed ")) {
          last = Integer.parseInt(line.substring("confirmed ".length()));
        }
      }
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(last).as("confirmations reported before the kill; the child printed:%n%s", output).isEqualTo(REPORTED);

    try (JdbcSyncStore reopened = JdbcSyncStore.embedded(directory, SyncStoreSettings.defaults())) {
      EffectLog effects = reopened.connection(CONNECTION).effects();
      for (int i = 0; i <= last; i++) {
        assertThat(effects.isConfirmed("effect-" + i)).as("effect-%d, reported confirmed before the kill", i).isTrue();
      }
    }
  }

  /** The killed process: confirms effect after effect in the embedded store in a directory, reporting each. */
  public static final class Confirmer {
    private Confirmer() {}

    /**
     * Runs until killed.
     *
     * @param arguments the store's directory
     */
    public static void main(String[] arguments) {
      JdbcSyncStore store = JdbcSyncStore.embedded(Path.of(arguments[0]), SyncStoreSettings.defaults());
      EffectLog effects = store.connection(CONNECTION).effects();
      for (int i = 0; ; i++) {
        String key = "effect-" + i;
        effects.reserve(key);
        effects.confirm(key, "done");
        System.out.println("confirmed " + i);
        System.out.flush();
      }
    }
  }
}
