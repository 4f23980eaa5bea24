package io.workbridge.runtime.config;

import io.workbridge.client.Secret;
import io.workbridge.sync.model.WorkOrderStatus;
import io.workbridge.sync.status.StatusAction;
import io.workbridge.sync.status.StatusMapping;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes a {@link WorkBridgeConfig} as the YAML {@link ConfigReader} reads, every key with its effective value
 * (defaults included), in the sample file's order: what {@code workbridge config show} prints. Secrets are
 * written as {@code ****} and a store URL with its password masked, so the text is safe to share.
 */
public final class ConfigWriter {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./@(+][A-Za-z0-9 _./@:()+,'-]*");

  /** How secrets and URLs that may hold one are written. */
  interface Redaction {
    /** The text written for the secret at {@code path}. */
    String secret(String path, Secret secret);

    /** The text written for a URL that may hold a secret. */
    String url(String url);
  }

  /** Secrets as {@code ****}, URL passwords masked. */
  static final Redaction MASKED =
      new Redaction() {
        @Override
        public String secret(String path, Secret secret) {
          return "****";
        }

        @Override
        public String url(String url) {
          return Checks.masked(url);
        }
      };

  private final StringBuilder yaml = new StringBuilder();
  private final Redaction redaction;

  private ConfigWriter(Redaction redaction) {
    this.redaction = redaction;
  }

  /**
   * {@return the effective configuration as YAML, secrets masked}
   *
   * @param config the configuration
   */
  public static String show(WorkBridgeConfig config) {
    return write(config, MASKED);
  }

  /** The configuration as YAML, secrets written as {@code redaction} says. */
  static String write(WorkBridgeConfig config, Redaction redaction) {
    ConfigWriter writer = new ConfigWriter(redaction);
    writer.config(config);
    return writer.yaml.toString();
  }

  private void config(WorkBridgeConfig config) {
    value(0, "connectionId", config.connectionId());
    StoreConfig store = config.store();
    section(0, "store");
    value(1, "provider", store.provider());
    store.url().ifPresent(url -> value(1, "url", redaction.url(url)));
    value(1, "schema", store.schema());
    value(1, "directory", store.directory());
    if (store.options().isEmpty()) {
      raw(1, "options", "{}");
    } else {
      section(1, "options");
      store.options().forEach((name, value) -> value(2, name, redaction.url(value)));
    }
    optional(1, "owner", store.owner());
    value(1, "lease", store.lease());
    value(1, "migrate", store.migrate());

    ScheduleConfig schedule = config.schedule();
    section(0, "schedule");
    value(1, "workOrders", schedule.workOrders());
    value(1, "serviceTitanChanges", schedule.serviceTitanChanges());
    value(1, "notes", schedule.notes());
    value(1, "invoices", schedule.invoices());
    value(1, "leads", schedule.leads());

    RetriesConfig retries = config.retries();
    section(0, "retries");
    value(1, "maxAttempts", retries.maxAttempts());
    value(1, "firstDelay", retries.firstDelay());
    value(1, "maxDelay", retries.maxDelay());
    value(1, "stopStreamAfter", retries.stopStreamAfter());

    HttpConfig http = config.http();
    section(0, "http");
    value(1, "connectTimeout", http.connectTimeout());
    value(1, "readTimeout", http.readTimeout());
    value(1, "writeTimeout", http.writeTimeout());
    value(1, "callTimeout", http.callTimeout());

    serviceTitan(config.serviceTitan());
    serviceChannel(config.serviceChannel());
    workOrders(config.workOrders());
    config.leads().ifPresent(this::leads);

    WebhooksConfig webhooks = config.webhooks();
    section(0, "webhooks");
    value(1, "enabled", webhooks.enabled());
    value(1, "bindAddress", webhooks.bindAddress());
    value(1, "port", webhooks.port());
    value(1, "serviceChannelPath", webhooks.serviceChannelPath());
    webhooks.serviceChannelSecret().ifPresent(secret -> secret(1, "webhooks.serviceChannelSecret", "serviceChannelSecret", secret));
    value(1, "leadsPath", webhooks.leadsPath());
    webhooks.leadsSecret().ifPresent(secret -> secret(1, "webhooks.leadsSecret", "leadsSecret", secret));
    value(1, "maxBodyBytes", webhooks.maxBodyBytes());
    value(1, "threads", webhooks.threads());
    value(1, "maxQueued", webhooks.maxQueued());
    value(1, "headerTimeout", webhooks.headerTimeout());
    value(1, "bodyTimeout", webhooks.bodyTimeout());
    value(1, "replayWindow", webhooks.replayWindow());
  }

  private void serviceTitan(ServiceTitanConfig st) {
    section(0, "serviceTitan");
    value(1, "environment", Names.camel(st.environment()));
    optional(1, "apiBaseUrl", st.apiBaseUrl());
    optional(1, "authBaseUrl", st.authBaseUrl());
    value(1, "tenantId", st.tenantId());
    value(1, "clientId", st.clientId());
    secret(1, "serviceTitan.appKey", "appKey", st.appKey());
    secret(1, "serviceTitan.clientSecret", "clientSecret", st.clientSecret());
    value(1, "bookingProviderId", st.bookingProviderId());
    optional(1, "applicationGuid", st.applicationGuid());
    st.nteCustomField().ifPresent(field -> {
      section(1, "nteCustomField");
      optional(2, "id", field.id());
      optional(2, "name", field.name());
    });
    st.jobDefaults().ifPresent(defaults -> {
      section(1, "jobDefaults");
      value(2, "businessUnitId", defaults.businessUnitId());
      value(2, "jobTypeId", defaults.jobTypeId());
      value(2, "campaignId", defaults.campaignId());
    });
    map(1, "technicianUsers", st.technicianUsers());
    optional(1, "requestsPerSecond", st.requestsPerSecond());
  }

  private void serviceChannel(ServiceChannelConfig sc) {
    section(0, "serviceChannel");
    value(1, "environment", Names.camel(sc.environment()));
    optional(1, "apiBaseUrl", sc.apiBaseUrl());
    optional(1, "loginBaseUrl", sc.loginBaseUrl());
    value(1, "clientId", sc.clientId());
    secret(1, "serviceChannel.clientSecret", "clientSecret", sc.clientSecret());
    value(1, "username", sc.username());
    secret(1, "serviceChannel.password", "password", sc.password());
    optional(1, "providerName", sc.providerName());
    value(1, "declineReasonId", sc.declineReasonId());
    optional(1, "requestsPerMinute", sc.requestsPerMinute());
  }

  private void workOrders(WorkOrdersConfig wo) {
    section(0, "workOrders");
    value(1, "activatedAt", wo.activatedAt().toString());
    value(1, "companyName", wo.companyName());
    list(1, "bookingFields", wo.bookingFields().stream().map(Names::camel).toList());
    section(1, "statusMapping");
    for (StatusAction action : StatusAction.values()) {
      WorkOrderStatus status = wo.statusMapping().getOrDefault(action, StatusMapping.DEFAULT_TARGETS.get(action));
      value(2, Names.camel(action), status.toString());
    }
    list(1, "invoiceTrigger", wo.invoiceTrigger().isEmpty() ? List.of(StatusMapping.DEFAULT_INVOICE_STATUS) : wo.invoiceTrigger());
    value(1, "uncertainEffectSettle", wo.uncertainEffectSettle());
    value(1, "concurrency", wo.concurrency());
    if (wo.autoConvert().isEmpty()) {
      raw(1, "autoConvert", "[]");
    } else {
      section(1, "autoConvert");
      for (AutoConvertRuleConfig rule : wo.autoConvert()) {
        item(2);
        optional(3, "subscriberId", rule.subscriberId());
        optional(3, "locationId", rule.locationId());
        optional(3, "trade", rule.trade());
        optional(3, "category", rule.category());
        optional(3, "priority", rule.priority());
        value(3, "target", Names.camel(rule.target()));
        optional(3, "businessUnitId", rule.businessUnitId());
        optional(3, "jobTypeId", rule.jobTypeId());
        optional(3, "campaignId", rule.campaignId());
        optional(3, "fieldPriority", rule.fieldPriority());
      }
    }
    if (wo.locations().isEmpty()) {
      raw(1, "locations", "[]");
    } else {
      section(1, "locations");
      for (LocationMappingConfig mapping : wo.locations()) {
        item(2);
        value(3, "subscriberId", mapping.subscriberId());
        value(3, "locationId", mapping.locationId());
        value(3, "customerId", mapping.customerId());
        value(3, "customerLocationId", mapping.customerLocationId());
      }
    }
    if (wo.subscribers().isEmpty()) {
      raw(1, "subscribers", "{}");
      return;
    }
    section(1, "subscribers");
    for (Map.Entry<Long, SubscriberConfig> entry : wo.subscribers().entrySet()) {
      SubscriberConfig subscriber = entry.getValue();
      String path = "workOrders.subscribers[" + entry.getKey() + "]";
      section(2, entry.getKey().toString());
      if (subscriber.statusMapping().isEmpty()) {
        raw(3, "statusMapping", "{}");
      } else {
        section(3, "statusMapping");
        subscriber.statusMapping().forEach((action, status) -> value(4, Names.camel(action), status.toString()));
      }
      list(3, "invoiceTrigger", subscriber.invoiceTrigger());
      value(3, "noteSync", subscriber.noteSync());
      subscriber.ivr().ifPresent(ivr -> {
        section(3, "ivr");
        optional(4, "phone", ivr.phone());
        value(4, "instructions", ivr.instructions());
        ivr.pin().ifPresent(pin -> secret(4, path + ".ivr.pin", "pin", pin));
      });
      value(3, "ivrOnly", subscriber.ivrOnly());
      value(3, "attachmentsAfterDone", subscriber.attachmentsAfterDone());
      optional(3, "declineReasonId", subscriber.declineReasonId());
    }
  }

  private void leads(LeadsConfig leads) {
    section(0, "leads");
    value(1, "enabled", leads.enabled());
    value(1, "baseUrl", leads.baseUrl());
    optional(1, "tokenUrl", leads.tokenUrl());
    value(1, "clientId", leads.clientId());
    secret(1, "leads.clientSecret", "clientSecret", leads.clientSecret());
    optional(1, "requestsPerSecond", leads.requestsPerSecond());
    optional(1, "bookingProviderId", leads.bookingProviderId());
    value(1, "source", leads.source());
    value(1, "campaignId", leads.campaignId());
    value(1, "routing", Names.camel(leads.routing()));
    value(1, "matchCustomers", leads.matchCustomers());
    list(1, "alertTypes", leads.alertTypes());
    list(1, "severities", leads.severities());
    if (leads.jobTypes().isEmpty()) {
      raw(1, "jobTypes", "{}");
    } else {
      section(1, "jobTypes");
      leads.jobTypes().forEach((name, type) -> {
        section(2, name);
        value(3, "enabled", type.enabled());
        list(3, "alertTypes", type.alertTypes());
        if (type.tenantJobTypes().isEmpty()) {
          raw(3, "tenantJobTypes", "[]");
        } else {
          section(3, "tenantJobTypes");
          for (TenantJobTypeConfig row : type.tenantJobTypes()) {
            item(4);
            value(5, "trade", row.trade());
            value(5, "jobTypeId", row.jobTypeId());
            value(5, "businessUnitId", row.businessUnitId());
          }
        }
      });
    }
    if (leads.accounts().isEmpty()) {
      raw(1, "accounts", "{}");
      return;
    }
    section(1, "accounts");
    leads.accounts().forEach((id, account) -> {
      section(2, id);
      optional(3, "businessUnitId", account.businessUnitId());
      optional(3, "campaignId", account.campaignId());
      map(3, "profiles", account.profiles());
    });
  }

  // ------------------------------------------------------------------ YAML

  private void section(int depth, String key) {
    indent(depth).append(scalar(key)).append(":\n");
  }

  private void item(int depth) {
    indent(depth).append("-\n");
  }

  private void raw(int depth, String key, String text) {
    indent(depth).append(scalar(key)).append(": ").append(text).append('\n');
  }

  private void value(int depth, String key, Object value) {
    raw(depth, key, text(value));
  }

  private void optional(int depth, String key, Optional<?> value) {
    value.ifPresent(present -> value(depth, key, present));
  }

  private void secret(int depth, String path, String key, Secret secret) {
    raw(depth, key, scalar(redaction.secret(path, secret)));
  }

  private void list(int depth, String key, Collection<?> values) {
    raw(depth, key, "[" + String.join(", ", values.stream().map(ConfigWriter::text).toList()) + "]");
  }

  private void map(int depth, String key, Map<?, ?> values) {
    if (values.isEmpty()) {
      raw(depth, key, "{}");
      return;
    }
    section(depth, key);
    values.forEach((name, value) -> value(depth + 1, name.toString(), value));
  }

  private StringBuilder indent(int depth) {
    return yaml.append("  ".repeat(depth));
  }

  private static String text(Object value) {
    if (value instanceof Duration duration) {
      return Durations.format(duration);
    }
    return scalar(value.toString());
  }

  /** A plain scalar when the text reads back as itself, else a double-quoted one. */
  static String scalar(String text) {
    if (!text.isEmpty() && PLAIN.matcher(text).matches() && !text.endsWith(" ") && !text.contains(": ") && !text.contains(" #")) {
      return text;
    }
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
