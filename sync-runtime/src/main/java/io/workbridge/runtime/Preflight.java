package io.workbridge.runtime;

import io.workbridge.client.ApiException;
import io.workbridge.client.AuthenticationException;
import io.workbridge.client.Sleeper;
import io.workbridge.client.TransportException;
import io.workbridge.leads.LeadsClient;
import io.workbridge.runtime.config.WorkBridgeConfig;
import io.workbridge.servicechannel.PermissionDeniedException;
import io.workbridge.servicechannel.ServiceChannelClient;
import io.workbridge.servicechannel.resource.WorkOrderQuery;
import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.servicetitan.model.BookingQuery;
import io.workbridge.servicetitan.model.JobQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks, before the first sync, that every credential works and every permission the sync needs is
 * granted (SC-23, beyond the reference product): one harmless read per API area, each failure explained
 * with what to fix. Nothing is written to any system.
 */
public final class Preflight {
  private Preflight() {}

  /**
   * One line of the preflight report.
   *
   * @param system the remote system
   * @param area what was checked
   * @param passed whether it worked
   * @param detail on failure, what went wrong and what to fix; empty when it passed
   */
  public record Check(String system, String area, boolean passed, String detail) {}

  /** A read the sync depends on. */
  @FunctionalInterface
  private interface Probe {
    void run();
  }

  /** Runs every check the configuration calls for, in order, and returns them all. */
  public static List<Check> run(WorkBridgeConfig config, Clock clock) {
    return run(config, clock, Sleeper.SYSTEM);
  }

  /** As {@link #run(WorkBridgeConfig, Clock)}, waiting through {@code sleeper} (a test seam). */
  public static List<Check> run(WorkBridgeConfig config, Clock clock, Sleeper sleeper) {
    List<Check> checks = new ArrayList<>();
    try (ServiceTitanClient st = WorkBridgeFactory.serviceTitan(config.serviceTitan(), config.http(), WorkBridgeFactory.serviceTitanRateLimiter(config.serviceTitan(), clock, sleeper), config.serviceTitan().bookingProviderId(), clock, sleeper)) {
      String system = "ServiceTitan";
      checks.add(check(system, "sign-in, app key and tenant (settings: business units)", () -> st.referenceData().businessUnits()));
      checks.add(check(system, "bookings (Booking Provider API)", () -> st.bookings().list(BookingQuery.all()).firstPage()));
      checks.add(check(system, "customers and locations (CRM export)", () -> st.customers().export(null).firstPage()));
      checks.add(check(system, "jobs (JPM)", () -> st.jobs().list(JobQuery.all()).firstPage()));
      checks.add(check(system, "invoices (Accounting export)", () -> st.invoices().export(null).firstPage()));
    }
    try (ServiceChannelClient sc = WorkBridgeFactory.serviceChannel(config.serviceChannel(), config.http(), clock, sleeper)) {
      checks.add(check("ServiceChannel", "sign-in and work orders (read)", () -> sc.workOrders().list(WorkOrderQuery.all()).firstPage()));
    }
    config.leads().ifPresent(leads -> {
      try (LeadsClient vendor = WorkBridgeFactory.leadsVendor(leads, config.http(), 1, clock, sleeper)) {
        checks.add(check("Leads vendor", "sign-in and accounts", () -> vendor.accounts().list()));
      }
    });
    return checks;
  }

  private static Check check(String system, String area, Probe probe) {
    try {
      probe.run();
      return new Check(system, area, true, "");
    } catch (RuntimeException failure) {
      return new Check(system, area, false, explain(failure));
    }
  }

  /** What went wrong, and what to fix, without any credential. */
  static String explain(RuntimeException failure) {
    if (failure instanceof PermissionDeniedException denied) {
      return "the API user lacks the permission for " + denied.operation()
          + ": ask the ServiceChannel administrator to grant it to the API user";
    }
    if (failure instanceof AuthenticationException refused) {
      if (refused.statusCode() == 403) {
        return "permission missing for " + refused.operation()
            + ": grant the application access to this API in the ServiceTitan developer portal";
      }
      if (refused.statusCode() >= 300 && refused.statusCode() < 400) {
        return refused.getMessage();
      }
      return "credentials refused (" + refused.getMessage() + "): check the client id, secret, app key,"
          + " user name and password in the configuration and environment";
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
