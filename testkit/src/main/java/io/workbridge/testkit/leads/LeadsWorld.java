package io.workbridge.testkit.leads;

import static io.workbridge.testkit.leads.LeadsVendorSimulator.ACCOUNT_WITHOUT_PROFILES;
import static io.workbridge.testkit.leads.LeadsVendorSimulator.ACCOUNT_WITH_ONE_PROFILE;
import static io.workbridge.testkit.leads.LeadsVendorSimulator.ACCOUNT_WITH_PROFILES;
import static io.workbridge.testkit.leads.LeadsVendorSimulator.DEALER_ID;
import static io.workbridge.testkit.leads.LeadsVendorSimulator.FOREIGN_ACCOUNT;

import io.workbridge.testkit.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * How the vendor's world comes about and moves on, all from the state's seeded randomness: the seeded
 * accounts, members and week of alerts, and each 10-minute step of evolution (new alerts, dealers acting in
 * the dashboard, snoozed alerts waking up, new readings).
 */
final class LeadsWorld {
  private final LeadsState state;
  private final Random random;

  LeadsWorld(LeadsState state) {
    this.state = state;
    this.random = state.random;
  }

  /** Seeds the accounts and members, then {@code historyAlerts} alerts over the past week. */
  void seed(int historyAlerts) {
    addAccount(ACCOUNT_WITH_PROFILES, "Comfort Pros - Austin", DEALER_ID, "HVAC",
        "prof-austin-res", "Residential", "prof-austin-lc", "Light Commercial");
    addAccount(ACCOUNT_WITHOUT_PROFILES, "Comfort Pros Plumbing", DEALER_ID, "Plumbing");
    addAccount(ACCOUNT_WITH_ONE_PROFILE, "Comfort Pros - Round Rock", DEALER_ID, "HVAC",
        "prof-rr-smart", "Smart Maintenance Members");
    addAccount(FOREIGN_ACCOUNT, "Lakeside Heating & Air", "dlr-200", "HVAC");

    Instant now = state.clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Instant start = now.minus(Duration.ofDays(7));
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < historyAlerts; i++) {
      times.add(start.plusSeconds(random.nextInt((int) Duration.ofDays(7).toSeconds() - 3600)));
    }
    times.sort(Comparator.naturalOrder());
    List<String> accountIds = new ArrayList<>(state.members.keySet());
    for (Instant createdAt : times) {
      LeadsState.Member member =
          AlertCatalog.pick(state.members.get(AlertCatalog.pick(accountIds, random)), random);
      String type = randomType();
      SimAlert alert = state.create(member, type, AlertCatalog.severityFor(type, random), createdAt);
      int roll = random.nextInt(10);
      if (roll >= 7) {
        alert.status = List.of("SNOOZED", "RESOLVED", "DISMISSED").get(roll - 7);
        alert.updatedAt = createdAt.plusSeconds(600 + random.nextInt(3000));
      }
    }
  }

  /** One step of evolution; {@return the number of alert changes made} */
  int evolveOnce() {
    int changes = 0;
    if (random.nextInt(100) < 15) {
      List<String> reachable = new ArrayList<>(state.members.keySet());
      LeadsState.Member member =
          AlertCatalog.pick(state.members.get(AlertCatalog.pick(reachable, random)), random);
      String type = randomType();
      state.create(member, type, AlertCatalog.severityFor(type, random), state.clock.instant());
      changes++;
    }
    List<SimAlert> pending = state.alerts.values().stream().filter(a -> a.status.equals("PENDING")).toList();
    if (!pending.isEmpty() && random.nextInt(100) < 10) {
      int roll = random.nextInt(4);
      String status = roll < 2 ? "SNOOZED" : roll == 2 ? "RESOLVED" : "DISMISSED";
      state.change(AlertCatalog.pick(pending, random), a -> a.status = status);
      changes++;
    }
    List<SimAlert> snoozed = state.alerts.values().stream().filter(a -> a.status.equals("SNOOZED")).toList();
    if (!snoozed.isEmpty() && random.nextInt(100) < 5) {
      state.change(AlertCatalog.pick(snoozed, random), a -> a.status = "PENDING");
      changes++;
    }
    if (!pending.isEmpty() && random.nextInt(100) < 5) {
      SimAlert alert = AlertCatalog.pick(pending, random);
      state.change(alert, a -> a.details.put("lastReadingAt", SimAlert.time(state.clock.instant())));
      changes++;
    }
    return changes;
  }

  private String randomType() {
    return random.nextInt(10) < 6
        ? AlertCatalog.pick(AlertCatalog.ACTIONABLE_TYPES, random)
        : AlertCatalog.pick(AlertCatalog.OTHER_TYPES, random);
  }

  private void addAccount(String id, String name, String dealerId, String trade, String... profileIdsAndNames) {
    state.accounts.put(id, Json.obj("id", id, "name", name, "dealerId", dealerId));
    List<Map<String, @Nullable Object>> accountProfiles = new ArrayList<>();
    for (int i = 0; i < profileIdsAndNames.length; i += 2) {
      accountProfiles.add(Json.obj("id", profileIdsAndNames[i], "name", profileIdsAndNames[i + 1]));
    }
    state.profiles.put(id, accountProfiles);
    List<LeadsState.Member> accountMembers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String first = AlertCatalog.pick(AlertCatalog.FIRST_NAMES, random);
      String last = AlertCatalog.pick(AlertCatalog.LAST_NAMES, random);
      String[] city = AlertCatalog.pick(AlertCatalog.CITIES, random);
      Map<String, @Nullable Object> address =
          Json.obj(
              "street", (100 + random.nextInt(9800)) + " " + AlertCatalog.pick(AlertCatalog.STREETS, random),
              "unit", random.nextInt(5) == 0 ? "Apt " + (1 + random.nextInt(30)) : null,
              "city", city[0],
              "state", city[1],
              "zip", city[2],
              "country", "US");
      boolean e164 = random.nextBoolean();
      String digits = String.format("%04d", random.nextInt(10_000));
      Map<String, @Nullable Object> member =
          Json.obj(
              "firstName", first,
              "lastName", last,
              "email", random.nextInt(6) == 0 ? null
                  : (first + "." + last).toLowerCase(Locale.ROOT).replace("'", "") + "@example.com",
              "phone", e164 ? "+1512555" + digits : "(512) 555-" + digits,
              "address", address);
      Map<String, @Nullable Object> device =
          random.nextInt(7) == 0
              ? null
              : Json.obj(
                  "hubId", "hub-" + (10_000 + random.nextInt(90_000)),
                  "thermostatModel", AlertCatalog.pick(AlertCatalog.THERMOSTATS, random),
                  "systemType",
                  trade.equals("Plumbing") ? "Water Heater" : AlertCatalog.pick(AlertCatalog.SYSTEM_TYPES, random));
      String profileId =
          accountProfiles.isEmpty()
              ? null
              : (String) accountProfiles.get(random.nextInt(accountProfiles.size())).get("id");
      accountMembers.add(new LeadsState.Member(id, profileId, trade, member, device));
    }
    state.members.put(id, accountMembers);
  }
}
