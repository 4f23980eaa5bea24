package io.workbridge.runtime;

import io.workbridge.runtime.config.ConfigException;
import io.workbridge.runtime.config.ConfigReader;
import io.workbridge.runtime.config.WorkBridgeConfig;
import io.workbridge.sync.store.SyncStore;
import io.workbridge.sync.workflow.SyncReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many connections in one process: one {@link WorkBridge} per configuration file ({@code *.yaml} or {@code *.yml})
 * of a directory, each with its own credentials, rate limits, schedule and store scope (its {@code connectionId}).
 * Files can be added, changed and removed while the fleet runs: {@link #reload()} — called every {@link
 * Builder#rescanEvery} once started — starts the connection of a new file, restarts the one of a changed file
 * (stopping the old bridge gracefully first) and stops the one of a removed file. A file that does not load (a
 * problem in it, or a {@code connectionId} another file already runs) is refused with its problems and leaves the
 * other connections alone; a changed file that does not load keeps its connection running as it was.
 *
 * <pre>{@code
 * try (WorkBridgeFleet fleet = WorkBridgeFleet.builder(Path.of("connections")).environment(System.getenv()).build()) {
 *   fleet.start();
 *   fleet.status();                          // each connection's streams
 *   fleet.trigger("acme-hvac", WorkBridge.WORK_ORDERS);
 * }
 * }</pre>
 *
 * <p>Several processes can share the connections of one directory over one database ({@link Builder#cluster}, with
 * {@link Builder#sharedStore}): each (connection, stream) cycle then runs on one process at a time, and a process
 * that dies hands its connections to the others (see {@link ClusterSettings}).
 *
 * <p>Thread-safe.
 */
public final class WorkBridgeFleet implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WorkBridgeFleet.class);
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.]*)}");

  /** Builds the bridge of one connection's configuration; {@link WorkBridgeFactory#create} by default. */
  @FunctionalInterface
  public interface BridgeFactory {
    /**
     * Builds the bridge (not started).
     *
     * @param config the connection's configuration
     * @return the bridge, owning its clients and store
     */
    WorkBridge create(WorkBridgeConfig config);
  }

  /**
   * Told when a connection's bridge starts and before it stops, e.g. to serve the connection's webhook endpoints
   * alongside it. Called under the fleet's lock: keep it short.
   */
  public interface ConnectionListener {
    /**
     * The connection's bridge was started (by {@link #start()} or a later {@link #reload()}); throwing refuses the
     * connection's file with the exception's message and stops the bridge again.
     *
     * @param config the connection's configuration
     * @param bridge its running bridge
     */
    default void started(WorkBridgeConfig config, WorkBridge bridge) {}

    /**
     * The connection's bridge is about to stop: its file was removed or changed, or the fleet is closing.
     *
     * @param connectionId the connection
     */
    default void stopping(String connectionId) {}
  }

  /**
   * What one {@link #reload()} did, by file name.
   *
   * @param started files whose connection was started
   * @param restarted files whose connection was restarted with the changed file
   * @param stopped files removed, whose connection was stopped
   * @param refused files that did not load, with their problems (a changed one keeps its connection as it was)
   */
  public record Changes(
      List<String> started, List<String> restarted, List<String> stopped, Map<String, List<String>> refused) {
    /**
     * Copies the parts.
     *
     * @param started files whose connection was started
     * @param restarted files whose connection was restarted with the changed file
     * @param stopped files removed, whose connection was stopped
     * @param refused files that did not load, with their problems
     */
    public Changes {
      started = List.copyOf(started);
      restarted = List.copyOf(restarted);
      stopped = List.copyOf(stopped);
      refused = Map.copyOf(refused);
    }

    /** {@return whether nothing changed and nothing was refused} */
    public boolean isEmpty() {
      return started.isEmpty() && restarted.isEmpty() && stopped.isEmpty() && refused.isEmpty();
    }
  }

  /** A connection's bridge, with the file content it was built from. */
  private record Running(String connectionId, String contentHash, WorkBridge bridge) {}

  private final Path directory;
  private final Function<String, @Nullable String> variables;
  private final BridgeFactory factory;
  private final ConnectionListener listener;
  private final Duration rescanEvery;
  private final Duration grace;
  private final Map<String, Running> byFile = new TreeMap<>();
  private final Map<String, List<String>> refused = new TreeMap<>();
  /** The content of each refused file, so that an unchanged one is not loaded and reported again. */
  private final Map<String, String> refusedContent = new TreeMap<>();
  private final FleetCycles cycles;
  private boolean started;
  private @Nullable ScheduledExecutorService rescans;

  private WorkBridgeFleet(Builder builder) {
    this.directory = builder.directory;
    this.variables = builder.variables;
    Clock clock = builder.clock;
    SyncStore shared = builder.sharedStore;
    if (builder.factory != null) {
      this.factory = builder.factory;
    } else if (shared != null) {
      this.factory = config -> WorkBridgeFactory.create(config, clock, shared);
    } else {
      this.factory = config -> WorkBridgeFactory.create(config, clock);
    }
    this.cycles = builder.cluster != null ? new ClusterCycles(builder.cluster, clock, builder.grace) : FleetCycles.local();
    this.rescanEvery = builder.rescanEvery;
    this.listener = builder.listener;
    this.grace = builder.grace;
  }

  /**
   * A builder for the fleet of the files in {@code directory}.
   *
   * @param directory the directory holding one configuration file per connection
   * @return a new builder
   */
  public static Builder builder(Path directory) {
    return new Builder(directory);
  }

  /**
   * Reads the directory, starts a bridge per file, then rescans the directory every {@link Builder#rescanEvery}.
   *
   * @return what the first read did
   * @throws IllegalStateException when already started
   */
  public synchronized Changes start() {
    if (started) {
      throw new IllegalStateException("already started");
    }
    started = true;
    Changes first = reload();
    cycles.start();
    rescans =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "workbridge-fleet-rescan");
              thread.setDaemon(true);
              return thread;
            });
    long every = rescanEvery.toMillis();
    rescans.scheduleWithFixedDelay(this::rescan, every, every, TimeUnit.MILLISECONDS);
    return first;
  }

  private void rescan() {
    try {
      Changes changes = reload();
      if (!changes.isEmpty()) {
        LOG.info("connections changed: {}", changes);
      }
    } catch (RuntimeException failure) {
      LOG.warn("reading the connections in {} failed: {}", directory, failure.toString());
    }
  }

  /**
   * Applies the directory's current files: new files' connections are built (and started, once the fleet is),
   * changed ones rebuilt, removed ones stopped and closed.
   *
   * @return what changed
   * @throws UncheckedIOException when the directory cannot be listed
   */
  public synchronized Changes reload() {
    Map<String, String> texts = readDirectory();
    List<String> startedNow = new ArrayList<>();
    List<String> restarted = new ArrayList<>();
    List<String> stopped = new ArrayList<>();
    for (String file : List.copyOf(byFile.keySet())) {
      if (!texts.containsKey(file)) {
        stopAndClose(byFile.remove(file), true);
        stopped.add(file);
      }
    }
    refused.keySet().retainAll(texts.keySet());
    refusedContent.keySet().retainAll(texts.keySet());
    Map<String, List<String>> refusedNow = new TreeMap<>();
    texts.forEach(
        (file, text) -> {
          String hash = sha256(text);
          Running running = byFile.get(file);
          if ((running != null && running.contentHash().equals(hash)) || hash.equals(refusedContent.get(file))) {
            return;
          }
          Optional<WorkBridgeConfig> config = load(file, text, running, refusedNow);
          if (config.isEmpty()) {
            refusedContent.put(file, hash);
            return;
          }
          if (running != null) {
            stopAndClose(byFile.remove(file), false);
          }
          try {
            byFile.put(file, new Running(config.get().connectionId(), hash, startedBridge(config.get())));
          } catch (RuntimeException failure) {
            refusedNow.put(file, List.of("the connection could not start: " + failure.getMessage()));
            refusedContent.put(file, hash);
            return;
          }
          refused.remove(file);
          refusedContent.remove(file);
          (running == null ? startedNow : restarted).add(file);
        });
    refused.putAll(refusedNow);
    if (started) {
      cycles.reloaded();
    }
    return new Changes(startedNow, restarted, stopped, refusedNow);
  }

  /** A new bridge for the configuration, started when the fleet is (closed again when it cannot start). */
  private WorkBridge startedBridge(WorkBridgeConfig config) {
    WorkBridge bridge = factory.create(config);
    if (started) {
      try {
        cycles.connectionStarted(config.connectionId(), bridge);
        listener.started(config, bridge);
      } catch (RuntimeException failure) {
        listener.stopping(config.connectionId());
        cycles.connectionStopping(config.connectionId(), bridge, grace, false);
        bridge.close();
        throw failure;
      }
    }
    return bridge;
  }

  /** The file's configuration, or empty with its problems recorded (its old bridge, if any, keeps running). */
  private Optional<WorkBridgeConfig> load(
      String file, String text, @Nullable Running running, Map<String, List<String>> refusedNow) {
    WorkBridgeConfig config;
    try {
      config = ConfigReader.parse(text, directory.resolve(file).toString(), variablesOf(text));
    } catch (ConfigException invalid) {
      refusedNow.put(file, invalid.problems());
      return Optional.empty();
    }
    for (Map.Entry<String, Running> other : byFile.entrySet()) {
      if (other.getValue() != running && other.getValue().connectionId().equals(config.connectionId())) {
        refusedNow.put(
            file,
            List.of("connectionId: " + config.connectionId() + " is already run by " + other.getKey()
                + "; each connection needs a file of its own"));
        return Optional.empty();
      }
    }
    return Optional.of(config);
  }

  /** The values of the {@code ${VARIABLES}} the text references, those the resolver knows. */
  private Map<String, String> variablesOf(String text) {
    Map<String, String> values = new TreeMap<>();
    Matcher reference = VARIABLE.matcher(text);
    while (reference.find()) {
      String value = variables.apply(reference.group(1));
      if (value != null) {
        values.put(reference.group(1), value);
      }
    }
    return values;
  }

  private Map<String, String> readDirectory() {
    Map<String, String> texts = new TreeMap<>();
    try {
      for (Path file : connectionFiles(directory)) {
        texts.put(file.getFileName().toString(), Files.readString(file));
      }
    } catch (IOException failed) {
      throw new UncheckedIOException("cannot read the connection files in " + directory, failed);
    }
    return texts;
  }

  /**
   * The connection files of a directory: its regular {@code *.yaml} and {@code *.yml} files, in name order.
   *
   * @param directory the directory
   * @return the files
   * @throws UncheckedIOException when the directory cannot be listed
   */
  public static List<Path> connectionFiles(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> file.getFileName().toString().endsWith(".yaml") || file.getFileName().toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException failed) {
      throw new UncheckedIOException("cannot read the connection files in " + directory, failed);
    }
  }

  /** Stops a connection; {@code removed} when its file is gone (a cluster then deletes its tasks). */
  private void stopAndClose(Running running, boolean removed) {
    listener.stopping(running.connectionId());
    cycles.connectionStopping(running.connectionId(), running.bridge(), grace, removed);
    running.bridge().close();
  }

  /** {@return each running connection's streams, by connection id} */
  public synchronized Map<String, Map<String, SyncScheduler.StreamStatus>> status() {
    Map<String, Map<String, SyncScheduler.StreamStatus>> status = new TreeMap<>();
    byFile.values().forEach(running -> status.put(running.connectionId(), running.bridge().status()));
    return status;
  }

  /** {@return the files that did not load, with their problems} */
  public synchronized Map<String, List<String>> refused() {
    return Map.copyOf(refused);
  }

  /**
   * The bridge of a running connection.
   *
   * @param connectionId the connection
   * @return its bridge, or empty when no file runs it
   */
  public synchronized Optional<WorkBridge> bridge(String connectionId) {
    return byFile.values().stream()
        .filter(running -> running.connectionId().equals(connectionId))
        .map(Running::bridge)
        .findFirst();
  }

  /**
   * Asks one connection's stream to run as soon as possible (after a webhook for it, say).
   *
   * @param connectionId the connection
   * @param stream the stream, e.g. {@link WorkBridge#WORK_ORDERS}
   * @throws IllegalArgumentException when no file runs the connection
   */
  public void trigger(String connectionId, String stream) {
    bridge(connectionId)
        .orElseThrow(() -> new IllegalArgumentException("no connection " + connectionId + " in " + directory))
        .trigger(stream);
  }

  /**
   * Runs one cycle of every stream of every connection on the calling thread, connection by connection (in
   * the order of their files), after reading the directory.
   *
   * @return each connection's reports, by connection id
   */
  public synchronized Map<String, Map<String, SyncReport>> runOnce() {
    if (!started) {
      reload();
    }
    Map<String, Map<String, SyncReport>> reports = new LinkedHashMap<>();
    byFile.values().forEach(running -> reports.put(running.connectionId(), running.bridge().runOnce()));
    return reports;
  }

  /**
   * Stops rescanning and every connection, waiting up to {@code grace} for each one's cycles in flight.
   *
   * @param grace how long to wait for each connection's cycles in flight
   * @return true if all finished
   */
  public boolean stop(Duration grace) {
    List<WorkBridge> bridges;
    synchronized (this) {
      if (rescans != null) {
        rescans.shutdownNow();
      }
      bridges = byFile.values().stream().map(Running::bridge).toList();
    }
    boolean all = cycles.stop();
    for (WorkBridge bridge : bridges) {
      all &= bridge.stop(grace);
    }
    return all;
  }

  /** Stops every connection with the builder's grace period and closes their bridges. */
  @Override
  public synchronized void close() {
    if (rescans != null) {
      rescans.shutdownNow();
    }
    cycles.stop();
    for (Running running : byFile.values()) {
      try {
        stopAndClose(running, false);
      } catch (RuntimeException failure) {
        LOG.warn("closing connection {} failed: {}", running.connectionId(), failure.toString());
      }
    }
    byFile.clear();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** Builds a {@link WorkBridgeFleet}. */
  public static final class Builder {
    private final Path directory;
    private Function<String, @Nullable String> variables = name -> null;
    private Clock clock = Clock.systemUTC();
    private @Nullable BridgeFactory factory;
    private Duration rescanEvery = Duration.ofSeconds(30);
    private Duration grace = Duration.ofSeconds(30);
    private ConnectionListener listener = new ConnectionListener() {};
    private @Nullable SyncStore sharedStore;
    private @Nullable ClusterSettings cluster;

    private Builder(Path directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
    }

    /**
     * The variables the files' {@code ${VARIABLES}} resolve from (default: none).
     *
     * @param environment the variables, e.g. {@code System.getenv()}
     * @return this builder
     */
    public Builder environment(Map<String, String> environment) {
      Map<String, String> copy = Map.copyOf(environment);
      this.variables = copy::get;
      return this;
    }

    /**
     * Resolves the files' {@code ${VARIABLES}} one name at a time (e.g. from a Spring {@code Environment}); replaces
     * {@link #environment}.
     *
     * @param resolver the value of a variable, or null when it is not set
     * @return this builder
     */
    public Builder variables(Function<String, @Nullable String> resolver) {
      this.variables = Objects.requireNonNull(resolver, "resolver");
      return this;
    }

    /**
     * The time source of the connections' clients, stores and schedulers (default: the system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How a connection's bridge is built (default: {@link WorkBridgeFactory#create} with the builder's clock).
     *
     * @param factory the factory
     * @return this builder
     */
    public Builder factory(BridgeFactory factory) {
      this.factory = Objects.requireNonNull(factory, "factory");
      return this;
    }

    /**
     * Keeps every connection in one store, each in the scope of its {@code connectionId}, instead of the store its
     * file names (whose {@code store} section is then not used): one connection pool for the whole fleet. The
     * caller closes the store after the fleet. Ignored when {@link #factory} is set.
     *
     * @param store the shared store
     * @return this builder
     */
    public Builder sharedStore(SyncStore store) {
      this.sharedStore = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Shares the connections' cycles with the other processes of a cluster through a database (see {@link
     * ClusterSettings}), instead of each connection running its own schedule: every process reads the same
     * directory, and each (connection, stream) cycle runs on one process at a time. Use with {@link #sharedStore}
     * over the same database, so that every process sees every connection's state.
     *
     * @param settings the database and the scheduler's timings
     * @return this builder
     */
    public Builder cluster(ClusterSettings settings) {
      this.cluster = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Told when a connection's bridge starts and before it stops (default: nobody).
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(ConnectionListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * How often the started fleet reads the directory again (default 30 s).
     *
     * @param interval positive
     * @return this builder
     */
    public Builder rescanEvery(Duration interval) {
      if (interval.isZero() || interval.isNegative()) {
        throw new IllegalArgumentException("rescanEvery must be positive, not " + interval);
      }
      this.rescanEvery = interval;
      return this;
    }

    /**
     * How long a connection that is restarted, stopped or closed waits for its cycles in flight (default 30 s).
     *
     * @param grace zero or positive
     * @return this builder
     */
    public Builder grace(Duration grace) {
      if (grace.isNegative()) {
        throw new IllegalArgumentException("grace must not be negative, not " + grace);
      }
      this.grace = grace;
      return this;
    }

    /**
     * Builds the fleet; nothing is read until {@link WorkBridgeFleet#start()} or {@link WorkBridgeFleet#reload()}.
     *
     * @return the fleet
     * @throws IllegalArgumentException when the directory does not exist
     */
    public WorkBridgeFleet build() {
      if (!Files.isDirectory(directory)) {
        throw new IllegalArgumentException("the connections directory " + directory + " does not exist");
      }
      return new WorkBridgeFleet(this);
    }
  }
}
