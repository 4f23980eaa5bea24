package io.workbridge.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.workbridge.cli.WorkBridgeCli;
import io.workbridge.testkit.fault.Fault;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Regression test of a duplicate booking. Originally reproduced with a 40 s delay on ServiceTitan's {@code POST
 * …/booking-provider/{id}/bookings} and two {@code workbridge run --once} in a row: the first run's call timed
 * out while ServiceTitan went on processing the booking; the second run found no booking yet, wrote it again,
 * and the work order got two bookings. The fix: a write whose outcome is unknown is marked uncertain in the
 * effect log and left alone for a settle time ({@code workOrders.uncertainEffectSettle}, on the store's clock),
 * then looked up before it is written again.
 *
 * <p>Here time is compressed with the same shape: the booking is held 15 s before ServiceTitan processes it and
 * the clients give up after 4 s; the settle time is 30 s of the store's clock, the simulated one, which moves
 * 10 s between the first two runs (ServiceChannel's sign-in allows one token call per 5 s); the work order is
 * deferred after the first run and due again (5 s backoff) in the second, which finds its booking still
 * settling. Both runs are over before the booking lands; the third, once the settle time has passed, finds it. (Work orders only: the
 * leads stream would only slow the runs down.)
 */
class SlowBookingWriteRegressionTest {
  private static final Duration HELD = Duration.ofSeconds(15);
  private static final Duration SETTLE = Duration.ofSeconds(30);

  @TempDir Path data;

  private SimulatedWorld world;
  private RemoteView remote;
  private Path file;
  /** ServiceTitan's create-booking route under the work orders' booking provider (leads have their own). */
  private String bookings;

  @BeforeEach
  void start() throws IOException {
    world = SimulatedWorld.start();
    remote = new RemoteView(world);
    bookings = "/crm/v2/tenant/\\d+/booking-provider/" + world.serviceTitan().bookingProviderId() + "/bookings";
    file = data.resolve("workbridge.yaml");
    Files.writeString(
        file,
        CliSetup.yaml(
            world,
            List.of("  uncertainEffectSettle: " + SETTLE.toSeconds() + "s"),
            List.of(
                "store:",
                "  directory: \"" + data.resolve("store").toString().replace("\\", "/") + "\"",
                "http:",
                "  readTimeout: 4s",
                "  callTimeout: 8s",
                "retries:",
                "  firstDelay: 5s"),
            false));
  }

  @AfterEach
  void stop() {
    remote.close();
    world.verify();
    world.close();
  }

  @Test
  void bookingStillBeingProcessedAfterTheClientGaveUp_secondRunDoesNotBookAgain() throws InterruptedException {
    long workOrder = world.workOrder(SimulatedWorld.LEAN, SimulatedWorld.DENVER);
    AtomicInteger posted = new AtomicInteger();
    Fault holdTheFirst = Fault.delayProcessing(HELD);
    world.serviceTitan().faults().on("POST", bookings).always().then((request, context) ->
        posted.incrementAndGet() == 1 ? holdTheFirst.apply(request, context) : context.proceed());

    assertThat(runOnce()).contains("work-orders: 0 effects performed (1 deferred for a later attempt)");
    assertThat(posted).as("bookings posted by the first run").hasValue(1);
    world.clock().advance(Duration.ofSeconds(10));
    // The work order is due again (5 s backoff) but its booking is still settling: it waits, nothing is posted.
    assertThat(runOnce())
        .contains("work-orders: 0 effects performed (1 deferred for a later attempt)")
        .contains("is reserved by another process");
    assertThat(posted).as("bookings posted by the second run").hasValue(1);
    assertThat(remote.bookingsFor(Long.toString(workOrder)))
        .as("both runs ended while ServiceTitan was still processing the first booking")
        .isEmpty();

    awaitBooking(workOrder);
    world.clock().advance(SETTLE);
    assertThat(runOnce()).contains("work-orders: 0 effects performed\n");

    assertThat(posted).as("bookings posted").hasValue(1);
    assertThat(remote.bookingsFor(Long.toString(workOrder))).hasSize(1);
  }

  /** One {@code workbridge run --once} over the file, in this JVM, on the simulated clock; what it printed. */
  private String runOnce() {
    StringWriter out = new StringWriter();
    CommandLine cli = WorkBridgeCli.commandLine(CliSetup.environment(world), world.clock());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));
    cli.execute("run", "--once", "--config", file.toString());
    return out.toString();
  }

  private void awaitBooking(long workOrder) throws InterruptedException {
    long deadline = System.nanoTime() + HELD.plusSeconds(10).toNanos();
    while (remote.bookingsFor(Long.toString(workOrder)).isEmpty()) {
      assertThat(System.nanoTime()).as("the held booking landed").isLessThan(deadline);
      Thread.sleep(100);
    }
  }
}
