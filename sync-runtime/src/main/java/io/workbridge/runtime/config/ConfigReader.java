package io.workbridge.runtime.config;

import io.workbridge.client.Secret;
import io.workbridge.runtime.config.YamlSection.Item;
import io.workbridge.servicechannel.ServiceChannelEnvironment;
import io.workbridge.servicetitan.ServiceTitanEnvironment;
import io.workbridge.sync.mapping.ConversionTarget;
import io.workbridge.sync.mapping.WorkOrderField;
import io.workbridge.sync.model.WorkOrderStatus;
import io.workbridge.sync.status.StatusAction;
import io.workbridge.sync.workflow.LeadRouting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a YAML configuration file into a {@link WorkBridgeConfig}, validating the whole file at once: every
 * problem is reported with its key path and line ({@code workOrders.subscribers[2014917243].noteSync: expected
 * true or false, was 'maybe' (line 41)}), unknown keys are refused with the nearest known key suggested, and
 * one {@link ConfigException} lists them all. Credentials must be {@code ${ENV}} references; any other value
 * may contain them too (a password inside a JDBC URL, say). Nothing read from the environment is ever quoted.
 *
 * <p>The file is parsed with SnakeYAML Engine (YAML 1.2: {@code no} and {@code off} are text, not booleans),
 * composed into nodes only (no objects are constructed from tags), with anchors and aliases limited.
 */
public final class ConfigReader {
  private static final int MAX_ALIASES = 50;

  private final YamlSection.Context context;
  private final String source;

  private ConfigReader(String source, Map<String, String> environment) {
    this.source = source;
    this.context = new YamlSection.Context(environment);
  }

  /**
   * Reads and validates a file.
   *
   * @param file the YAML file
   * @param environment where {@code ${VARIABLES}} are looked up, usually {@code System.getenv()}
   * @return the configuration
   * @throws ConfigException listing every problem, each with its key path
   */
  public static WorkBridgeConfig load(Path file, Map<String, String> environment) {
    return parse(read(file), file.toString(), environment);
  }

  /**
   * Reads and validates YAML text.
   *
   * @param yaml the configuration
   * @param source what to call it in messages, e.g. a file name
   * @param environment where {@code ${VARIABLES}} are looked up
   * @return the configuration
   * @throws ConfigException listing every problem, each with its key path
   */
  public static WorkBridgeConfig parse(String yaml, String source, Map<String, String> environment) {
    ConfigReader reader = new ConfigReader(source, environment);
    WorkBridgeConfig config = reader.config(reader.root(yaml));
    reader.finish();
    if (config == null) {
      throw new IllegalStateException("configuration not built although no problem was found");
    }
    return config;
  }

  /**
   * Reads only {@code connectionId} and {@code store}: what the store commands need, so they run without the
   * remote systems' credentials in the environment. Other sections are not checked.
   *
   * @param file the configuration file
   * @param environment the variables that {@code ${VARIABLES}} resolve from
   * @return the connection id and store settings
   */
  public static StoreLocation loadStoreLocation(Path file, Map<String, String> environment) {
    ConfigReader reader = new ConfigReader(file.toString(), environment);
    YamlSection root = reader.root(read(file));
    String connectionId = root.text("connectionId");
    StoreConfig store = reader.store(root.sectionOrEmpty("store"));
    reader.finish();
    if (connectionId == null || store == null) {
      throw new IllegalStateException("store location not built although no problem was found");
    }
    return new StoreLocation(connectionId, store);
  }

  /** The schema paths of every key a read of {@code yaml} asked for (for the reference-table test). */
  static Set<String> keysAskedFor(String yaml, Map<String, String> environment) {
    ConfigReader reader = new ConfigReader("text", environment);
    reader.config(reader.root(yaml));
    return Set.copyOf(reader.context.schemaKeys);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new ConfigException(file.toString(), List.of("(file): cannot be read: " + unreadable.getMessage()));
    }
  }

  private YamlSection root(String yaml) {
    LoadSettings settings =
        LoadSettings.builder().setLabel(source).setMaxAliasesForCollections(MAX_ALIASES).setAllowRecursiveKeys(false).build();
    Node node;
    try {
      node = new Compose(settings).composeString(yaml).orElse(null);
    } catch (MarkedYamlEngineException malformed) {
      String where = malformed.getProblemMark().map(mark -> " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")").orElse("");
      throw new ConfigException(source, List.of("(file): not valid YAML: " + malformed.getProblem() + where));
    } catch (YamlEngineException malformed) {
      throw new ConfigException(source, List.of("(file): not valid YAML: " + malformed.getMessage()));
    }
    return YamlSection.root(context, node);
  }

  private void finish() {
    ConfigException.throwIfAny(source, context.problems);
  }

  // ------------------------------------------------------------------ sections

  private @Nullable WorkBridgeConfig config(YamlSection root) {
    int before = root.problemCount();
    String connectionId = root.text("connectionId");
    StoreConfig store = store(root.sectionOrEmpty("store"));
    ScheduleConfig schedule = schedule(root.sectionOrEmpty("schedule"));
    RetriesConfig retries = retries(root.sectionOrEmpty("retries"));
    HttpConfig http = http(root.sectionOrEmpty("http"));
    ServiceTitanConfig serviceTitan = root.section("serviceTitan").map(this::serviceTitan).orElse(null);
    ServiceChannelConfig serviceChannel = root.section("serviceChannel").map(this::serviceChannel).orElse(null);
    WorkOrdersConfig workOrders = root.section("workOrders").map(this::workOrders).orElse(null);
    Optional<LeadsConfig> leads = root.optionalSection("leads").map(this::leads);
    WebhooksConfig webhooks = webhooks(root.sectionOrEmpty("webhooks"));
    return root.build(
        before,
        () ->
            WorkBridgeConfig.builder()
                .connectionId(connectionId)
                .store(store)
                .schedule(schedule)
                .retries(retries)
                .http(http)
                .serviceTitan(serviceTitan)
                .serviceChannel(serviceChannel)
                .workOrders(workOrders)
                .leads(leads)
                .webhooks(webhooks)
                .build());
  }

  private @Nullable StoreConfig store(YamlSection store) {
    int before = store.problemCount();
    StoreConfig.Builder builder = StoreConfig.builder();
    store.optionalText("provider").ifPresent(builder::provider);
    builder.url(store.optionalText("url"));
    store.optionalText("schema").ifPresent(builder::schema);
    store.optionalText("directory").ifPresent(builder::directory);
    for (Item option : store.map("options")) {
      store.textOf(option.node(), option.path()).ifPresent(value -> builder.putOption(option.key(), value));
    }
    builder.owner(store.optionalText("owner"));
    store.optionalDuration("lease").ifPresent(builder::lease);
    store.optionalFlag("migrate").ifPresent(builder::migrate);
    return store.build(before, builder::build);
  }

  private @Nullable ScheduleConfig schedule(YamlSection schedule) {
    int before = schedule.problemCount();
    ScheduleConfig.Builder builder = ScheduleConfig.builder();
    schedule.optionalDuration("workOrders").ifPresent(builder::workOrders);
    schedule.optionalDuration("serviceTitanChanges").ifPresent(builder::serviceTitanChanges);
    schedule.optionalDuration("notes").ifPresent(builder::notes);
    schedule.optionalDuration("invoices").ifPresent(builder::invoices);
    schedule.optionalDuration("leads").ifPresent(builder::leads);
    return schedule.build(before, builder::build);
  }

  private @Nullable RetriesConfig retries(YamlSection retries) {
    int before = retries.problemCount();
    RetriesConfig.Builder builder = RetriesConfig.builder();
    retries.optionalInt("maxAttempts").ifPresent(builder::maxAttempts);
    retries.optionalDuration("firstDelay").ifPresent(builder::firstDelay);
    retries.optionalDuration("maxDelay").ifPresent(builder::maxDelay);
    retries.optionalInt("stopStreamAfter").ifPresent(builder::stopStreamAfter);
    return retries.build(before, builder::build);
  }

  private @Nullable HttpConfig http(YamlSection http) {
    int before = http.problemCount();
    HttpConfig.Builder builder = HttpConfig.builder();
    http.optionalDuration("connectTimeout").ifPresent(builder::connectTimeout);
    http.optionalDuration("readTimeout").ifPresent(builder::readTimeout);
    http.optionalDuration("writeTimeout").ifPresent(builder::writeTimeout);
    http.optionalDuration("callTimeout").ifPresent(builder::callTimeout);
    return http.build(before, builder::build);
  }

  private @Nullable ServiceTitanConfig serviceTitan(YamlSection st) {
    int before = st.problemCount();
    ServiceTitanConfig.Builder builder = ServiceTitanConfig.builder();
    st.optionalChoice("environment", ServiceTitanEnvironment.class).ifPresent(builder::environment);
    builder.apiBaseUrl(st.optionalText("apiBaseUrl"));
    builder.authBaseUrl(st.optionalText("authBaseUrl"));
    Long tenantId = st.number("tenantId");
    String clientId = st.text("clientId");
    Secret appKey = st.secret("appKey");
    Secret clientSecret = st.secret("clientSecret");
    Long bookingProvider = st.number("bookingProviderId");
    builder.applicationGuid(st.optionalText("applicationGuid"));
    st.optionalSection("nteCustomField").ifPresent(field -> {
      int fieldBefore = field.problemCount();
      Optional<Long> id = field.optionalNumber("id");
      Optional<String> name = field.optionalText("name");
      CustomFieldConfig built = field.build(fieldBefore, () -> CustomFieldConfig.builder().id(id).name(name).build());
      if (built != null) {
        builder.nteCustomField(built);
      }
    });
    st.optionalSection("jobDefaults").ifPresent(defaults -> {
      int defaultsBefore = defaults.problemCount();
      Long unit = defaults.number("businessUnitId");
      Long jobType = defaults.number("jobTypeId");
      Long campaign = defaults.number("campaignId");
      JobDefaultsConfig built =
          defaults.build(
              defaultsBefore,
              () -> JobDefaultsConfig.builder().businessUnitId(unit).jobTypeId(jobType).campaignId(campaign).build());
      if (built != null) {
        builder.jobDefaults(built);
      }
    });
    for (Item entry : st.map("technicianUsers")) {
      Optional<Long> technician = st.idOf(entry, "a ServiceTitan technician id");
      Optional<Long> user = st.numberOf(entry.node(), entry.path());
      if (technician.isPresent() && user.isPresent()) {
        builder.putTechnicianUser(technician.get(), user.get());
      }
    }
    builder.requestsPerSecond(st.optionalInt("requestsPerSecond"));
    return st.build(
        before,
        () -> builder.tenantId(tenantId).clientId(clientId).appKey(appKey).clientSecret(clientSecret).bookingProviderId(bookingProvider).build());
  }

  private @Nullable ServiceChannelConfig serviceChannel(YamlSection sc) {
    int before = sc.problemCount();
    ServiceChannelConfig.Builder builder = ServiceChannelConfig.builder();
    sc.optionalChoice("environment", ServiceChannelEnvironment.class).ifPresent(builder::environment);
    builder.apiBaseUrl(sc.optionalText("apiBaseUrl"));
    builder.loginBaseUrl(sc.optionalText("loginBaseUrl"));
    String clientId = sc.text("clientId");
    Secret clientSecret = sc.secret("clientSecret");
    String username = sc.text("username");
    Secret password = sc.secret("password");
    builder.providerName(sc.optionalText("providerName"));
    sc.optionalInt("declineReasonId").ifPresent(builder::declineReasonId);
    builder.requestsPerMinute(sc.optionalInt("requestsPerMinute"));
    return sc.build(
        before, () -> builder.clientId(clientId).clientSecret(clientSecret).username(username).password(password).build());
  }

  private @Nullable WorkOrdersConfig workOrders(YamlSection wo) {
    int before = wo.problemCount();
    WorkOrdersConfig.Builder builder = WorkOrdersConfig.builder();
    java.time.Instant activatedAt = wo.instant("activatedAt");
    String companyName = wo.text("companyName");
    if (wo.has("bookingFields")) {
      builder.bookingFields(YamlSection.each(wo.list("bookingFields"), item -> wo.choiceOf(item.node(), item.path(), WorkOrderField.class)));
    } else {
      wo.list("bookingFields");
    }
    builder.statusMapping(statusMapping(wo));
    builder.invoiceTrigger(wo.texts("invoiceTrigger"));
    wo.optionalDuration("uncertainEffectSettle").ifPresent(builder::uncertainEffectSettle);
    wo.optionalInt("concurrency").ifPresent(builder::concurrency);
    for (Item rule : wo.list("autoConvert")) {
      wo.sectionOf(rule).map(this::autoConvertRule).ifPresent(builder::addAutoConvert);
    }
    for (Item mapping : wo.list("locations")) {
      wo.sectionOf(mapping).map(this::locationMapping).ifPresent(builder::addLocation);
    }
    for (Item entry : wo.map("subscribers")) {
      Optional<Long> id = wo.idOf(entry, "a ServiceChannel subscriber id");
      Optional<SubscriberConfig> subscriber = wo.sectionOf(entry).map(this::subscriber);
      if (id.isPresent() && subscriber.isPresent()) {
        builder.putSubscriber(id.get(), subscriber.get());
      }
    }
    return wo.build(before, () -> builder.activatedAt(activatedAt).companyName(companyName).build());
  }

  /** {@code statusMapping: {accept: IN PROGRESS / DISPATCH CONFIRMED, …}}: actions to {@code PRIMARY / EXTENDED}. */
  private Map<StatusAction, WorkOrderStatus> statusMapping(YamlSection section) {
    Map<StatusAction, WorkOrderStatus> mapping = new EnumMap<>(StatusAction.class);
    for (Item item : section.map("statusMapping")) {
      // The actions are fixed names: their paths read statusMapping.accept rather than statusMapping[accept].
      Item entry = new Item(item.key(), item.node(), section.pathOf("statusMapping") + "." + item.key(), item.schema());
      Optional<StatusAction> action = section.choiceOfText(entry.key(), entry.node(), entry.path(), StatusAction.class);
      Optional<WorkOrderStatus> status = section.textOf(entry.node(), entry.path()).flatMap(text -> status(section, entry, text));
      if (action.isPresent() && status.isPresent()) {
        mapping.put(action.get(), status.get());
      }
    }
    return mapping;
  }

  private static Optional<WorkOrderStatus> status(YamlSection section, Item entry, String text) {
    String[] parts = text.split("/", -1);
    if (parts.length > 2 || parts[0].isBlank()) {
      section.problem(
          entry.path().substring(section.path().isEmpty() ? 0 : section.path().length() + 1),
          "expected a ServiceChannel status as PRIMARY or PRIMARY / EXTENDED, such as IN PROGRESS / DISPATCH CONFIRMED, was '" + text + "'");
      return Optional.empty();
    }
    return Optional.of(WorkOrderStatus.of(parts[0], parts.length == 2 ? parts[1] : ""));
  }

  private @Nullable AutoConvertRuleConfig autoConvertRule(YamlSection rule) {
    int before = rule.problemCount();
    AutoConvertRuleConfig.Builder builder = AutoConvertRuleConfig.builder();
    builder.subscriberId(rule.optionalNumber("subscriberId"));
    builder.locationId(rule.optionalNumber("locationId"));
    builder.trade(rule.optionalText("trade"));
    builder.category(rule.optionalText("category"));
    builder.priority(rule.optionalText("priority"));
    ConversionTarget target = rule.choice("target", ConversionTarget.class);
    builder.businessUnitId(rule.optionalNumber("businessUnitId"));
    builder.jobTypeId(rule.optionalNumber("jobTypeId"));
    builder.campaignId(rule.optionalNumber("campaignId"));
    builder.fieldPriority(rule.optionalText("fieldPriority"));
    return rule.build(before, () -> builder.target(target).build());
  }

  private @Nullable LocationMappingConfig locationMapping(YamlSection mapping) {
    int before = mapping.problemCount();
    Long subscriber = mapping.number("subscriberId");
    Long location = mapping.number("locationId");
    Long customer = mapping.number("customerId");
    Long customerLocation = mapping.number("customerLocationId");
    return mapping.build(
        before,
        () ->
            LocationMappingConfig.builder()
                .subscriberId(subscriber)
                .locationId(location)
                .customerId(customer)
                .customerLocationId(customerLocation)
                .build());
  }

  private @Nullable SubscriberConfig subscriber(YamlSection subscriber) {
    int before = subscriber.problemCount();
    SubscriberConfig.Builder builder = SubscriberConfig.builder();
    builder.statusMapping(statusMapping(subscriber));
    builder.invoiceTrigger(subscriber.texts("invoiceTrigger"));
    subscriber.optionalFlag("noteSync").ifPresent(builder::noteSync);
    subscriber.optionalSection("ivr").ifPresent(ivr -> {
      int ivrBefore = ivr.problemCount();
      Optional<String> phone = ivr.optionalText("phone");
      String instructions = ivr.text("instructions");
      Optional<Secret> pin = ivr.optionalSecret("pin");
      IvrConfig built = ivr.build(ivrBefore, () -> IvrConfig.builder().phone(phone).instructions(instructions).pin(pin).build());
      if (built != null) {
        builder.ivr(built);
      }
    });
    subscriber.optionalFlag("ivrOnly").ifPresent(builder::ivrOnly);
    subscriber.optionalFlag("attachmentsAfterDone").ifPresent(builder::attachmentsAfterDone);
    builder.declineReasonId(subscriber.optionalInt("declineReasonId"));
    return subscriber.build(before, builder::build);
  }

  private @Nullable LeadsConfig leads(YamlSection leads) {
    int before = leads.problemCount();
    LeadsConfig.Builder builder = LeadsConfig.builder();
    leads.optionalFlag("enabled").ifPresent(builder::enabled);
    String baseUrl = leads.text("baseUrl");
    builder.tokenUrl(leads.optionalText("tokenUrl"));
    String clientId = leads.text("clientId");
    Secret clientSecret = leads.secret("clientSecret");
    builder.requestsPerSecond(leads.optionalInt("requestsPerSecond"));
    builder.bookingProviderId(leads.optionalNumber("bookingProviderId"));
    leads.optionalText("source").ifPresent(builder::source);
    Long campaign = leads.number("campaignId");
    leads.optionalChoice("routing", LeadRouting.class).ifPresent(builder::routing);
    leads.optionalFlag("matchCustomers").ifPresent(builder::matchCustomers);
    if (leads.has("alertTypes")) {
      builder.alertTypes(leads.texts("alertTypes"));
    }
    if (leads.has("severities")) {
      builder.severities(leads.texts("severities"));
    }
    for (Item entry : leads.map("jobTypes")) {
      leads.sectionOf(entry).map(this::jobType).ifPresent(type -> builder.putJobType(entry.key(), type));
    }
    for (Item entry : leads.map("accounts")) {
      leads.sectionOf(entry).map(this::account).ifPresent(account -> builder.putAccount(entry.key(), account));
    }
    return leads.build(before, () -> builder.baseUrl(baseUrl).clientId(clientId).clientSecret(clientSecret).campaignId(campaign).build());
  }

  private @Nullable JobTypeConfig jobType(YamlSection type) {
    int before = type.problemCount();
    JobTypeConfig.Builder builder = JobTypeConfig.builder();
    type.optionalFlag("enabled").ifPresent(builder::enabled);
    builder.alertTypes(type.texts("alertTypes"));
    for (Item item : type.list("tenantJobTypes")) {
      type.sectionOf(item).ifPresent(row -> {
        int rowBefore = row.problemCount();
        Optional<String> trade = row.optionalText("trade");
        Long jobType = row.number("jobTypeId");
        Long unit = row.number("businessUnitId");
        TenantJobTypeConfig built =
            row.build(rowBefore, () -> {
              TenantJobTypeConfig.Builder tenant = TenantJobTypeConfig.builder().jobTypeId(jobType).businessUnitId(unit);
              trade.ifPresent(tenant::trade);
              return tenant.build();
            });
        if (built != null) {
          builder.addTenantJobType(built);
        }
      });
    }
    return type.build(before, builder::build);
  }

  private @Nullable AccountConfig account(YamlSection account) {
    int before = account.problemCount();
    AccountConfig.Builder builder = AccountConfig.builder();
    builder.businessUnitId(account.optionalNumber("businessUnitId"));
    builder.campaignId(account.optionalNumber("campaignId"));
    for (Item profile : account.map("profiles")) {
      account.numberOf(profile.node(), profile.path()).ifPresent(unit -> builder.putProfile(profile.key(), unit));
    }
    return account.build(before, builder::build);
  }

  private @Nullable WebhooksConfig webhooks(YamlSection webhooks) {
    int before = webhooks.problemCount();
    WebhooksConfig.Builder builder = WebhooksConfig.builder();
    webhooks.optionalFlag("enabled").ifPresent(builder::enabled);
    webhooks.optionalText("bindAddress").ifPresent(builder::bindAddress);
    webhooks.optionalInt("port").ifPresent(builder::port);
    webhooks.optionalText("serviceChannelPath").ifPresent(builder::serviceChannelPath);
    builder.serviceChannelSecret(webhooks.optionalSecret("serviceChannelSecret"));
    webhooks.optionalText("leadsPath").ifPresent(builder::leadsPath);
    builder.leadsSecret(webhooks.optionalSecret("leadsSecret"));
    webhooks.optionalInt("maxBodyBytes").ifPresent(builder::maxBodyBytes);
    webhooks.optionalInt("threads").ifPresent(builder::threads);
    webhooks.optionalInt("maxQueued").ifPresent(builder::maxQueued);
    webhooks.optionalDuration("headerTimeout").ifPresent(builder::headerTimeout);
    webhooks.optionalDuration("bodyTimeout").ifPresent(builder::bodyTimeout);
    webhooks.optionalDuration("replayWindow").ifPresent(builder::replayWindow);
    return webhooks.build(before, builder::build);
  }
}
