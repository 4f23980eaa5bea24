package io.workbridge.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workbridge.client.Secret;
import io.workbridge.servicetitan.ServiceTitanEnvironment;
import io.workbridge.sync.mapping.ConversionTarget;
import io.workbridge.sync.mapping.WorkOrderField;
import io.workbridge.sync.model.WorkOrderStatus;
import io.workbridge.sync.status.StatusAction;
import io.workbridge.sync.workflow.LeadRouting;
import io.workbridge.sync.workflow.RecordRetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration model and its YAML reader: typed values, defaults, and every problem named by its key path. */
class WorkBridgeConfigTest {
  static final Map<String, String> ENV =
      Map.of(
          "ST_APP_KEY", "app-key-canary", "ST_CLIENT_SECRET", "st-secret-canary", "SC_CLIENT_SECRET", "sc-secret-canary",
          "SC_PASSWORD", "sc-password-canary", "LEADS_CLIENT_SECRET", "leads-secret-canary",
          "IVR_PIN_NORTHWIND", "4242-canary", "WB_DB_PASSWORD", "db-password-canary");

  /** The smallest valid file: the required keys only. */
  static final String MINIMAL =
      """
      connectionId: acme-hvac
      serviceTitan:
        tenantId: 1234567
        clientId: cid.acme
        appKey: ${ST_APP_KEY}
        clientSecret: ${ST_CLIENT_SECRET}
        bookingProviderId: 42
      serviceChannel:
        clientId: acme-provider-app
        clientSecret: ${SC_CLIENT_SECRET}
        username: api.user@acme-hvac.example
        password: ${SC_PASSWORD}
      workOrders:
        activatedAt: 2026-11-01T00:00:00Z
        companyName: Acme HVAC
      """;

  static String sample() {
    try (InputStream in = WorkBridgeConfig.class.getResourceAsStream("/workbridge.sample.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private static ConfigException problems(String yaml, Map<String, String> environment) {
    return catchThrowableOfType(ConfigException.class, () -> WorkBridgeConfig.parse(yaml, environment));
  }

  @Test
  void sample_loadsWithEveryValueTyped_andNoSecretInToString() {
    WorkBridgeConfig config = WorkBridgeConfig.parse(sample(), ENV);

    assertThat(config.connectionId()).isEqualTo("acme-hvac");
    assertThat(config.schedule().invoices()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.serviceTitan().environment()).isEqualTo(ServiceTitanEnvironment.PRODUCTION);
    assertThat(config.serviceTitan().clientSecret().reveal()).isEqualTo("st-secret-canary");
    assertThat(config.serviceTitan().nteCustomField()).contains(CustomFieldConfig.ofName("NTE"));
    assertThat(config.serviceTitan().technicianUsers()).containsEntry(8801L, 5550001L);
    assertThat(config.serviceChannel().providerName()).contains("Acme HVAC");
    assertThat(config.workOrders().activatedAt()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(config.workOrders().bookingFields()).containsExactly(WorkOrderField.values());
    assertThat(config.workOrders().autoConvert())
        .singleElement()
        .satisfies(rule -> {
          assertThat(rule.target()).isEqualTo(ConversionTarget.JOB);
          assertThat(rule.locationId()).contains(2006516537L);
        });
    SubscriberConfig northwind = config.workOrders().subscribers().get(2014917243L);
    assertThat(northwind.statusMapping())
        .containsEntry(StatusAction.COMPLETE, WorkOrderStatus.of("COMPLETED", "PENDING CONFIRMATION"));
    assertThat(northwind.ivr().orElseThrow().pin().orElseThrow().reveal()).isEqualTo("4242-canary");
    assertThat(northwind.declineReasonId()).contains(2);
    LeadsConfig leads = config.leads().orElseThrow();
    assertThat(leads.bookingProviderId()).contains(43L);
    assertThat(leads.jobTypes().get("HVAC Maintenance").enabled()).isFalse();
    assertThat(leads.jobTypes().get("Leak Detected").tenantJobTypes()).singleElement().satisfies(row -> assertThat(row.trade()).isEqualTo("Plumbing"));
    assertThat(leads.accounts().get("acct-100").profiles()).containsEntry("prof-7", 3002L);
    assertThat(config.toString()).doesNotContain("canary");
  }

  @Test
  void minimalFile_takesEveryDefault() {
    WorkBridgeConfig config = WorkBridgeConfig.parse(MINIMAL, ENV);

    assertThat(config.store()).isEqualTo(StoreConfig.defaults());
    assertThat(config.storeProperties()).containsEntry("directory", "workbridge-data").doesNotContainKey("url");
    assertThat(config.schedule()).isEqualTo(ScheduleConfig.defaults());
    assertThat(config.http().readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.serviceChannel().declineReasonId()).isEqualTo(5);
    assertThat(config.workOrders().statusMapping()).isEmpty();
    assertThat(config.leads()).isEmpty();
    assertThat(config.webhooks().enabled()).isFalse();
  }

  @Test
  void everyProblem_isReportedAtOnce_withItsKeyPathAndLine_neverWithASecret() {
    String broken =
        MINIMAL
            .replace("tenantId: 1234567", "tenantId: abc")
            .replace("password: ${SC_PASSWORD}", "password: hunter2")
            .replace("companyName: Acme HVAC", "compnyName: Acme HVAC")
            + """
              subscribers:
                2014920311:
                  statusMapping:
                    acept: IN PROGRESS
                  noteSync: maybe
                  declineReasonId: 9
                nope:
                  noteSync: false
            schedule:
              leads: soon
            """;

    ConfigException error = problems(broken, Map.of("ST_APP_KEY", "app-key-canary"));

    assertThat(error.problems())
        .anyMatch(p -> p.startsWith("serviceTitan.tenantId: expected a whole number, was 'abc' (line 3)"))
        .anyMatch(p -> p.startsWith("serviceTitan.clientSecret: environment variable ST_CLIENT_SECRET is not set"))
        .anyMatch(p -> p.startsWith("serviceChannel.password: a credential must come from an environment variable"))
        .anyMatch(p -> p.startsWith("workOrders.companyName: required but missing"))
        .anyMatch(p -> p.startsWith("workOrders.compnyName: unknown key, did you mean 'companyName'?"))
        .anyMatch(p -> p.startsWith("workOrders.subscribers[2014920311].statusMapping.acept: expected one of [accept, decline, dispatch, complete], was 'acept' (did you mean 'accept'?)"))
        .anyMatch(p -> p.startsWith("workOrders.subscribers[2014920311].noteSync: expected true or false, was 'maybe'"))
        .anyMatch(p -> p.startsWith("workOrders.subscribers[nope]: expected a ServiceChannel subscriber id (a number) as the key"))
        .anyMatch(p -> p.startsWith("schedule.leads: expected a duration such as 500ms"));
    assertThat(error.getMessage()).doesNotContain("hunter2").doesNotContain("canary");
  }

  @Test
  void modelChecks_areReportedUnderTheSectionsPath() {
    String broken =
        MINIMAL.replace("bookingProviderId: 42", "bookingProviderId: 42\n  apiBaseUrl: htp//st.example")
            + """
              subscribers:
                2014920311:
                  declineReasonId: 9
            store:
              url: postgres://wb:${WB_DB_PASSWORD}@db/ops
            """;

    ConfigException error = problems(broken, ENV);

    assertThat(error.problems())
        .anyMatch(p -> p.startsWith("serviceTitan.apiBaseUrl: expected an http or https URL"))
        .anyMatch(p -> p.startsWith("workOrders.subscribers[2014920311].declineReasonId: expected a ServiceChannel decline reason"))
        .anyMatch(p -> p.startsWith("store.url: expected a JDBC URL starting with jdbc:"));
    assertThat(error.getMessage()).doesNotContain("canary");
  }

  @Test
  void retries_areRead_andTheirChecksNameTheKeyToFix() {
    WorkBridgeConfig config =
        WorkBridgeConfig.parse(
            MINIMAL + "retries:\n  maxAttempts: 4\n  firstDelay: 10s\n  maxDelay: 2m\n  stopStreamAfter: 5\n", ENV);
    assertThat(config.retries().policy())
        .isEqualTo(new RecordRetryPolicy(4, Duration.ofSeconds(10), Duration.ofMinutes(2), 5));
    assertThat(WorkBridgeConfig.parse(MINIMAL, ENV).retries().policy()).isEqualTo(RecordRetryPolicy.DEFAULTS);

    ConfigException error =
        problems(MINIMAL + "retries:\n  maxAttempts: 0\n  firstDelay: 5m\n  maxDelay: 1m\n  stopStreamAfter: 0\n", ENV);

    assertThat(error.problems())
        .anyMatch(p -> p.startsWith("retries.maxAttempts: must be at least 1, was 0"))
        .anyMatch(p -> p.startsWith("retries.maxDelay: must not be shorter than firstDelay (5m), was 1m"))
        .anyMatch(p -> p.startsWith("retries.stopStreamAfter: must be at least 1, was 0"));
  }

  @Test
  void secretInsideAJdbcUrl_isResolved_butNeverShown() {
    WorkBridgeConfig config =
        WorkBridgeConfig.parse(
            MINIMAL + "store:\n  url: jdbc:postgresql://db:5432/ops?user=wb&password=${WB_DB_PASSWORD}\n  schema: wb\n"
                + "  owner: bridge-1\n",
            ENV);

    assertThat(config.storeProperties())
        .containsEntry("url", "jdbc:postgresql://db:5432/ops?user=wb&password=db-password-canary")
        .containsEntry("schema", "wb");
    assertThat(config.store().owner()).contains("bridge-1");
    assertThat(config.toString()).doesNotContain("canary");
    assertThat(Checks.masked(config.store().url().orElseThrow())).isEqualTo("jdbc:postgresql://db:5432/ops?user=wb&password=****");
  }

  @Test
  void unknownSection_suggestsTheNearestKey_orListsTheKnownOnes() {
    ConfigException error = problems(MINIMAL + "serviceTitn: {}\nzzz: 1\n", ENV);

    assertThat(error.problems())
        .anyMatch(p -> p.startsWith("serviceTitn: unknown key, did you mean 'serviceTitan'?"))
        .anyMatch(p -> p.startsWith("zzz: unknown key; the keys here are connectionId, store,"));
  }

  @Test
  void yamlSyntaxError_andDuplicateKeys_areNamedWithTheirLine() {
    assertThat(problems("connectionId: [unclosed\n", ENV).problems())
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("(file): not valid YAML").contains("line"));
    assertThat(problems(MINIMAL + "connectionId: again\n", ENV).problems())
        .anyMatch(p -> p.startsWith("connectionId: given twice (line 16)"));
  }

  @Test
  void jobRules_needTheApplicationGuidAndJobSettings_leadsTheirOwnBookingProvider() {
    String yaml =
        MINIMAL
            + """
              autoConvert:
                - priority: P1
                  target: job
            leads:
              baseUrl: https://vendor.example/api/
              clientId: acme
              clientSecret: ${LEADS_CLIENT_SECRET}
              campaignId: 4411
              bookingProviderId: 43
              jobTypes:
                Leak Detected:
                  enabled: false
            """;

    ConfigException error = problems(yaml, ENV);

    assertThat(error.problems())
        .anyMatch(p -> p.startsWith("serviceTitan.applicationGuid: required because workOrders.autoConvert[0] makes jobs"))
        .anyMatch(p -> p.startsWith("workOrders.autoConvert[0]: a job rule needs businessUnitId, jobTypeId and campaignId"));
    assertThat(problems(yaml.replace("Leak Detected", "Leek Detected"), ENV).problems())
        .anyMatch(p -> p.startsWith("leads.jobTypes[Leek Detected]: not one of the standard job types of LD-3 (did you mean 'Leak Detected'?)"));
    assertThat(error.problems()).noneMatch(p -> p.startsWith("leads."));

    String sameProvider = MINIMAL + yaml.substring(yaml.indexOf("leads:")).replace("bookingProviderId: 43", "bookingProviderId: 42");
    assertThat(problems(sameProvider, ENV).problems())
        .anyMatch(p -> p.startsWith("leads.bookingProviderId: is the work orders' booking provider"));
    String noProvider = sameProvider.replace("  bookingProviderId: 42\n  jobTypes", "  jobTypes");
    assertThat(problems(noProvider, ENV).problems())
        .anyMatch(p -> p.startsWith("leads.bookingProviderId: required when leads go to bookings"));
    assertThat(WorkBridgeConfig.parse(noProvider + "  routing: followUp\n", ENV).leads().orElseThrow().routing())
        .isEqualTo(LeadRouting.FOLLOW_UP);
  }

  @Test
  void webhooks_offByDefault_keysFromTheEnvironment_problemsNamed() {
    Map<String, String> environment = new HashMap<>(ENV);
    environment.put("SC_HOOK", "hook-key-canary");
    WebhooksConfig on =
        WorkBridgeConfig.parse(
                MINIMAL + "webhooks:\n  enabled: true\n  port: 0\n  serviceChannelSecret: ${SC_HOOK}\n  leadsPath: /hooks/vendor\n",
                environment)
            .webhooks();
    assertThat(on.port()).isZero();
    assertThat(on.serviceChannelSecret().map(Secret::reveal)).contains("hook-key-canary");
    assertThat(on.toString()).doesNotContain("canary");

    ConfigException error =
        problems(
            MINIMAL
                + "webhooks:\n  enabled: true\n  port: 70000\n  serviceChannelPath: hooks sc\n  leadsSecret: plain-key\n"
                + "  maxBodyBytes: 10\n",
            environment);
    assertThat(error.problems())
        .anyMatch(p -> p.startsWith("webhooks.leadsSecret: a credential must come from an environment variable"));
    ConfigException model =
        problems(MINIMAL + "webhooks:\n  enabled: true\n  port: 70000\n  serviceChannelPath: hooks sc\n  maxBodyBytes: 10\n", ENV);
    assertThat(model.problems())
        .anyMatch(p -> p.startsWith("webhooks.port: must be between 0 and 65535"))
        .anyMatch(p -> p.startsWith("webhooks.serviceChannelPath: expected a path"))
        .anyMatch(p -> p.startsWith("webhooks.maxBodyBytes: must be between"))
        .anyMatch(p -> p.startsWith("webhooks.enabled: is true, but neither"));
    environment.put("LEADS_HOOK", "x");
    assertThat(problems(MINIMAL + "webhooks:\n  leadsSecret: ${LEADS_HOOK}\n", environment).problems())
        .anyMatch(p -> p.startsWith("webhooks.leadsSecret: is set, but there is no leads section"));
  }

  @Test
  void webhooks_hardeningKeys_defaultsReadAndChecked() {
    WebhooksConfig defaults = WebhooksConfig.defaults();
    assertThat(defaults.bindAddress()).isEqualTo("127.0.0.1");
    assertThat(defaults.threads()).isEqualTo(8);
    assertThat(defaults.maxQueued()).isEqualTo(64);
    assertThat(defaults.headerTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.bodyTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.replayWindow()).isEqualTo(Duration.ofMinutes(5));

    WebhooksConfig read =
        WorkBridgeConfig.parse(
                MINIMAL
                    + "webhooks:\n  bindAddress: 0.0.0.0\n  threads: 4\n  maxQueued: 16\n  headerTimeout: 2s\n"
                    + "  bodyTimeout: 500ms\n  replayWindow: 0s\n",
                ENV)
            .webhooks();
    assertThat(read.bindAddress()).isEqualTo("0.0.0.0");
    assertThat(read.threads()).isEqualTo(4);
    assertThat(read.maxQueued()).isEqualTo(16);
    assertThat(read.headerTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(read.bodyTimeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(read.replayWindow()).isZero();

    assertThat(
            problems(
                    MINIMAL
                        + "webhooks:\n  bindAddress: \"a b\"\n  threads: 0\n  maxQueued: 0\n  headerTimeout: 0s\n"
                        + "  bodyTimeout: 0s\n",
                    ENV)
                .problems())
        .anyMatch(p -> p.startsWith("webhooks.bindAddress: expected an IP address or host name"))
        .anyMatch(p -> p.startsWith("webhooks.threads: must be between 1 and 256"))
        .anyMatch(p -> p.startsWith("webhooks.maxQueued: must be between 1 and 10000"))
        .anyMatch(p -> p.startsWith("webhooks.headerTimeout:"))
        .anyMatch(p -> p.startsWith("webhooks.bodyTimeout:"));
  }

  @Test
  void uncertainEffectSettle_defaultsToAMinute_readAndChecked() {
    assertThat(WorkBridgeConfig.parse(MINIMAL, ENV).workOrders().uncertainEffectSettle()).isEqualTo(Duration.ofSeconds(60));
    assertThat(WorkBridgeConfig.parse(MINIMAL + "  uncertainEffectSettle: 5s\n", ENV).workOrders().uncertainEffectSettle())
        .isEqualTo(Duration.ofSeconds(5));
    assertThat(problems(MINIMAL + "  uncertainEffectSettle: -5s\n", ENV).problems())
        .anyMatch(p -> p.startsWith("workOrders.uncertainEffectSettle:"));
  }

  @Test
  void concurrency_defaultsToFour_readAndChecked() {
    assertThat(WorkBridgeConfig.parse(MINIMAL, ENV).workOrders().concurrency()).isEqualTo(4);
    assertThat(WorkBridgeConfig.parse(MINIMAL + "  concurrency: 1\n", ENV).workOrders().concurrency()).isEqualTo(1);
    assertThat(problems(MINIMAL + "  concurrency: 0\n", ENV).problems())
        .anyMatch(p -> p.startsWith("workOrders.concurrency: must be between 1 and 64, was 0"));
    assertThat(problems(MINIMAL + "  concurrency: many\n", ENV).problems())
        .anyMatch(p -> p.startsWith("workOrders.concurrency:"));
  }

  @Test
  void builtInJava_theSameChecksNameTheirKeys() {
    assertThatThrownBy(() -> ServiceChannelConfig.builder()
            .clientId("app").clientSecret(Secret.of("s")).username(" ").password(Secret.of("p")).declineReasonId(9).build())
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).problems())
            .anyMatch(p -> p.startsWith("username: must not be blank"))
            .anyMatch(p -> p.startsWith("declineReasonId: expected a ServiceChannel decline reason")));
    assertThatThrownBy(() -> CustomFieldConfig.builder().id(7L).name("NTE").build())
        .hasMessageContaining("id: give the field's id or its name, not both");
    WorkBridgeConfig config = WorkBridgeConfig.parse(MINIMAL, ENV);
    assertThat(WorkBridgeConfig.builder().from(config).connectionId("other").build().serviceTitan()).isEqualTo(config.serviceTitan());
  }

  @Test
  void storeLocation_readsOnlyConnectionAndStore_withoutCredentials(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    java.nio.file.Path file = dir.resolve("workbridge.yaml");
    java.nio.file.Files.writeString(file, MINIMAL + "store:\n  provider: memory\n");

    StoreLocation location = ConfigReader.loadStoreLocation(file, Map.of());

    assertThat(location.connectionId()).isEqualTo("acme-hvac");
    assertThat(location.store().provider()).isEqualTo("memory");
    assertThat(List.of(location.storeProperties().keySet().toArray())).contains("directory");
  }
}
