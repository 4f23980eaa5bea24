package io.workbridge.demo;

import io.workbridge.runtime.WorkBridge;
import io.workbridge.runtime.WorkBridgeFactory;
import io.workbridge.runtime.config.WorkBridgeConfig;
import io.workbridge.sync.workflow.EffectType;
import io.workbridge.sync.workflow.SyncReport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The demo's story in nine phases. In each, the people act on the simulators, then the real sync runs — a
 * {@link WorkBridge} built by {@link WorkBridgeFactory} from a configuration file, over the embedded H2
 * store — until a cycle finds nothing left to do. The last phase starts a new bridge over the same store,
 * which must find nothing to do at all.
 */
final class DemoRun {
  /** The configuration file written into the data directory. */
  static final String CONFIG_FILE = "workbridge-demo.yaml";

  /** The ServiceTitan job custom field that receives the NTE (SC-22). */
  static final String NTE_FIELD = "NTE";

  private static final int PHASES = 9;
  private static final int MAX_CYCLES = 6;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

  private final Simulators world;
  private final People people;
  private final Consumer<String> progress;
  private final WorkBridgeConfig config;
  private final SyncLog log = new SyncLog();
  private final List<WorkOrderPlan> beforeActivation = Seed.beforeActivation();
  private final List<WorkOrderPlan> firstWave = Seed.firstWave();
  private final List<WorkOrderPlan> emergencies = Seed.emergencies();
  private final List<AlertPlan> alerts = Seed.alerts();
  private int phase;
  private int restartEffects = -1;

  /**
   * A run over started simulators.
   *
   * @param world the simulators
   * @param directory where the configuration file and the embedded store go
   * @param progress receives one line per step
   */
  DemoRun(Simulators world, Path directory, Consumer<String> progress) {
    this.world = world;
    this.people = new People(world);
    this.progress = progress;
    this.config = world.writeConfig(directory.resolve(CONFIG_FILE), directory.resolve("store"), world.now());
  }

  /** Plays every phase. */
  void play() {
    try (WorkBridge bridge = bridge()) {
      phase("Store managers issue 54 work orders (4 dated before the activation); the vendor raises 25 alerts", () -> {
        Instant beforeActivation = config.workOrders().activatedAt().minus(Duration.ofDays(2));
        this.beforeActivation.forEach(plan -> people.issue(plan, beforeActivation));
        firstWave.forEach(plan -> people.issue(plan, null));
        alerts.forEach(people::raise);
      }, bridge);
      phase(describe("CSRs accept %d bookings and dismiss %d; the provider accepts %d directly in ServiceChannel;"
              + " the vendor re-sends %d alerts",
          count(firstWave, plan -> plan.fate == Fate.ACCEPTED || plan.acceptedFirst),
          count(firstWave, plan -> plan.fate == Fate.DECLINED),
          count(firstWave, plan -> plan.fate == Fate.ACCEPTED_IN_SERVICECHANNEL),
          alerts.stream().filter(alert -> alert.resent).count()), () -> {
        for (WorkOrderPlan plan : firstWave) {
          switch (plan.fate) {
            case ACCEPTED -> people.accept(plan);
            case DECLINED -> people.decline(plan);
            case ACCEPTED_IN_SERVICECHANNEL -> {
              people.booking(plan);
              people.acceptInServiceChannel(plan);
            }
            default -> {
              if (plan.acceptedFirst) {
                people.accept(plan);
              }
            }
          }
        }
        alerts.stream().filter(alert -> alert.resent).forEach(people::resend);
      }, bridge);
      phase(describe("CSRs convert %d bookings into jobs; of the leads, they convert %d and dismiss %d",
          count(firstWave, plan -> plan.fate.hasJob()),
          alerts.stream().filter(alert -> alert.converted).count(),
          alerts.stream().filter(alert -> alert.dismissedByCsr).count()), () -> {
        firstWave.stream().filter(plan -> plan.fate.hasJob()).forEach(people::convert);
        alerts.stream().filter(alert -> alert.converted).forEach(people::convert);
        alerts.stream().filter(alert -> alert.dismissedByCsr).forEach(people::dismiss);
      }, bridge);
      phase(describe("Emergencies: %d more work orders, %d of them Northwind P1s the rule sends straight to jobs",
          emergencies.size(), count(emergencies, plan -> plan.directJob)), () ->
          emergencies.forEach(plan -> people.issue(plan, null)), bridge);
      List<WorkOrderPlan> jobs = withJobs();
      phase(describe("Dispatchers dispatch %d jobs; store managers write %d notes in ServiceChannel",
          jobs.size() + 1, (jobs.size() + 1) / 2), () -> {
        emergencies.stream().filter(plan -> plan.directJob).forEach(people::findDirectJob);
        emergencies.stream().filter(plan -> plan.fate == Fate.ACCEPTED).forEach(people::accept);
        for (int i = 0; i < jobs.size(); i++) {
          WorkOrderPlan plan = jobs.get(i);
          plan.appointmentId = people.dispatch(Objects.requireNonNull(plan.jobId), i);
          if (i % 2 == 0) {
            people.subscriberNote(plan, "Please check in at the service desk and ask for " + managerOf(plan)
                + "; the rear door code changed this week. (work order " + plan.id + ")");
          }
        }
        for (AlertPlan alert : completedLeads()) {
          alert.appointmentId = people.dispatch(Objects.requireNonNull(alert.jobId), 0);
        }
      }, bridge);
      List<WorkOrderPlan> arrived = jobs.stream().filter(plan -> plan.fate.arrived()).toList();
      phase(describe("Technicians arrive at %d sites, write %d notes and take photos",
          arrived.size() + 1, (arrived.size() + 1) / 2), () -> {
        for (int i = 0; i < arrived.size(); i++) {
          WorkOrderPlan plan = arrived.get(i);
          people.arrive(Objects.requireNonNull(plan.appointmentId));
          if (i % 2 == 0) {
            people.technicianNote(plan, "Found the cause, parts on the truck; " + plan.trade.toLowerCase(Locale.ROOT)
                + " back in service within the hour. (work order " + plan.id + ")");
          }
          if (plan.fate.finished()) {
            plan.photos.add(people.photo(plan, "before"));
            if (i % 3 == 0) {
              plan.photos.add(people.photo(plan, "after"));
            }
          }
        }
        completedLeads().forEach(alert -> people.arrive(Objects.requireNonNull(alert.appointmentId)));
      }, bridge);
      List<WorkOrderPlan> finished = jobs.stream().filter(plan -> plan.fate.finished()).toList();
      phase(describe("Technicians finish %d jobs", finished.size() + 1), () -> {
        finished.forEach(plan -> people.finish(Objects.requireNonNull(plan.appointmentId)));
        completedLeads().forEach(alert -> people.finish(Objects.requireNonNull(alert.appointmentId)));
      }, bridge);
      List<WorkOrderPlan> invoiced = finished.stream().filter(plan -> plan.fate == Fate.INVOICED).toList();
      List<WorkOrderPlan> postedOnly = finished.stream().filter(plan -> plan.fate == Fate.DONE).toList();
      phase(describe("Accounting exports %d invoices; %d more are posted but not exported yet; a technician"
              + " adds a photo to a finished job", invoiced.size(), (postedOnly.size() + 1) / 2), () -> {
        invoiced.forEach(plan -> people.invoice(plan, true));
        for (int i = 0; i < postedOnly.size(); i += 2) {
          people.invoice(postedOnly.get(i), false);
        }
        WorkOrderPlan late = finished.get(0);
        late.latePhoto = people.photo(late, "late");
      }, bridge);
    }
    restart();
  }

  /** Every work order of the demo, in the order issued. */
  List<WorkOrderPlan> workOrders() {
    List<WorkOrderPlan> all = new ArrayList<>(beforeActivation);
    all.addAll(firstWave);
    all.addAll(emergencies);
    return Collections.unmodifiableList(all);
  }

  /** Every alert of the demo, in the order raised. */
  List<AlertPlan> alerts() {
    return Collections.unmodifiableList(alerts);
  }

  /** What the sync reported over the whole run. */
  SyncLog log() {
    return log;
  }

  /** The effects a new bridge over the same store performed in its one cycle (should be none); -1 before. */
  int restartEffects() {
    return restartEffects;
  }

  // ------------------------------------------------------------------ phases and cycles

  private void phase(String title, Runnable people, WorkBridge bridge) {
    phase++;
    progress.accept(String.format("[%d/%d] %s  %s", phase, PHASES, TIME.format(world.now()), title));
    people.run();
    sync(bridge);
  }

  private void sync(WorkBridge bridge) {
    Map<EffectType, Integer> performed = new EnumMap<>(EffectType.class);
    int cycles = 0;
    int lastCycle;
    do {
      world.advance(Duration.ofMinutes(1));
      Map<String, SyncReport> reports = bridge.runOnce();
      log.add(reports);
      cycles++;
      lastCycle = 0;
      for (SyncReport report : reports.values()) {
        report.performed().forEach((type, count) -> performed.merge(type, count, Integer::sum));
        lastCycle += report.totalPerformed();
      }
    } while (lastCycle > 0 && cycles < MAX_CYCLES);
    progress.accept("       sync, " + cycles + (cycles == 1 ? " cycle: " : " cycles: ") + describe(performed));
  }

  private void restart() {
    phase++;
    progress.accept(String.format("[%d/%d] %s  A new WorkBridge over the same store runs a cycle: it must find nothing to do",
        phase, PHASES, TIME.format(world.now())));
    world.advance(Duration.ofMinutes(1));
    try (WorkBridge bridge = bridge()) {
      Map<String, SyncReport> reports = bridge.runOnce();
      log.add(reports);
      restartEffects = reports.values().stream().mapToInt(SyncReport::totalPerformed).sum();
    }
    progress.accept("       sync, 1 cycle: " + (restartEffects == 0 ? "nothing to do" : restartEffects + " effects"));
  }

  /**
   * The bridge, built by the factory from the configuration file alone (every integrator choice is in it, see
   * {@link Simulators#writeConfig}). Everything runs on the simulated clock, so tokens expire and are renewed as
   * the simulators see it; the configuration lifts the clients' rate limits, which could not refill while
   * simulated time stands still during a cycle.
   */
  private WorkBridge bridge() {
    return WorkBridgeFactory.create(config, world.clock);
  }

  // ------------------------------------------------------------------ helpers

  private List<WorkOrderPlan> withJobs() {
    List<WorkOrderPlan> jobs = new ArrayList<>(firstWave.stream().filter(plan -> plan.fate.hasJob()).toList());
    jobs.addAll(emergencies.stream().filter(plan -> plan.directJob).toList());
    return jobs;
  }

  private List<AlertPlan> completedLeads() {
    return alerts.stream().filter(alert -> alert.completed).toList();
  }

  private static String managerOf(WorkOrderPlan plan) {
    return switch (plan.store.city()) {
      case "Albany", "Denver", "Seattle" -> "Maria";
      default -> "Dev";
    };
  }

  private static long count(List<WorkOrderPlan> plans, Predicate<WorkOrderPlan> filter) {
    return plans.stream().filter(filter).count();
  }

  private static String describe(String format, Object... values) {
    return String.format(format, values);
  }

  private static String describe(Map<EffectType, Integer> performed) {
    if (performed.isEmpty()) {
      return "nothing to do";
    }
    StringJoiner text = new StringJoiner(", ");
    performed.forEach((type, count) -> text.add(count + " " + label(type)));
    return text.toString();
  }

  /** How an effect type reads in the progress lines. */
  static String label(EffectType type) {
    return switch (type) {
      case CREATE_BOOKING -> "bookings";
      case CREATE_JOB -> "jobs";
      case ACKNOWLEDGE_BOOKING -> "bookings acknowledged";
      case SET_JOB_NTE -> "NTE fields";
      case CHANGE_STATUS -> "status changes";
      case WORK_ORDER_NOTE -> "notes to ServiceChannel";
      case JOB_NOTE -> "notes to ServiceTitan";
      case CHECK_IN -> "check-ins";
      case CHECK_OUT -> "check-outs";
      case ATTACHMENT -> "attachments";
      case INVOICE -> "invoices";
      case LEAD_BOOKING -> "lead bookings";
      case LEAD_FOLLOW_UP -> "lead follow-ups";
      case LEAD_OUTCOME -> "lead outcomes";
    };
  }
}
