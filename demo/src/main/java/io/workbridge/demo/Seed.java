package io.workbridge.demo;

import io.workbridge.sync.mapping.LeadDropReason;
import io.workbridge.testkit.leads.LeadsVendorSimulator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The demo's data, the same on every run: 60 work orders (4 predating the activation, 50 in the first wave, 6
 * emergencies later) across three subscribers, mixed trades, priorities and NTEs, each with its fate; and 25
 * vendor alerts of mixed types and severities, each with what SPEC says becomes of it.
 */
final class Seed {
  /** The priority Northwind's auto-conversion rule sends directly as a job (SC-4). */
  static final String EMERGENCY = "P1 - Emergency";

  /** The standard job type switched off for leads (LD-5): alerts of type Service Request-Tune Up. */
  static final String DISABLED_JOB_TYPE = "HVAC Maintenance";

  private static final List<String> PRIORITIES = List.of("P2 - 24 Hours", "P3 - 48 Hours", "P4 - 5 Days", EMERGENCY);
  private static final List<BigDecimal> NTES =
      List.of(new BigDecimal("350.00"), new BigDecimal("500.00"), new BigDecimal("750.00"), new BigDecimal("1200.00"),
          new BigDecimal("1500.00"), new BigDecimal("2500.00"));

  /** A kind of request a store makes. */
  private record Request(String trade, long tradeId, String category, String description) {}

  private static final List<Request> REQUESTS =
      List.of(
          new Request("HVAC", 12, "REPAIR", "Rooftop unit 3 not cooling; sales floor at 81 F"),
          new Request("REFRIGERATION", 18, "REPAIR", "Walk-in cooler holding at 48 F"),
          new Request("PLUMBING", 14, "REPAIR", "Water heater leaking in the stockroom"),
          new Request("ELECTRICAL", 16, "REPAIR", "Parking lot lights out on the east side"),
          new Request("HVAC", 12, "PREVENTIVE MAINTENANCE", "Quarterly filter change, all rooftop units"),
          new Request("REFRIGERATION", 18, "REPAIR", "Ice machine not making ice"),
          new Request("PLUMBING", 14, "REPAIR", "Customer restroom sink clogged"),
          new Request("ELECTRICAL", 16, "REPAIR", "Breaker trips when the register bank starts"),
          new Request("HVAC", 12, "REPAIR", "Furnace short-cycling in the back office"),
          new Request("REFRIGERATION", 18, "REPAIR", "Freezer case 4 alarm sounding"),
          new Request("PLUMBING", 14, "REPAIR", "Low water pressure at the pharmacy sink"),
          new Request("ELECTRICAL", 16, "INSPECTION", "Exit sign battery failed the fire inspection"));

  private Seed() {}

  /** The four work orders created before the activation instant (SC-3). */
  static List<WorkOrderPlan> beforeActivation() {
    List<WorkOrderPlan> plans = new ArrayList<>();
    int[] stores = {0, 2, 4, 1};
    for (int i = 0; i < stores.length; i++) {
      plans.add(plan(i, Simulators.STORES.get(stores[i]), Fate.BEFORE_ACTIVATION, false, PRIORITIES.get(i % 3)));
    }
    return plans;
  }

  /**
   * The first wave: 50 work orders over the six stores. One Northwind emergency at store 0031 matches the
   * auto-conversion rule while no customer mapping is known yet, so it must arrive as a booking; one decline
   * is at a Bluebird store, so it falls back to a note (SC-13); acceptances in ServiceChannel are at
   * subscribers with the full status catalogue.
   */
  static List<WorkOrderPlan> firstWave() {
    List<Fate> fates = new ArrayList<>();
    add(fates, Fate.INVOICED, 21);
    add(fates, Fate.DONE, 5);
    add(fates, Fate.ON_SITE, 4);
    add(fates, Fate.DISPATCHED, 4);
    add(fates, Fate.ACCEPTED, 6);
    add(fates, Fate.DECLINED, 5);
    add(fates, Fate.BOOKED, 3);
    add(fates, Fate.ACCEPTED_IN_SERVICECHANNEL, 2);
    Collections.shuffle(fates, new Random(7));
    List<WorkOrderPlan> plans = new ArrayList<>();
    boolean ruleWithoutMapping = false;
    boolean declineFallback = false;
    for (int i = 0; i < fates.size(); i++) {
      Fate fate = fates.get(i);
      Store store = Simulators.STORES.get(i % Simulators.STORES.size());
      if (fate == Fate.ACCEPTED_IN_SERVICECHANNEL && !store.subscriber().fullCatalogue()) {
        store = Simulators.STORES.get(0);
      }
      if (fate == Fate.DECLINED && !declineFallback) {
        store = Simulators.STORES.get(2); // Bluebird: its decline falls back to an Action Required note (SC-13)
        declineFallback = true;
      }
      boolean northwind = store.subscriber().equals(Simulators.NORTHWIND);
      String priority = northwind ? PRIORITIES.get(i % 3) : PRIORITIES.get(i % PRIORITIES.size());
      boolean rule = false;
      if (!ruleWithoutMapping && northwind && store.number().equals("0031") && fate == Fate.INVOICED) {
        priority = EMERGENCY;
        rule = true;
        ruleWithoutMapping = true;
      }
      plans.add(new WorkOrderPlan(
          store, request(i).trade(), request(i).tradeId(), request(i).category(), priority, request(i).description(),
          NTES.get(i % NTES.size()), fate, fate.hasJob() && i % 2 == 0, rule, false));
    }
    return plans;
  }

  /**
   * Later emergencies: four Northwind P1 work orders at stores whose customer mapping CSRs taught by converting
   * bookings (SC-5), which the rule sends directly as jobs (SC-4), and two ordinary ones.
   */
  static List<WorkOrderPlan> emergencies() {
    Store albany = Simulators.STORES.get(0);
    Store hartford = Simulators.STORES.get(1);
    List<WorkOrderPlan> plans = new ArrayList<>();
    plans.add(direct(0, albany, Fate.INVOICED));
    plans.add(direct(1, hartford, Fate.INVOICED));
    plans.add(direct(2, albany, Fate.DONE));
    plans.add(direct(3, hartford, Fate.ON_SITE));
    plans.add(plan(4, Simulators.STORES.get(3), Fate.BOOKED, false, EMERGENCY));
    plans.add(plan(5, Simulators.STORES.get(5), Fate.ACCEPTED, false, PRIORITIES.get(0)));
    return plans;
  }

  /** The 25 alerts, with what SPEC says becomes of each (LD-1, LD-2, LD-5) and what people do with them. */
  static List<AlertPlan> alerts() {
    String austin = LeadsVendorSimulator.ACCOUNT_WITH_PROFILES;
    String plumbing = LeadsVendorSimulator.ACCOUNT_WITHOUT_PROFILES;
    String roundRock = LeadsVendorSimulator.ACCOUNT_WITH_ONE_PROFILE;
    List<AlertPlan> alerts = new ArrayList<>();
    alerts.add(posted(plumbing, "Water Detected", "Critical"));
    alerts.add(posted(austin, "Poor Cooling Performance", "Critical"));
    alerts.add(dropped(austin, "Filter Change Reminder", "Warning", LeadDropReason.TYPE_NOT_ACTIONABLE));
    alerts.add(posted(roundRock, "Poor Heating Performance", "Urgent"));
    alerts.add(posted(austin, "Coil Freeze Warning", "Critical"));
    alerts.add(dropped(roundRock, "Poor Cooling Performance", "Warning", LeadDropReason.SEVERITY_NOT_ACTIONABLE));
    alerts.add(posted(roundRock, "Service Request-Emergency", "Urgent"));
    alerts.add(posted(austin, "Service Request-Normal", "Urgent"));
    alerts.add(dropped(austin, "Service Request-Tune Up", "Urgent", LeadDropReason.JOB_TYPE_DISABLED));
    alerts.add(posted(plumbing, "Water Detected", "Urgent"));
    alerts.add(dropped(roundRock, "High Indoor Humidity", "Watching", LeadDropReason.TYPE_NOT_ACTIONABLE));
    alerts.add(posted(roundRock, "Poor Cooling Performance", "Urgent"));
    alerts.add(dropped(austin, "Poor Heating Performance", "Watching", LeadDropReason.SEVERITY_NOT_ACTIONABLE));
    alerts.add(posted(austin, "Poor Heating Performance", "Critical"));
    alerts.add(dropped(austin, "Hub Offline", "Critical", LeadDropReason.TYPE_NOT_ACTIONABLE));
    alerts.add(posted(roundRock, "Coil Freeze Warning", "Urgent"));
    alerts.add(dropped(roundRock, "Coil Freeze Warning", "Severe", LeadDropReason.SEVERITY_UNKNOWN));
    alerts.add(posted(austin, "Service Request-Emergency", "Critical"));
    alerts.add(dropped(plumbing, "Water Detected", "Caution", LeadDropReason.SEVERITY_NOT_ACTIONABLE));
    alerts.add(posted(plumbing, "Water Detected", "Critical"));
    alerts.add(dropped(roundRock, "Service Request-Tune Up", "Critical", LeadDropReason.JOB_TYPE_DISABLED));
    alerts.add(posted(roundRock, "Service Request-Normal", "Critical"));
    alerts.add(dropped(austin, "Thermostat Battery Low", "Caution", LeadDropReason.TYPE_NOT_ACTIONABLE));
    alerts.add(posted(austin, "Poor Cooling Performance", "Critical"));
    AlertPlan dismissed = dropped(austin, "Poor Heating Performance", "Critical", LeadDropReason.NOT_PENDING);
    dismissed.dismissedByDealer = true;
    alerts.add(dismissed);

    alerts.get(0).converted = true;
    alerts.get(0).completed = true;
    alerts.get(3).converted = true;
    alerts.get(6).converted = true;
    alerts.get(4).dismissedByCsr = true;
    alerts.get(1).resent = true;
    alerts.get(7).resent = true;
    for (AlertPlan alert : alerts) {
      if (alert.converted) {
        alert.expectedOutcomes.add("SCHEDULED");
      }
      if (alert.completed) {
        alert.expectedOutcomes.add("RESOLVED");
      }
      if (alert.dismissedByCsr) {
        alert.expectedOutcomes.add("DISMISSED");
      }
    }
    return alerts;
  }

  private static WorkOrderPlan direct(int index, Store store, Fate fate) {
    Request request = REQUESTS.get((index * 5 + 1) % REQUESTS.size());
    return new WorkOrderPlan(store, request.trade(), request.tradeId(), request.category(), EMERGENCY,
        request.description(), NTES.get(3 + index % 3), fate, false, true, true);
  }

  private static WorkOrderPlan plan(int index, Store store, Fate fate, boolean acceptedFirst, String priority) {
    Request request = request(index * 7 + 3);
    return new WorkOrderPlan(store, request.trade(), request.tradeId(), request.category(), priority,
        request.description(), NTES.get(index % NTES.size()), fate, acceptedFirst, false, false);
  }

  private static Request request(int index) {
    return REQUESTS.get(index % REQUESTS.size());
  }

  private static AlertPlan posted(String account, String type, String severity) {
    return new AlertPlan(account, type, severity, Optional.empty());
  }

  private static AlertPlan dropped(String account, String type, String severity, LeadDropReason reason) {
    return new AlertPlan(account, type, severity, Optional.of(reason));
  }

  private static <T> void add(List<T> list, T value, int times) {
    for (int i = 0; i < times; i++) {
      list.add(value);
    }
  }
}
