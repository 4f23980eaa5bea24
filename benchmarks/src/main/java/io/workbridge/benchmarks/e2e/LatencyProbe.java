package io.workbridge.benchmarks.e2e;

import io.workbridge.cli.webhook.BridgeWebhooks;
import io.workbridge.cli.webhook.WebhookServer;
import io.workbridge.cli.webhook.WebhookSettings;
import io.workbridge.client.Secret;
import io.workbridge.runtime.WorkBridge;
import io.workbridge.runtime.WorkBridgeFactory;
import io.workbridge.runtime.config.ScheduleConfig;
import io.workbridge.runtime.config.WorkBridgeConfig;
import io.workbridge.testkit.DottedYaml;
import io.workbridge.testkit.SimulatorConfig;
import io.workbridge.testkit.servicechannel.NewWorkOrder;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.SubscriberSetup;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long a change takes to cross over, at the poll intervals a deployment runs with: a {@link WorkBridge}
 * built from a configuration file's settings by {@link WorkBridgeFactory} (its scheduler, the real clients and
 * adapters, an embedded H2 store) against the ServiceTitan and ServiceChannel simulators with the documented
 * rate limits and a response latency, all in real time.
 *
 * <p>Changes are made at random moments spread over a window, so they fall at every phase of the poll
 * intervals; each is timed from the moment it is made in one simulator to the moment the other simulator
 * shows its consequence (polled every 20 ms):
 *
 * <ul>
 *   <li><b>ServiceTitan → ServiceChannel:</b> a dispatcher dispatches a job's technician; timed until the work
 *       order's status changes in ServiceChannel.
 *   <li><b>ServiceChannel note → ServiceTitan:</b> the subscriber adds a note to a work order with a job; timed
 *       until the note is on the job.
 *   <li><b>With a webhook, ServiceChannel → ServiceTitan:</b> a second bridge with the ServiceChannel webhook
 *       endpoint on; the subscriber creates a work order; timed until its booking exists in ServiceTitan.
 * </ul>
 *
 * <p>The setup (work orders booked, accepted and converted into jobs) triggers the streams to save time, then
 * waits one work-order interval so that the clients' rate limiters refill; the timed part never triggers. {@code --samples N} changes of each kind (default 20) over {@code --window-s S} seconds
 * (default 240); {@code --latency-ms L} (default 20); {@code --work-orders-every-s} and {@code
 * --servicetitan-every-s} replace the default intervals (60 s and 30 s).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.workbridge.benchmarks.e2e.LatencyProbe
 * </pre>
 */
public final class LatencyProbe {
  private static final Logger LOG = LoggerFactory.getLogger(LatencyProbe.class);
  private static final long SUBSCRIBER = 2014917243L;
  private static final long LOCATION = 2006516537L;
  private static final String WEBHOOK_KEY = "latency-probe-webhook-key";
  private static final Duration WAIT_AT_MOST = Duration.ofMinutes(10);

  /**
   * What the probe runs.
   *
   * @param samples changes of each kind
   * @param window the period the changes are spread over
   * @param latency the simulators' response latency
   * @param workOrdersEvery the ServiceChannel poll interval
   * @param serviceTitanEvery the ServiceTitan poll interval (its notes feed is read as often)
   * @param seed the seed of the random moments
   */
  record Options(
      int samples, Duration window, Duration latency, Duration workOrdersEvery, Duration serviceTitanEvery, long seed) {
    /** The command-line usage. */
    static final String USAGE =
        "Usage: LatencyProbe [--samples N] [--window-s S] [--latency-ms L] [--work-orders-every-s S]"
            + " [--servicetitan-every-s S] [--seed N]";

    /** The defaults: 20 changes of each kind over 4 minutes, 20 ms latency, the default poll intervals. */
    static Options defaults() {
      return new Options(
          20,
          Duration.ofMinutes(4),
          Duration.ofMillis(20),
          ScheduleConfig.WORK_ORDERS_EVERY,
          ScheduleConfig.SERVICETITAN_CHANGES_EVERY,
          20261206L);
    }

    /**
     * Reads the command line.
     *
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException naming the unknown or malformed option
     */
    static Options parse(String... args) {
      Options o = defaults();
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value for " + args[i]);
        }
        String value = args[i + 1];
        try {
          o =
              switch (args[i]) {
                case "--samples" -> new Options(
                    Integer.parseInt(value), o.window, o.latency, o.workOrdersEvery, o.serviceTitanEvery, o.seed);
                case "--window-s" -> new Options(
                    o.samples, seconds(value), o.latency, o.workOrdersEvery, o.serviceTitanEvery, o.seed);
                case "--latency-ms" -> new Options(
                    o.samples, o.window, Duration.ofMillis(Long.parseLong(value)), o.workOrdersEvery, o.serviceTitanEvery, o.seed);
                case "--work-orders-every-s" -> new Options(
                    o.samples, o.window, o.latency, seconds(value), o.serviceTitanEvery, o.seed);
                case "--servicetitan-every-s" -> new Options(
                    o.samples, o.window, o.latency, o.workOrdersEvery, seconds(value), o.seed);
                case "--seed" -> new Options(
                    o.samples, o.window, o.latency, o.workOrdersEvery, o.serviceTitanEvery, Long.parseLong(value));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
              };
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("not a number for " + args[i] + ": " + value, e);
        }
      }
      if (o.samples < 1) {
        throw new IllegalArgumentException("--samples must be at least 1, was " + o.samples);
      }
      return o;
    }

    private static Duration seconds(String value) {
      return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
    }
  }

  /**
   * The latencies of one kind of change, sorted.
   *
   * @param name what changed and where it was looked for
   * @param goal the goal of the median (and, for notes, of every percentile given)
   * @param latencies the measured latencies, shortest first
   */
  record Measured(String name, Duration goal, List<Duration> latencies) {
    /** {@return the latency below which {@code percent} % of the samples fall (nearest rank)} */
    Duration percentile(int percent) {
      int rank = (int) Math.ceil(percent / 100.0 * latencies.size());
      return latencies.get(Math.max(0, rank - 1));
    }
  }

  private LatencyProbe() {}

  /**
   * Runs the probe and prints a Markdown table; exits with status 2 on bad options.
   *
   * @param args the options, see {@link Options#USAGE}
   */
  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    System.out.print(render(options, run(options)));
  }

  /**
   * Runs both bridges, one after the other, each on fresh simulators and a fresh store.
   *
   * @param options what to run
   * @return the three kinds of change, measured
   */
  static List<Measured> run(Options options) {
    List<Measured> measured = new ArrayList<>();
    try (Systems systems = new Systems(options)) {
      measured.addAll(systems.polling());
    }
    try (Systems systems = new Systems(options)) {
      measured.add(systems.webhook());
    }
    return measured;
  }

  /**
   * The report.
   *
   * @param options what was run
   * @param measured the results of {@link #run}
   * @return a Markdown table with one row per kind of change
   */
  static String render(Options options, List<Measured> measured) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "Poll intervals: ServiceChannel work orders %s, ServiceTitan changes (and job notes) %s; %d changes of"
                + " each kind at random moments over %s; %d ms latency on every response; documented rate limits.%n%n",
            human(options.workOrdersEvery()), human(options.serviceTitanEvery()), options.samples(),
            human(options.window()), options.latency().toMillis()));
    out.append("| change | samples | median | p95 | longest | goal (median) |\n|---|---:|---:|---:|---:|---:|\n");
    for (Measured m : measured) {
      out.append(
          String.format(
              "| %s | %d | %s | %s | %s | ≤ %s |%n",
              m.name(), m.latencies().size(), human(m.percentile(50)), human(m.percentile(95)),
              human(m.latencies().get(m.latencies().size() - 1)), human(m.goal())));
    }
    return out.toString();
  }

  private static String human(Duration d) {
    return String.format("%.1f s", d.toMillis() / 1000.0);
  }

  /** The two simulators and one bridge over them. */
  private static final class Systems implements AutoCloseable {
    private final Options options;
    private final Random random;
    private final ServiceTitanSimulator serviceTitan;
    private final ServiceChannelSimulator serviceChannel;
    private final Path storeDirectory;
    private final Instant activatedAt = Instant.now().minus(Duration.ofMinutes(1));

    Systems(Options options) {
      this.options = options;
      this.random = new Random(options.seed());
      RateLimits limits = new RateLimits(1);
      this.serviceTitan =
          ServiceTitanSimulator.builder()
              .validateContract(false)
              .requestsPerSecond(limits.serviceTitanPerSecond())
              .build()
              .start()
              .responseLatency(options.latency());
      this.serviceChannel =
          new ServiceChannelSimulator(
                  Clock.systemUTC(), limits.serviceChannelClientPerMinute(), limits.serviceChannelCompanyPerMinute())
              .start()
              .responseLatency(options.latency());
      serviceChannel.addSubscriber(SubscriberSetup.builder(SUBSCRIBER, "API SANDBOX").providerMayComplete(true).build());
      serviceChannel.addLocation(LOCATION, SUBSCRIBER, "0024", 42.6526, -73.7562, 0.5, "America/New_York");
      try {
        this.storeDirectory = Files.createTempDirectory("workbridge-latency");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the store directory", e);
      }
    }

    /** The polling bridge: ServiceTitan dispatches → ServiceChannel, ServiceChannel notes → ServiceTitan. */
    List<Measured> polling() {
      List<Long> workOrders = new ArrayList<>();
      for (int i = 0; i < options.samples(); i++) {
        workOrders.add(createWorkOrder(i));
      }
      try (WorkBridge bridge = bridge("polling")) {
        bridge.start();
        List<Long> jobs = jobsFor(bridge, workOrders);
        // The setup ran cycles back to back: let the clients' rate limiters refill as in a deployment at rest.
        sleep(options.workOrdersEvery());
        LOG.info("timing {} dispatches and {} notes over {} ...", jobs.size(), jobs.size(), options.window());
        List<Timed> changes = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
          long workOrder = workOrders.get(i);
          long appointment = ((Number) serviceTitan.appointmentsOf(jobs.get(i)).get(0).get("id")).longValue();
          long job = jobs.get(i);
          String status = serviceChannel.statusOf(workOrder);
          changes.add(
              new Timed(
                  "dispatch",
                  randomMoment(),
                  () -> {
                    serviceTitan.dispatcherAssign(appointment, serviceTitan.referenceData().technicianId());
                    serviceTitan.dispatcherDispatch(appointment);
                  },
                  () -> !serviceChannel.statusOf(workOrder).equals(status)));
          String text = "Please use the side entrance, visit " + i;
          changes.add(
              new Timed(
                  "note",
                  randomMoment(),
                  () -> serviceChannel.addSubscriberNote(workOrder, text),
                  () -> serviceTitan.jobNoteTexts(job).stream().anyMatch(note -> note.contains(text))));
        }
        play(changes);
        return List.of(
            measured("ServiceTitan dispatch → ServiceChannel status", Duration.ofSeconds(35), changes, "dispatch"),
            measured("ServiceChannel subscriber note → ServiceTitan job note", Duration.ofSeconds(60), changes, "note"));
      }
    }

    /** The bridge with the ServiceChannel webhook: new work orders → bookings. */
    Measured webhook() {
      WebhookSettings endpoint =
          WebhookSettings.builder().port(0).serviceChannel("/webhooks/servicechannel", Secret.of(WEBHOOK_KEY)).build();
      try (WorkBridge bridge = bridge("webhook");
          WebhookServer server = BridgeWebhooks.start(bridge, endpoint, Clock.systemUTC())) {
        bridge.start();
        awaitTrue("the first cycles", () -> bridge.status().values().stream().allMatch(s -> s.lastReport().isPresent()));
        serviceChannel.webhooks(
            "http://127.0.0.1:" + server.address().getPort() + "/webhooks/servicechannel", WEBHOOK_KEY);
        List<Timed> changes = new ArrayList<>();
        for (int i = 0; i < options.samples(); i++) {
          int number = options.samples() + i;
          long[] created = new long[1];
          changes.add(
              new Timed(
                  "webhook",
                  randomMoment(),
                  () -> created[0] = createWorkOrder(number),
                  () -> created[0] != 0 && bookingOf(created[0]) != 0));
        }
        play(changes);
        return measured(
            "ServiceChannel new work order → ServiceTitan booking, with the webhook", Duration.ofSeconds(5), changes, "webhook");
      }
    }

    private Duration randomMoment() {
      return Duration.ofMillis((long) (random.nextDouble() * options.window().toMillis()));
    }

    /** Books, accepts and converts every work order, triggering the streams; returns the jobs in order. */
    private List<Long> jobsFor(WorkBridge bridge, List<Long> workOrders) {
      awaitTrue("bookings", () -> workOrders.stream().allMatch(id -> bookingOf(id) != 0));
      long[] customer = serviceTitan.csrCreateCustomer("API SANDBOX #24", "12 Main St", "Albany", "NY", "12207");
      List<Long> jobs = new ArrayList<>();
      for (long workOrder : workOrders) {
        long booking = bookingOf(workOrder);
        serviceTitan.csrAcceptBooking(booking);
        jobs.add(serviceTitan.csrConvertBooking(booking, customer[0], customer[1]));
      }
      // The sync links each job when it reads it and writes the work order a note saying so.
      List<Integer> notesBefore = workOrders.stream().map(id -> serviceChannel.noteTexts(id).size()).toList();
      long[] lastTrigger = {0};
      awaitTrue(
          "jobs linked",
          () -> {
            if (System.nanoTime() - lastTrigger[0] > Duration.ofSeconds(2).toNanos()) {
              lastTrigger[0] = System.nanoTime();
              bridge.trigger(WorkBridge.SERVICETITAN_CHANGES);
              bridge.trigger(WorkBridge.WORK_ORDERS);
            }
            for (int i = 0; i < workOrders.size(); i++) {
              if (serviceChannel.noteTexts(workOrders.get(i)).size() <= notesBefore.get(i)) {
                return false;
              }
            }
            return true;
          });
      return jobs;
    }

    private void play(List<Timed> changes) {
      changes.sort(Comparator.comparing(Timed::at));
      long start = System.nanoTime();
      List<Timed> pending = new ArrayList<>();
      int next = 0;
      long deadline = start + options.window().plus(WAIT_AT_MOST).toNanos();
      while (next < changes.size() || !pending.isEmpty()) {
        long now = System.nanoTime();
        if (now > deadline) {
          throw new IllegalStateException(pending.size() + " changes never crossed over, e.g. " + pending.get(0).kind);
        }
        while (next < changes.size() && now - start >= changes.get(next).at.toNanos()) {
          Timed change = changes.get(next++);
          change.madeAt = System.nanoTime();
          change.make.run();
          pending.add(change);
        }
        long seenAt = System.nanoTime();
        pending.removeIf(
            change -> {
              if (!change.visible.getAsBoolean()) {
                return false;
              }
              change.latency = Duration.ofNanos(seenAt - change.madeAt);
              return true;
            });
        sleep(Duration.ofMillis(20));
      }
    }

    private static Measured measured(String name, Duration goal, List<Timed> changes, String kind) {
      List<Duration> latencies =
          changes.stream().filter(c -> c.kind.equals(kind)).map(c -> c.latency).sorted().toList();
      return new Measured(name, goal, latencies);
    }

    private long createWorkOrder(int number) {
      return serviceChannel.createWorkOrder(
          NewWorkOrder.builder(SUBSCRIBER, LOCATION)
              .description("Rooftop unit " + number + " not cooling")
              .nte(new BigDecimal("750.00"))
              .scheduledDate(Instant.now().plus(Duration.ofDays(1)))
              .build());
    }

    /** The id of the booking whose external id is the work order's, or 0. */
    private long bookingOf(long workOrder) {
      String external = Long.toString(workOrder);
      return serviceTitan.bookings().stream()
          .filter(booking -> external.equals(booking.get("externalId")))
          .map(booking -> ((Number) booking.get("id")).longValue())
          .findFirst()
          .orElse(0L);
    }

    private WorkBridge bridge(String storeName) {
      List<String> lines =
          new ArrayList<>(
              List.of(
                  "connectionId=latency-probe",
                  "store.directory=" + storeDirectory.toString().replace("\\", "/") + "/" + storeName,
                  "workOrders.companyName=Acme HVAC",
                  "workOrders.activatedAt=" + activatedAt,
                  "schedule.workOrders=" + options.workOrdersEvery().toMillis() + "ms",
                  "schedule.serviceTitanChanges=" + options.serviceTitanEvery().toMillis() + "ms",
                  "schedule.notes=" + options.serviceTitanEvery().toMillis() + "ms",
                  "serviceTitan.applicationGuid=6f1c2a9e-0b7d-4d3e-9a51-2f4b8c7d1e00"));
      lines.addAll(SimulatorConfig.serviceTitan(serviceTitan));
      lines.addAll(SimulatorConfig.serviceChannel(serviceChannel));
      return WorkBridgeFactory.create(
          WorkBridgeConfig.parse(DottedYaml.of(lines), SimulatorConfig.environment(serviceTitan)), Clock.systemUTC());
    }

    @Override
    public void close() {
      serviceChannel.close();
      serviceTitan.close();
      try (Stream<Path> files = Files.walk(storeDirectory)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        LOG.warn("could not delete {}: {}", storeDirectory, e.getMessage());
      }
    }
  }

  /** One change: when it is made, how it is made, and how its consequence is seen. */
  private static final class Timed {
    final String kind;
    final Duration at;
    final Runnable make;
    final BooleanSupplier visible;
    long madeAt;
    Duration latency = Duration.ZERO;

    Timed(String kind, Duration at, Runnable make, BooleanSupplier visible) {
      this.kind = kind;
      this.at = at;
      this.make = make;
      this.visible = visible;
    }

    Duration at() {
      return at;
    }
  }

  private static void awaitTrue(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT_AT_MOST.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("gave up waiting for " + what);
      }
      sleep(Duration.ofMillis(50));
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
