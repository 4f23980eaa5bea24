package io.workbridge.cli.e2e;

import io.workbridge.adapters.ServiceChannelWorkOrderPlatform;
import io.workbridge.servicechannel.ServiceChannelClient;
import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.servicetitan.model.Contact;
import io.workbridge.servicetitan.model.JobNote;
import io.workbridge.servicetitan.model.Lead;
import io.workbridge.servicetitan.model.ListFilter;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.model.WorkActivity;
import io.workbridge.testkit.servicechannel.ServiceChannelSimulator;
import io.workbridge.testkit.servicetitan.ServiceTitanSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;

/**
 * What the remote systems of a {@link SimulatedWorld} hold now, as the tests assert on it: ServiceTitan
 * bookings and jobs read straight from the simulator, job notes, booking contacts and CRM leads through
 * the API (with clients of its own), ServiceChannel statuses, notes, attachments, check-ins and invoices.
 */
final class RemoteView implements AutoCloseable {
  private static final long FIRST_ID = 1001;

  private final SimulatedWorld world;
  private final ServiceTitanClient serviceTitan;
  private final ServiceChannelClient serviceChannelClient;
  private final ServiceChannelWorkOrderPlatform serviceChannel;

  RemoteView(SimulatedWorld world) {
    this.world = world;
    this.serviceTitan = world.serviceTitanClient();
    this.serviceChannelClient = world.observerClient();
    this.serviceChannel =
        ServiceChannelWorkOrderPlatform.builder()
            .client(serviceChannelClient)
            .startAt(world.activatedAt())
            .apiUsername(ServiceChannelSimulator.USERNAME)
            .clock(world.clock())
            .build();
  }

  // ------------------------------------------------------------------ ServiceTitan

  /** Every booking, as stored (wire field names), oldest first. */
  List<Map<String, Object>> bookings() {
    ServiceTitanSimulator sim = world.serviceTitan();
    return rows(sim.count("bookings"), sim::booking);
  }

  /** Every job, as stored, oldest first. */
  List<Map<String, Object>> jobs() {
    ServiceTitanSimulator sim = world.serviceTitan();
    return rows(sim.count("jobs"), sim::job);
  }

  /** The bookings carrying an external id (a work order id or an alert id). */
  List<Map<String, Object>> bookingsFor(String externalId) {
    return bookings().stream().filter(b -> externalId.equals(b.get("externalId"))).toList();
  }

  /** The one booking carrying an external id. */
  Map<String, Object> booking(String externalId) {
    List<Map<String, Object>> found = bookingsFor(externalId);
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " bookings with external id " + externalId + ": " + found);
    }
    return found.get(0);
  }

  /** The booking made for a work order. */
  Map<String, Object> booking(long workOrderId) {
    return booking(Long.toString(workOrderId));
  }

  /** The jobs of a work order: created for it directly (external data) or converted from its booking. */
  List<Map<String, Object>> jobsFor(long workOrderId) {
    String external = Long.toString(workOrderId);
    List<Object> bookingIds = bookingsFor(external).stream().map(b -> b.get("id")).toList();
    return jobs().stream()
        .filter(job -> bookingIds.contains(job.get("bookingId")) || externalIdOf(job).filter(external::equals).isPresent())
        .toList();
  }

  /** The external id the sync wrote into a job's external data, if any. */
  @SuppressWarnings("unchecked")
  static Optional<String> externalIdOf(Map<String, Object> job) {
    Object data = job.get("externalData");
    if (!(data instanceof List<?> entries)) {
      return Optional.empty();
    }
    return entries.stream()
        .map(entry -> (Map<String, Object>) entry)
        .filter(entry -> "workbridge.externalId".equals(entry.get("key")))
        .map(entry -> String.valueOf(entry.get("value")))
        .findFirst();
  }

  /** A job custom field's value by the field's name. */
  @SuppressWarnings("unchecked")
  static Optional<String> customField(Map<String, Object> job, String name) {
    Object fields = job.get("customFields");
    if (!(fields instanceof List<?> list)) {
      return Optional.empty();
    }
    return list.stream()
        .map(field -> (Map<String, Object>) field)
        .filter(field -> name.equals(field.get("name")))
        .map(field -> String.valueOf(field.get("value")))
        .findFirst();
  }

  static long id(Map<String, Object> row) {
    return ((Number) row.get("id")).longValue();
  }

  /** The texts of a job's notes, oldest first. */
  List<String> jobNotes(long jobId) {
    return serviceTitan.jobs().notes(jobId).stream().map(JobNote::text).toList();
  }

  /** The contacts (phone, e-mail) of a booking. */
  List<Contact> bookingContacts(long bookingId) {
    return serviceTitan.bookings().contacts(bookingId).stream().toList();
  }

  /** Every CRM lead (follow-up). */
  List<Lead> followUps() {
    return serviceTitan.leads().list(Optional.empty(), OptionalLong.empty(), ListFilter.none()).stream().toList();
  }

  // ------------------------------------------------------------------ ServiceChannel

  /** A work order's status as {@code PRIMARY/EXTENDED}. */
  String status(long workOrderId) {
    return world.serviceChannel().statusOf(workOrderId);
  }

  /** A work order's notes with their origin and Action Required flag, oldest first. */
  List<Note> notes(long workOrderId) {
    return serviceChannel.notes(workOrderId);
  }

  /** A work order's note texts, oldest first. */
  List<String> noteTexts(long workOrderId) {
    return notes(workOrderId).stream().map(Note::text).toList();
  }

  /** A work order's technician check-ins (and check-outs). */
  List<WorkActivity> checkIns(long workOrderId) {
    return serviceChannel.workActivities(workOrderId);
  }

  /** A work order's attachment names. */
  List<String> attachments(long workOrderId) {
    return world.serviceChannel().attachmentNames(workOrderId);
  }

  /** Whether a work order has an invoice. */
  boolean isInvoiced(long workOrderId) {
    return world.serviceChannel().isInvoiced(workOrderId);
  }

  @Override
  public void close() {
    serviceChannelClient.close();
    serviceTitan.close();
  }

  /** Reads records by id from the first id on until {@code count} were found (ids are shared by all tables). */
  private static List<Map<String, Object>> rows(int count, LongFunction<Optional<Map<String, Object>>> find) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (long id = FIRST_ID; rows.size() < count; id++) {
      if (id > FIRST_ID + 1_000_000) {
        throw new IllegalStateException("found only " + rows.size() + " of " + count + " records");
      }
      find.apply(id).ifPresent(rows::add);
    }
    return rows;
  }
}
