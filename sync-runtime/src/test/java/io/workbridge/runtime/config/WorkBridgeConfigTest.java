package io.workbridge.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkBridgeConfigTest {
  private static final Map<String, String> ENV =
      Map.of(
          "ST_APP_KEY", "app-key", "ST_CLIENT_SECRET", "st-secret", "SC_CLIENT_SECRET", "sc-secret",
          "SC_PASSWORD", "sc-password", "LEADS_CLIENT_SECRET", "leads-secret");

  private static String sample() throws IOException {
    try (InputStream in = WorkBridgeConfig.class.getResourceAsStream("/workbridge.sample.properties")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void sample_loadsWithEveryValueTyped() throws IOException {
    WorkBridgeConfig config = WorkBridgeConfig.parse(sample(), ENV);

    assertThat(config.connectionId()).isEqualTo("acme-hvac");
    assertThat(config.schedule().workOrders()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.sync().activatedAt()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(config.serviceTitan().tenantId()).isEqualTo(1234567L);
    assertThat(config.serviceTitan().clientSecret().reveal()).isEqualTo("st-secret");
    assertThat(config.serviceChannel().password().reveal()).isEqualTo("sc-password");
    assertThat(config.leads()).hasValueSatisfying(leads -> assertThat(leads.vendorCampaignId()).isEqualTo(4411));
    assertThat(config.storeProperties()).containsEntry("directory", "workbridge-data").doesNotContainKey("url");
    assertThat(config.toString()).doesNotContain("st-secret", "sc-password", "app-key", "leads-secret");
  }

  @Test
  void problems_areAllReportedAtOnceNamingTheirKeys() throws IOException {
    String broken =
        sample()
            .replace("servicetitan.tenantId=1234567", "servicetitan.tenantId=abc")
            .replace("schedule.leads=60s", "schedule.leads=soon")
            .replace("servicechannel.password=${SC_PASSWORD}", "servicechannel.password=hunter2")
            .replace("sync.companyName=Acme HVAC", "sync.compnyName=Acme HVAC")
            + "\nservicetitan.environment=staging\n";

    ConfigException error =
        catchThrowableOfType(ConfigException.class, () -> WorkBridgeConfig.parse(broken, Map.of("ST_APP_KEY", "k")));

    assertThat(error.problems())
        .anyMatch(p -> p.startsWith("servicetitan.tenantId: expected a whole number"))
        .anyMatch(p -> p.startsWith("schedule.leads: expected a duration"))
        .anyMatch(p -> p.startsWith("servicechannel.password: a credential must come from an environment variable"))
        .anyMatch(p -> p.startsWith("sync.companyName: required but missing"))
        .anyMatch(p -> p.startsWith("sync.compnyName: unknown key"))
        .anyMatch(p -> p.startsWith("servicetitan.environment: expected one of [integration, production]"))
        .anyMatch(p -> p.startsWith("servicetitan.clientSecret: environment variable ST_CLIENT_SECRET is not set"));
    assertThat(error.getMessage()).doesNotContain("hunter2");
  }

  @Test
  void leadsSection_absent_meansNoLeads() throws IOException {
    String withoutLeads = sample().lines().filter(line -> !line.startsWith("leads.")).reduce("", (a, b) -> a + b + "\n");

    assertThat(WorkBridgeConfig.parse(withoutLeads, ENV).leads()).isEmpty();
  }

  @Test
  void storeUrl_isPassedToTheStoreProvider() throws IOException {
    String postgres = sample() + "\nstore.url=jdbc:postgresql://db:5432/ops\nstore.schema=wb\n";

    assertThat(WorkBridgeConfig.parse(postgres, ENV).storeProperties())
        .containsEntry("url", "jdbc:postgresql://db:5432/ops")
        .containsEntry("schema", "wb");
  }

  @Test
  void clientRateLimits_defaultToTheClients_andMustBePositive() throws IOException {
    WorkBridgeConfig defaults = WorkBridgeConfig.parse(sample(), ENV);
    assertThat(defaults.serviceTitan().requestsPerSecond()).isEmpty();
    assertThat(defaults.serviceChannel().requestsPerMinute()).isEmpty();
    assertThat(defaults.leads().orElseThrow().requestsPerSecond()).isEmpty();

    WorkBridgeConfig set =
        WorkBridgeConfig.parse(
            sample() + "\nservicetitan.requestsPerSecond=30\nservicechannel.requestsPerMinute=150\nleads.requestsPerSecond=5\n", ENV);
    assertThat(set.serviceTitan().requestsPerSecond()).contains(30);
    assertThat(set.serviceChannel().requestsPerMinute()).contains(150);
    assertThat(set.leads().orElseThrow().requestsPerSecond()).contains(5);

    ConfigException error =
        catchThrowableOfType(
            ConfigException.class, () -> WorkBridgeConfig.parse(sample() + "\nservicechannel.requestsPerMinute=0\n", ENV));
    assertThat(error.problems()).anyMatch(p -> p.startsWith("servicechannel.requestsPerMinute: must be a positive number"));
  }
}
