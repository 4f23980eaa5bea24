package io.workbridge.runtime;

import io.workbridge.client.ApiCallListener;
import io.workbridge.client.ApiException;
import io.workbridge.client.AuthenticationException;
import io.workbridge.client.NotFoundException;
import io.workbridge.client.RateLimiter;
import io.workbridge.client.Sleeper;
import io.workbridge.client.TransportException;
import io.workbridge.leads.LeadsClient;
import io.workbridge.leads.model.Account;
import io.workbridge.leads.model.Profile;
import io.workbridge.runtime.config.LeadsConfig;
import io.workbridge.runtime.config.WorkBridgeConfig;
import io.workbridge.servicechannel.PermissionDeniedException;
import io.workbridge.servicechannel.ServiceChannelClient;
import io.workbridge.servicechannel.model.StatusCatalog;
import io.workbridge.servicechannel.resource.WorkOrderQuery;
import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.servicetitan.model.BookingQuery;
import io.workbridge.servicetitan.model.CustomFieldType;
import io.workbridge.servicetitan.model.JobQuery;
import io.workbridge.servicetitan.model.ReferenceItem;
import io.workbridge.servicetitan.model.Technician;
import io.workbridge.sync.store.StoreException;
import io.workbridge.sync.store.StoreNotFoundException;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.store.SyncStoreProvider;
import io.workbridge.sync.store.SyncStoreSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks, before the first sync, the configuration against the live systems (SC-23, beyond the reference
 * product), writing nothing anywhere. Per system, the sign-in first: refused, it is reported once, naming the
 * credential at fault ({@code invalid_client} → client id and secret, {@code invalid_grant} → user and
 * password, 401 on the API → ServiceTitan's app key), and that system's other checks are skipped. Then one
 * harmless read per API area the sync uses, and every id the configuration names: ServiceTitan's booking
 * providers (the work orders' and the leads'), business units, job types, campaigns, the NTE custom field and
 * technicians exist and are active; each ServiceChannel subscriber named is one of the provider's, and every
 * status its overrides name is in its catalogue; each vendor account and profile named exists. Last, the
 * store: reachable and its schema current (a store not created yet passes: the first run creates it). Each
 * failure names the key to fix.
 */
public final class Preflight {
  private static final String ST = "ServiceTitan";
  private static final String SC = "ServiceChannel";
  private static final String VENDOR = "Leads vendor";

  private final WorkBridgeConfig config;
  private final List<Check> checks = new ArrayList<>();

  private Preflight(WorkBridgeConfig config) {
    this.config = config;
  }

  /**
   * One line of the preflight report.
   *
   * @param system the remote system, or {@code Store}
   * @param area what was checked
   * @param passed whether it held
   * @param detail what went wrong and what to fix (each problem on its own line, starting with its key); for a
   *     passed check, an optional note
   */
  public record Check(String system, String area, boolean passed, String detail) {}

  /**
   * Runs every check the configuration calls for, in order, and returns them all.
   *
   * @param config the configuration
   * @param clock the clock to read time from
   * @return every check, in order
   */
  public static List<Check> run(WorkBridgeConfig config, Clock clock) {
    return run(config, clock, Sleeper.SYSTEM);
  }

  /**
   * As {@link #run(WorkBridgeConfig, Clock)}, waiting through {@code sleeper} (a test seam).
   *
   * @param config the configuration
   * @param clock the clock to read time from
   * @param sleeper waits between attempts
   * @return every check, in order
   */
  public static List<Check> run(WorkBridgeConfig config, Clock clock, Sleeper sleeper) {
    Preflight preflight = new Preflight(config);
    RateLimiter limiter = WorkBridgeFactory.serviceTitanRateLimiter(config.serviceTitan(), clock, sleeper);
    try (ServiceTitanClient st =
        WorkBridgeFactory.serviceTitan(
            config.serviceTitan(), config.http(), limiter, config.serviceTitan().bookingProviderId(), clock, sleeper, ApiCallListener.NONE)) {
      Optional<Long> leadProvider = config.leads().flatMap(LeadsConfig::bookingProviderId);
      if (leadProvider.isEmpty()) {
        preflight.serviceTitan(st, null);
      } else {
        try (ServiceTitanClient leads =
            WorkBridgeFactory.serviceTitan(config.serviceTitan(), config.http(), limiter, leadProvider.get(), clock, sleeper, ApiCallListener.NONE)) {
          preflight.serviceTitan(st, leads);
        }
      }
    }
    try (ServiceChannelClient sc = WorkBridgeFactory.serviceChannel(config.serviceChannel(), config.http(), clock, sleeper, ApiCallListener.NONE)) {
      preflight.serviceChannel(sc);
    }
    config.leads().ifPresent(leads -> {
      try (LeadsClient vendor = WorkBridgeFactory.leadsVendor(leads, config.http(), 1, clock, sleeper, ApiCallListener.NONE)) {
        preflight.vendor(vendor, leads);
      }
    });
    preflight.store(clock);
    return List.copyOf(preflight.checks);
  }

  // ------------------------------------------------------------------ ServiceTitan

  private void serviceTitan(ServiceTitanClient st, ServiceTitanClient leads) {
    if (!signIn(ST, "sign-in, app key and tenant (settings: business units)", "serviceTitan", () -> st.referenceData().businessUnits())) {
      return;
    }
    long provider = config.serviceTitan().bookingProviderId();
    area(ST, "bookings under booking provider " + provider + " (Booking Provider API)", "serviceTitan.bookingProviderId",
        () -> st.bookings().list(BookingQuery.all()).firstPage());
    if (leads != null) {
      long leadProvider = config.leads().flatMap(LeadsConfig::bookingProviderId).orElseThrow();
      area(ST, "lead bookings under booking provider " + leadProvider, "leads.bookingProviderId",
          () -> leads.bookings().list(BookingQuery.all()).firstPage());
    }
    area(ST, "customers and locations (CRM export)", "", () -> st.customers().export(null).firstPage());
    area(ST, "jobs (JPM)", "", () -> st.jobs().list(JobQuery.all()).firstPage());
    area(ST, "invoices (Accounting export)", "", () -> st.invoices().export(null).firstPage());
    PreflightIds ids = PreflightIds.of(config);
    reference(ST, "business units", ids.businessUnits(), () -> st.referenceData().businessUnits());
    reference(ST, "job types", ids.jobTypes(), () -> st.referenceData().jobTypes());
    reference(ST, "campaigns", ids.campaigns(), () -> st.referenceData().campaigns());
    config.serviceTitan().nteCustomField().ifPresent(field ->
        ids(ST, "NTE job custom field " + field.label(), () -> {
          List<CustomFieldType> types = st.jobs().customFieldTypes().stream().toList();
          boolean found =
              types.stream().anyMatch(type -> field.id().map(id -> id == type.id()).orElse(false)
                  || field.name().map(name -> name.equals(type.name())).orElse(false));
          return found
              ? List.of()
              : List.of("serviceTitan.nteCustomField: ServiceTitan has no job custom field " + field.label() + "; fields: "
                  + types.stream().map(type -> type.name() + " (#" + type.id() + ")").toList());
        }));
    if (!config.serviceTitan().technicianUsers().isEmpty()) {
      ids(ST, "technicians named (" + config.serviceTitan().technicianUsers().size() + ")", () -> {
        List<String> problems = new ArrayList<>();
        for (long technician : config.serviceTitan().technicianUsers().keySet()) {
          String key = "serviceTitan.technicianUsers[" + technician + "]";
          try {
            Technician found = st.technicians().get(technician);
            if (!found.active()) {
              problems.add(key + ": technician " + technician + " (" + found.name() + ") is inactive");
            }
          } catch (NotFoundException missing) {
            problems.add(key + ": ServiceTitan has no technician " + technician);
          }
        }
        return problems;
      });
    }
  }

  private void reference(String system, String what, Map<Long, List<String>> named, Supplier<List<ReferenceItem>> read) {
    if (named.isEmpty()) {
      return;
    }
    String singular = what.substring(0, what.length() - 1);
    ids(system, what + " named (" + named.size() + ")", () -> {
      List<ReferenceItem> items = read.get();
      List<String> problems = new ArrayList<>();
      named.forEach((id, keys) -> {
        Optional<ReferenceItem> item = items.stream().filter(candidate -> candidate.id() == id).findFirst();
        for (String key : keys) {
          if (item.isEmpty()) {
            problems.add(key + ": ServiceTitan has no " + singular + " " + id);
          } else if (!item.get().active()) {
            problems.add(key + ": " + singular + " " + id + " (" + item.get().name() + ") is inactive");
          }
        }
      });
      return problems;
    });
  }

  // ------------------------------------------------------------------ ServiceChannel

  private void serviceChannel(ServiceChannelClient sc) {
    if (!signIn(SC, "sign-in and work orders (read)", "serviceChannel", () -> sc.workOrders().list(WorkOrderQuery.all()).firstPage())) {
      return;
    }
    Map<Long, List<String>> subscribers = PreflightIds.of(config).subscribers();
    if (subscribers.isEmpty()) {
      return;
    }
    ids(SC, "subscribers named (" + subscribers.size() + ") and their status overrides", () -> {
      List<String> problems = new ArrayList<>();
      subscribers.forEach((id, keys) -> {
        StatusCatalog catalog;
        try {
          catalog = sc.workOrders().statusCatalog(id);
        } catch (ApiException refused) {
          keys.forEach(key -> problems.add(key + ": subscriber " + id + " is not one of this provider's (" + refused.getMessage() + ")"));
          return;
        }
        Optional.ofNullable(config.workOrders().subscribers().get(id)).ifPresent(subscriber ->
            subscriber.statusMapping().forEach((action, status) -> {
              if (!catalog.allows(status.primary(), status.extended())) {
                problems.add("workOrders.subscribers[" + id + "].statusMapping." + action.name().toLowerCase(java.util.Locale.ROOT)
                    + ": unknown status " + status + " (not in subscriber " + id + "'s catalogue)");
              }
            }));
      });
      return problems;
    });
  }

  // ------------------------------------------------------------------ leads vendor

  private void vendor(LeadsClient vendor, LeadsConfig leads) {
    if (!signIn(VENDOR, "sign-in and accounts", "leads", () -> vendor.accounts().list()) || leads.accounts().isEmpty()) {
      return;
    }
    ids(VENDOR, "accounts and profiles named (" + leads.accounts().size() + ")", () -> {
      List<Account> accounts = vendor.accounts().list();
      List<String> problems = new ArrayList<>();
      leads.accounts().forEach((id, account) -> {
        if (accounts.stream().noneMatch(found -> found.id().equals(id))) {
          problems.add("leads.accounts[" + id + "]: the vendor has no account " + id + " for these credentials");
          return;
        }
        if (account.profiles().isEmpty()) {
          return;
        }
        List<Profile> profiles = vendor.accounts().profiles(id);
        account.profiles().keySet().forEach(profile -> {
          if (profiles.stream().noneMatch(found -> found.id().equals(profile))) {
            problems.add("leads.accounts[" + id + "].profiles[" + profile + "]: account " + id + " has no profile " + profile);
          }
        });
      });
      return problems;
    });
  }

  // ------------------------------------------------------------------ store

  private void store(Clock clock) {
    String area = "store " + config.store().provider() + ": reachable, schema current";
    SyncStoreSettings settings =
        SyncStoreSettings.builder().clock(clock).existingOnly(true).putAllProperties(config.store().properties()).build();
    try (SyncStore store = SyncStoreProvider.named(config.store().provider()).create(settings)) {
      checks.add(new Check("Store", area, true, ""));
    } catch (StoreNotFoundException notYet) {
      checks.add(new Check("Store", area, true, "nothing stored yet: " + notYet.getMessage()));
    } catch (StoreException | IllegalArgumentException failed) {
      checks.add(new Check("Store", area, false, "store: " + failed.getMessage()));
    }
  }

  // ------------------------------------------------------------------ mechanics

  /**
   * The sign-in check of a system: whether its other checks can run. A refused sign-in or an unreachable API
   * is reported once, here, and skips them; a missing permission for this first read does not.
   */
  private boolean signIn(String system, String area, String section, Supplier<?> probe) {
    try {
      probe.get();
      checks.add(new Check(system, area, true, ""));
      return true;
    } catch (RuntimeException failure) {
      String detail = explain(failure, section);
      boolean permission = failure instanceof AuthenticationException auth && auth.statusCode() == 403;
      checks.add(new Check(system, area, false, permission ? detail : detail + "\n(" + system + "'s other checks skipped until this works)"));
      return permission;
    }
  }

  private void area(String system, String area, String key, Runnable probe) {
    try {
      probe.run();
      checks.add(new Check(system, area, true, ""));
    } catch (RuntimeException failure) {
      String detail = explain(failure, "");
      checks.add(new Check(system, area, false, key.isEmpty() ? detail : key + ": " + detail));
    }
  }

  private void ids(String system, String area, Supplier<List<String>> problems) {
    try {
      List<String> found = problems.get();
      checks.add(new Check(system, area, found.isEmpty(), String.join("\n", found)));
    } catch (RuntimeException failure) {
      checks.add(new Check(system, area, false, explain(failure, "")));
    }
  }

  /** What went wrong, and what to fix, naming the credential at fault; never a credential's value. */
  static String explain(RuntimeException failure, String section) {
    if (failure instanceof PermissionDeniedException denied) {
      return "the API user lacks the permission for " + denied.operation()
          + ": ask the ServiceChannel administrator to grant it to the API user";
    }
    if (failure instanceof AuthenticationException refused) {
      if (refused.statusCode() == 403) {
        return "permission missing for " + refused.operation() + " (" + refused.getMessage() + ")";
      }
      if (refused.statusCode() >= 300 && refused.statusCode() < 400) {
        return refused.getMessage();
      }
      String prefix = section.isEmpty() ? "" : section + ".";
      String code = refused.errorCode().orElse("");
      if (refused.operation().equals("oauth.token") && code.equals("invalid_grant")) {
        return prefix + "username / " + prefix + "password refused (invalid_grant): check the API user and the"
            + " password's environment variable";
      }
      if (refused.operation().equals("oauth.token")) {
        return prefix + "clientId / " + prefix + "clientSecret refused (" + (code.isEmpty() ? "HTTP " + refused.statusCode() : code)
            + "): check the client id and the secret's environment variable";
      }
      if (section.equals("serviceTitan")) {
        return "serviceTitan.appKey refused (HTTP " + refused.statusCode() + " on the API with a valid token): check the app key's"
            + " environment variable, and that the application is connected to the tenant (serviceTitan.tenantId)";
      }
      return "credentials refused on the API (HTTP " + refused.statusCode() + " on " + refused.operation() + "): check the "
          + (section.isEmpty() ? "" : section + ".*") + " credentials";
    }
    if (failure instanceof TransportException unreachable) {
      return "cannot reach the API (" + unreachable.getMessage() + "): check the environment or base URL and the network";
    }
    if (failure instanceof ApiException api) {
      return api.getMessage();
    }
    return failure.getClass().getSimpleName() + ": " + failure.getMessage();
  }

}
