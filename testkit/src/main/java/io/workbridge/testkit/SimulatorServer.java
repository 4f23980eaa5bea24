package io.workbridge.testkit;

import io.workbridge.testkit.servicechannel.NewWorkOrder;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.SubscriberSetup;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * A ServiceChannel simulator with a default setup, started for programs that cannot have the simulators on
 * their own class path (an application on another OkHttp line, a build of its own): it writes where to reach
 * the simulator and how to sign in to a properties file, and runs until closed.
 *
 * <p>The setup: subscriber {@value #SUBSCRIBER_ID} with ServiceChannel's default status catalogue, its
 * location {@value #LOCATION_ID}, and one open work order, whose tracking number is the property {@code
 * servicechannel.workOrderId}. The other properties are {@code servicechannel.baseUrl}, {@code
 * servicechannel.tokenUrl}, {@code servicechannel.clientId}, {@code servicechannel.clientSecret}, {@code
 * servicechannel.username} and {@code servicechannel.password}: the simulator's own test credentials, never
 * real ones.
 *
 * <p>ServiceChannel allows one token call per 5 s for each user: {@link #writeProperties(Path, String)} gives
 * each further program a login of its own.
 *
 * <p>From the command line, {@code java io.workbridge.testkit.SimulatorServer FILE} writes {@code FILE} and
 * runs until the process is stopped.
 */
public final class SimulatorServer implements AutoCloseable {
  /** The subscriber of the default setup. */
  public static final long SUBSCRIBER_ID = 2014917243L;
  /** The subscriber's location in the default setup. */
  public static final long LOCATION_ID = 2006516537L;
  /** The description of the default setup's work order. */
  public static final String WORK_ORDER_DESCRIPTION = "Walk-in cooler not cooling";

  private final ServiceChannelSimulator serviceChannel;
  private final Properties properties;

  private SimulatorServer(ServiceChannelSimulator serviceChannel, Properties properties) {
    this.serviceChannel = serviceChannel;
    this.properties = properties;
  }

  /**
   * Starts the simulator with the default setup and writes its properties file (replaced atomically, so a
   * reader never sees half of it).
   *
   * @param propertiesFile where to write the URLs and credentials
   * @return the running server
   */
  public static SimulatorServer start(Path propertiesFile) {
    ServiceChannelSimulator sim = new ServiceChannelSimulator().start();
    try {
      sim.addSubscriber(SubscriberSetup.builder(SUBSCRIBER_ID, "API SANDBOX").build());
      sim.addLocation(LOCATION_ID, SUBSCRIBER_ID, "0024", 42.6526, -73.7562, 0.5, "America/New_York");
      long workOrderId =
          sim.createWorkOrder(
              NewWorkOrder.builder(SUBSCRIBER_ID, LOCATION_ID).description(WORK_ORDER_DESCRIPTION).build());
      Properties props = new Properties();
      props.setProperty("servicechannel.baseUrl", sim.apiBaseUrl());
      props.setProperty("servicechannel.tokenUrl", sim.tokenUrl());
      props.setProperty("servicechannel.clientId", ServiceChannelSimulator.CLIENT_ID);
      props.setProperty("servicechannel.clientSecret", ServiceChannelSimulator.CLIENT_SECRET);
      props.setProperty("servicechannel.username", ServiceChannelSimulator.USERNAME);
      props.setProperty("servicechannel.password", ServiceChannelSimulator.PASSWORD);
      props.setProperty("servicechannel.workOrderId", Long.toString(workOrderId));
      write(props, propertiesFile);
      return new SimulatorServer(sim, props);
    } catch (RuntimeException e) {
      sim.close();
      throw e;
    }
  }

  /**
   * Registers another API user of the provider (password and company as the default user's) and writes a
   * properties file that signs in as it.
   *
   * @param file where to write the URLs and credentials
   * @param username the new user's login
   */
  public void writeProperties(Path file, String username) {
    serviceChannel.addApiUser(username);
    Properties props = properties();
    props.setProperty("servicechannel.username", username);
    write(props, file);
  }

  /** {@return a copy of the properties written to the file} */
  public Properties properties() {
    Properties copy = new Properties();
    copy.putAll(properties);
    return copy;
  }

  /** {@return the ServiceChannel simulator, to inspect what the programs did} */
  public ServiceChannelSimulator serviceChannel() {
    return serviceChannel;
  }

  /** Stops the simulator. */
  @Override
  public void close() {
    serviceChannel.close();
  }

  /**
   * Starts the server, writes the properties file named by the first argument and runs until the process
   * is stopped.
   *
   * @param args the properties file to write
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    if (args.length != 1) {
      System.err.println("usage: SimulatorServer PROPERTIES_FILE");
      System.exit(2);
    }
    SimulatorServer server = start(Path.of(args[0]));
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "simulator-server-stop"));
    new CountDownLatch(1).await();
  }

  private static void write(Properties props, Path file) {
    try {
      Path absolute = file.toAbsolutePath();
      Files.createDirectories(absolute.getParent());
      Path partial = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
      try (OutputStream out = Files.newOutputStream(partial)) {
        props.store(out, "WorkBridge simulators");
      }
      Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
