package io.workbridge.examples;

import io.workbridge.client.Page;
import io.workbridge.client.Secret;
import io.workbridge.servicechannel.ServiceChannelClient;
import io.workbridge.servicechannel.StatusNotAllowedException;
import io.workbridge.servicechannel.model.AcceptResult;
import io.workbridge.servicechannel.model.CheckIn;
import io.workbridge.servicechannel.model.CheckOut;
import io.workbridge.servicechannel.model.CheckOutStatus;
import io.workbridge.servicechannel.model.Location;
import io.workbridge.servicechannel.model.NewNote;
import io.workbridge.servicechannel.model.StatusChange;
import io.workbridge.servicechannel.model.WorkOrder;
import io.workbridge.servicechannel.model.WorkOrderStatus;
import io.workbridge.servicechannel.resource.ODataFilter;
import io.workbridge.servicechannel.resource.WorkOrderQuery;
import io.workbridge.testkit.servicechannel.NewWorkOrder;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicechannel.SubscriberSetup;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ServiceChannel client on its own, as a provider's technician day looks through the API: list the open
 * work orders page by page, read one, accept it, check in at the store, add a note, try a status the
 * subscriber does not offer and fall back to an action-required note when ServiceChannel refuses it, then
 * check out. Runs against the ServiceChannel simulator; against a real account, replace {@code
 * baseUrl}/{@code tokenUrl} with {@code environment(ServiceChannelEnvironment.SANDBOX2)} and real credentials.
 *
 * <p>Run it with its test, which starts fresh simulators, runs it and checks what it did:
 *
 * <pre>mvn -B -q -pl examples -am verify -Dtest=ServiceChannelQuickstartTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * <p>or run {@code main} from your IDE.
 */
public final class ServiceChannelQuickstart {
  /** The subscriber the simulated provider works for. */
  public static final long SUBSCRIBER_ID = 2014917243L;

  /** The subscriber's store in Albany, NY. */
  public static final long STORE_ID = 2006516537L;

  /** The page size of the listing: small, so that a handful of work orders makes several pages. */
  static final int PAGE_SIZE = 2;

  private static final Logger LOG = LoggerFactory.getLogger(ServiceChannelQuickstart.class);

  private ServiceChannelQuickstart() {}

  /**
   * What the quickstart did.
   *
   * @param openWorkOrderIds the open work orders it listed, in the order the pages came
   * @param worked the work order it worked, as read back at the end
   */
  public record Result(List<Long> openWorkOrderIds, WorkOrder worked) {}

  /** Runs the example against a fresh simulator holding five open work orders. */
  public static void main(String[] args) {
    try (ServiceChannelSimulator simulator = new ServiceChannelSimulator().start()) {
      seed(simulator, 5);
      Result result = run(simulator);
      LOG.info("Listed {} open work orders; worked {}, now {}", result.openWorkOrderIds().size(),
          result.worked().number(), describe(result.worked().status()));
    }
  }

  /**
   * Plays the subscriber: a store whose status catalogue has no IN PROGRESS / PARTS ON ORDER, and {@code count}
   * open work orders there.
   *
   * @return the work orders' ids, oldest first
   */
  public static List<Long> seed(ServiceChannelSimulator simulator, int count) {
    simulator.addSubscriber(
        SubscriberSetup.builder(SUBSCRIBER_ID, "API Sandbox Stores").without("IN PROGRESS", "PARTS ON ORDER").build());
    simulator.addLocation(STORE_ID, SUBSCRIBER_ID, "0024", 42.6526, -73.7562, 0.5, "America/New_York");
    List<Long> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ids.add(simulator.createWorkOrder(
          NewWorkOrder.builder(SUBSCRIBER_ID, STORE_ID).description("Rooftop unit " + i + " not cooling").build()));
    }
    return ids;
  }

  /** Lists the subscriber's open work orders and works the first one; returns what it listed and worked. */
  public static Result run(ServiceChannelSimulator simulator) {
    try (ServiceChannelClient sc = client(simulator)) {
      List<Long> open = listOpenWorkOrders(sc);
      WorkOrder order = sc.workOrders().get(open.get(0));
      LOG.info("Work order {} at store {}: '{}', status {}, NTE {} {}", order.number(),
          order.location().flatMap(Location::storeId).orElse("?"), order.description().orElse(""),
          describe(order.status()), order.nte().orElseThrow(), order.currency().orElse(""));

      AcceptResult accepted = sc.workOrders().accept(order.id(), "Technician dispatched");
      LOG.info("Accept: {}", accepted);

      // A work order's embedded location is sparse (no address, no coordinates): read the store once.
      Location store = sc.locations().get(order.location().orElseThrow().id());
      double latitude = store.latitude().orElseThrow();
      double longitude = store.longitude().orElseThrow();
      long mechanicId =
          sc.checkIns().checkIn(order.id(), CheckIn.builder().latitude(latitude).longitude(longitude).build());
      LOG.info("Checked in at the store (mechanic id {})", mechanicId);

      long noteId = sc.notes().create(
          order.id(), NewNote.builder().text("Compressor capacitor failed; a replacement is ordered.").build());
      LOG.info("Added note {}", noteId);

      waitForParts(sc, order.id());

      sc.checkIns().checkOut(order.id(), CheckOut.builder()
          .status(CheckOutStatus.INCOMPLETE)
          .resolution("Capacitor on order; a return visit is needed")
          .latitude(latitude)
          .longitude(longitude)
          .build());
      WorkOrder worked = sc.workOrders().get(order.id());
      LOG.info("Checked out; work order {} is now {}", worked.number(), describe(worked.status()));
      return new Result(open, worked);
    }
  }

  /**
   * A client for the simulator's provider account. ServiceChannel signs in with the OAuth 2 password grant:
   * the application's client id and secret, and the API user's name and password. The caller closes it.
   */
  public static ServiceChannelClient client(ServiceChannelSimulator simulator) {
    return ServiceChannelClient.builder()
        .baseUrl(simulator.apiBaseUrl())
        .tokenUrl(simulator.tokenUrl())
        .clientId(ServiceChannelSimulator.CLIENT_ID)
        .clientSecret(Secret.of(ServiceChannelSimulator.CLIENT_SECRET))
        .username(ServiceChannelSimulator.USERNAME)
        .password(Secret.of(ServiceChannelSimulator.PASSWORD))
        .build();
  }

  /** Pages through the subscriber's open work orders, {@value #PAGE_SIZE} at a time, oldest first. */
  private static List<Long> listOpenWorkOrders(ServiceChannelClient sc) {
    WorkOrderQuery openAtSubscriber =
        WorkOrderQuery.builder()
            .filter(ODataFilter.subscriberId(SUBSCRIBER_ID).and(ODataFilter.primaryStatus("OPEN")))
            .orderBy("Id asc")
            .pageSize(PAGE_SIZE)
            .build();
    List<Long> ids = new ArrayList<>();
    int pageNumber = 0;
    for (Page<WorkOrder> page : sc.workOrders().list(openAtSubscriber).pages()) {
      pageNumber++;
      List<String> numbers = page.items().stream().map(WorkOrder::number).toList();
      LOG.info("Open work orders, page {}: {}", pageNumber, numbers);
      page.items().forEach(order -> ids.add(order.id()));
    }
    return ids;
  }

  /** A two-part status as ServiceChannel shows it, e.g. {@code IN PROGRESS / ON SITE}. */
  private static String describe(WorkOrderStatus status) {
    return status.extended().isBlank() ? status.primary() : status.primary() + " / " + status.extended();
  }

  /**
   * Tries to set IN PROGRESS / PARTS ON ORDER. This subscriber does not offer that status, so ServiceChannel
   * refuses with error 904 — a {@link StatusNotAllowedException}, which is a {@link
   * io.workbridge.client.ValidationException} — and the usual fallback is an action-required note.
   */
  private static void waitForParts(ServiceChannelClient sc, long workOrderId) {
    try {
      sc.workOrders().changeStatus(workOrderId, StatusChange.builder().status("IN PROGRESS", "PARTS ON ORDER").build());
    } catch (StatusNotAllowedException notOffered) {
      LOG.info("Status refused (error {}): {}", notOffered.errorCode().orElse("?"), notOffered.getMessage());
      sc.notes().create(workOrderId, NewNote.builder()
          .text("Parts on order: compressor capacitor, expected in 2 days.")
          .actionRequired(true)
          .build());
      LOG.info("Left an action-required note instead");
    }
  }
}
