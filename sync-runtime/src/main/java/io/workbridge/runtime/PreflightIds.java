package io.workbridge.runtime;

import io.workbridge.runtime.config.AutoConvertRuleConfig;
import io.workbridge.runtime.config.LeadsConfig;
import io.workbridge.runtime.config.LocationMappingConfig;
import io.workbridge.runtime.config.TenantJobTypeConfig;
import io.workbridge.runtime.config.WorkBridgeConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every remote id a configuration names, by kind, each with the key paths that name it: what {@link Preflight}
 * looks up in the live systems.
 *
 * @param businessUnits ServiceTitan business units
 * @param jobTypes ServiceTitan job types
 * @param campaigns ServiceTitan campaigns
 * @param subscribers ServiceChannel subscribers
 */
record PreflightIds(
    Map<Long, List<String>> businessUnits,
    Map<Long, List<String>> jobTypes,
    Map<Long, List<String>> campaigns,
    Map<Long, List<String>> subscribers) {

  static PreflightIds of(WorkBridgeConfig config) {
    PreflightIds ids = new PreflightIds(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
    config.serviceTitan().jobDefaults().ifPresent(defaults -> {
      add(ids.businessUnits, defaults.businessUnitId(), "serviceTitan.jobDefaults.businessUnitId");
      add(ids.jobTypes, defaults.jobTypeId(), "serviceTitan.jobDefaults.jobTypeId");
      add(ids.campaigns, defaults.campaignId(), "serviceTitan.jobDefaults.campaignId");
    });
    List<AutoConvertRuleConfig> rules = config.workOrders().autoConvert();
    for (int i = 0; i < rules.size(); i++) {
      String key = "workOrders.autoConvert[" + i + "].";
      AutoConvertRuleConfig rule = rules.get(i);
      add(ids.businessUnits, rule.businessUnitId(), key + "businessUnitId");
      add(ids.jobTypes, rule.jobTypeId(), key + "jobTypeId");
      add(ids.campaigns, rule.campaignId(), key + "campaignId");
      add(ids.subscribers, rule.subscriberId(), key + "subscriberId");
    }
    List<LocationMappingConfig> locations = config.workOrders().locations();
    for (int i = 0; i < locations.size(); i++) {
      add(ids.subscribers, locations.get(i).subscriberId(), "workOrders.locations[" + i + "].subscriberId");
    }
    config.workOrders().subscribers().keySet().forEach(id -> add(ids.subscribers, id, "workOrders.subscribers[" + id + "]"));
    config.leads().ifPresent(leads -> leads(ids, leads));
    return ids;
  }

  private static void leads(PreflightIds ids, LeadsConfig leads) {
    add(ids.campaigns, leads.campaignId(), "leads.campaignId");
    leads.jobTypes().forEach((name, type) -> {
      List<TenantJobTypeConfig> rows = type.tenantJobTypes();
      for (int i = 0; i < rows.size(); i++) {
        String key = "leads.jobTypes[" + name + "].tenantJobTypes[" + i + "].";
        add(ids.jobTypes, rows.get(i).jobTypeId(), key + "jobTypeId");
        add(ids.businessUnits, rows.get(i).businessUnitId(), key + "businessUnitId");
      }
    });
    leads.accounts().forEach((id, account) -> {
      String key = "leads.accounts[" + id + "].";
      add(ids.businessUnits, account.businessUnitId(), key + "businessUnitId");
      add(ids.campaigns, account.campaignId(), key + "campaignId");
      account.profiles().forEach((profile, unit) -> add(ids.businessUnits, unit, key + "profiles[" + profile + "]"));
    });
  }

  private static void add(Map<Long, List<String>> ids, Optional<Long> id, String key) {
    id.ifPresent(value -> add(ids, value, key));
  }

  private static void add(Map<Long, List<String>> ids, long id, String key) {
    ids.computeIfAbsent(id, unused -> new ArrayList<>()).add(key);
  }
}
