package io.workbridge.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
    assertThat(config.schedule())
        .isEqualTo(
            new WorkBridgeConfig.Schedule(
                Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofMinutes(5),
                Duration.ofSeconds(60)));
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
  void schedule_eachStreamHasItsOwnInterval_defaultsWhenLeftOut() throws IOException {
    String custom =
        sample().lines().filter(line -> !line.startsWith("schedule.")).reduce("", (a, b) -> a + b + "\n")
            + "schedule.notes=45s\nschedule.invoices=2m\n";

    WorkBridgeConfig.Schedule schedule = WorkBridgeConfig.parse(custom, ENV).schedule();

    assertThat(schedule.notes()).isEqualTo(Duration.ofSeconds(45));
    assertThat(schedule.invoices()).isEqualTo(Duration.ofMinutes(2));
    assertThat(schedule.workOrders()).isEqualTo(WorkBridgeConfig.WORK_ORDERS_EVERY);
    assertThat(schedule.serviceTitanChanges()).isEqualTo(WorkBridgeConfig.SERVICETITAN_CHANGES_EVERY);
    assertThat(schedule.leads()).isEqualTo(WorkBridgeConfig.LEADS_EVERY);

    ConfigException error =
        catchThrowableOfType(
            ConfigException.class,
            () -> WorkBridgeConfig.parse(custom.replace("schedule.invoices=2m", "schedule.invoices=0s")
                + "schedule.serviceTitanChanges=often\n", ENV));
    assertThat(error.problems())
        .anyMatch(p -> p.startsWith("schedule.invoices: must be longer than zero"))
        .anyMatch(p -> p.startsWith("schedule.serviceTitanChanges: expected a duration"));
  }

  @Test
  void webhooks_offByDefault_withDefaultPortAndPaths_keysFromTheEnvironment() throws IOException {
    WorkBridgeConfig.Webhooks off = WorkBridgeConfig.parse(sample(), ENV).webhooks();
    assertThat(off.enabled()).isFalse();
    assertThat(off.port()).isEqualTo(8080);
    assertThat(off.serviceChannelPath()).isEqualTo("/webhooks/servicechannel");
    assertThat(off.leadsPath()).isEqualTo("/webhooks/leads");

    String on =
        sample().replace("webhooks.enabled=false", "webhooks.enabled=true").replace("webhooks.port=8080", "webhooks.port=0")
            + "\nwebhooks.serviceChannelSecret=${SC_HOOK}\nwebhooks.leadsPath=/hooks/vendor\n";
    WorkBridgeConfig.Webhooks webhooks = WorkBridgeConfig.parse(on, with("SC_HOOK", "hook-key")).webhooks();
    assertThat(webhooks.enabled()).isTrue();
    assertThat(webhooks.port()).isZero();
    assertThat(webhooks.serviceChannelSecret()).hasValueSatisfying(key -> assertThat(key.reveal()).isEqualTo("hook-key"));
    assertThat(webhooks.leadsSecret()).isEmpty();
    assertThat(webhooks.leadsPath()).isEqualTo("/hooks/vendor");
    assertThat(webhooks.toString()).doesNotContain("hook-key");
  }

  @Test
  void webhooks_problemsNameTheirKeys() throws IOException {
    String broken =
        sample().replace("webhooks.enabled=false", "webhooks.enabled=true").replace("webhooks.port=8080", "webhooks.port=70000")
            + "\nwebhooks.serviceChannelPath=hooks sc\nwebhooks.serviceChannelSecret=plain-text-key\nwebhooks.maxBodyBytes=10\n";

    ConfigException error = catchThrowableOfType(ConfigException.class, () -> WorkBridgeConfig.parse(broken, ENV));

    assertThat(error.problems())
        .anyMatch(p -> p.startsWith("webhooks.port: must be between 0 and 65535"))
        .anyMatch(p -> p.startsWith("webhooks.serviceChannelPath: expected a path"))
        .anyMatch(p -> p.startsWith("webhooks.serviceChannelSecret: a credential must come from an environment variable"))
        .anyMatch(p -> p.startsWith("webhooks.maxBodyBytes: must be between"))
        .anyMatch(p -> p.startsWith("webhooks.enabled: is true, but neither"));
    assertThat(error.getMessage()).doesNotContain("plain-text-key");

    String withoutLeads =
        sample().lines().filter(line -> !line.startsWith("leads.")).reduce("", (a, b) -> a + b + "\n")
            + "webhooks.leadsSecret=${LEADS_HOOK}\nwebhooks.leadsPath=/webhooks/servicechannel\n";
    ConfigException leadsError =
        catchThrowableOfType(ConfigException.class, () -> WorkBridgeConfig.parse(withoutLeads, with("LEADS_HOOK", "x")));
    assertThat(leadsError.problems())
        .anyMatch(p -> p.startsWith("webhooks.leadsSecret: is set, but leads are not configured"))
        .anyMatch(p -> p.startsWith("webhooks.leadsPath: must differ from webhooks.serviceChannelPath"));
  }

  private static Map<String, String> with(String name, String value) {
    Map<String, String> environment = new java.util.HashMap<>(ENV);
    environment.put(name, value);
    return environment;
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
  void storeProvider_defaultsToJdbc_andPassesItsOptions() throws IOException {
    assertThat(WorkBridgeConfig.parse(sample(), ENV).store().provider()).isEqualTo("jdbc");

    WorkBridgeConfig custom =
        WorkBridgeConfig.parse(sample() + "\nstore.provider=file\nstore.option.file=/var/lib/workbridge/state.bin\n", ENV);
    assertThat(custom.store().provider()).isEqualTo("file");
    assertThat(custom.storeProperties()).containsEntry("file", "/var/lib/workbridge/state.bin");

    assertThatThrownBy(() -> WorkBridgeConfig.parse(sample() + "\nstore.optoin.file=x\n", ENV))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("store.optoin.file: unknown key");
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
