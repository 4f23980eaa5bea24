package io.workbridge.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.client.Secret;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code config show}: the effective configuration, written as the reader reads it, secrets masked. */
class ConfigWriterTest {

  @Test
  void show_writesEveryDefault_andMasksSecretsAndUrlPasswords() {
    WorkBridgeConfig config =
        WorkBridgeConfig.parse(
            WorkBridgeConfigTest.MINIMAL + "store:\n  url: jdbc:postgresql://db/ops?user=wb&password=${WB_DB_PASSWORD}\n",
            WorkBridgeConfigTest.ENV);

    String shown = ConfigWriter.show(config);

    assertThat(shown)
        .contains("schedule:\n  workOrders: 1m\n  serviceTitanChanges: 30s\n  notes: 30s\n  invoices: 5m\n  leads: 1m\n")
        .contains("  declineReasonId: 5\n")
        .contains("  accept: IN PROGRESS / DISPATCH CONFIRMED\n")
        .contains("  invoiceTrigger: [Exported]\n")
        .contains("  appKey: \"****\"\n")
        .contains("  url: \"jdbc:postgresql://db/ops?user=wb&password=****\"")
        .doesNotContain("canary");
  }

  @Test
  void writtenConfiguration_readsBackEqual_forTheFullSample() {
    WorkBridgeConfig config = WorkBridgeConfig.parse(WorkBridgeConfigTest.sample(), WorkBridgeConfigTest.ENV);
    Map<String, String> environment = new HashMap<>();
    ConfigWriter.Redaction asReferences =
        new ConfigWriter.Redaction() {
          @Override
          public String secret(String path, Secret secret) {
            String variable = path.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
            environment.put(variable, secret.reveal());
            return "${" + variable + "}";
          }

          @Override
          public String url(String url) {
            return url;
          }
        };

    String written = ConfigWriter.write(config, asReferences);

    assertThat(WorkBridgeConfig.parse(written, environment)).isEqualTo(config);
    // A file that leaves defaults out reads back with them written: the same text again, the same behaviour.
    String minimal = ConfigWriter.write(WorkBridgeConfig.parse(WorkBridgeConfigTest.MINIMAL, WorkBridgeConfigTest.ENV), asReferences);
    assertThat(ConfigWriter.write(WorkBridgeConfig.parse(minimal, environment), asReferences)).isEqualTo(minimal);
  }
}
