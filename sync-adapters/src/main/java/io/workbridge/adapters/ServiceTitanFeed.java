package io.workbridge.adapters;

import io.workbridge.client.Page;
import io.workbridge.client.PageIterable;
import io.workbridge.client.RawJson;
import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.servicetitan.model.AppointmentAssignment;
import io.workbridge.servicetitan.model.AppointmentStatus;
import io.workbridge.servicetitan.model.Job;
import io.workbridge.servicetitan.model.JobNote;
import io.workbridge.servicetitan.model.ListFilter;
import io.workbridge.servicetitan.model.Timesheet;
import io.workbridge.servicetitan.resource.ExportEntry;
import io.workbridge.sync.model.FieldEvent;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.port.ChangePage;
import io.workbridge.sync.port.FeedItem;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.RejectionReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ServiceTitan's changes as one feed of {@link FieldEvent}s, read from six export feeds: bookings → {@link
 * FieldEvent.BookingChanged} (a dismissed one with its reason named), jobs → {@link FieldEvent.JobChanged},
 * appointments (with the technicians assigned, one extra call per appointment that changed while {@code
 * Working} or {@code Done}, the statuses in which technicians are checked in and out; none in the others) →
 * {@link FieldEvent.AppointmentChanged}, timesheets with an arrival → {@link FieldEvent.TechnicianArrived}, job notes
 * (with their authors named) → {@link FieldEvent.JobNoteChanged}, invoices → {@link FieldEvent.InvoiceChanged}.
 *
 * <p>Export feeds are snapshots, not histories: a record changed twice between two reads comes once, in its
 * latest state (a booking accepted and converted is first seen converted). The events say where a record
 * stands, not each step it took; the workflows treat a status as a milestone reached.
 *
 * <p>Each call reads one page of every export feed that is due from its {@code continueFrom} token and returns
 * the events of all pages merged oldest first (at the same instant: bookings, appointments, arrivals, then
 * jobs, notes and invoices). Bookings, jobs and appointments are due on every call; the notes and invoices
 * feeds have intervals of their own (SC-19, SC-20): they are read when their interval has passed since they
 * were last read, by the injected {@link Clock}, and otherwise keep their token in the cursor. The timesheets
 * feed (arrivals) follows the appointments feed: a technician's arrival moves the appointment to {@code
 * Working}, so timesheets are read in every call whose appointments page brought an appointment in a status
 * that implies an arrival ({@code Working}, {@code Hold}, {@code Done}; not a scheduled or dispatched one), and
 * otherwise when their own interval has passed (the safety
 * net for an arrival that changes no appointment's status, e.g. a second technician on an appointment already
 * working, or a timesheet that reaches its export after the appointment reached its own). A feed whose last
 * page said more records are waiting stays due until it caught up. So a call when nothing changed costs three
 * to six calls, however many jobs are tracked. A call resuming from the cursor of a call that said more pages
 * were waiting reads only the feeds that had more. A page is delivered whole:
 * a continuation token cannot point inside a page, and re-reading a page later may show other records. The
 * cursor is {@code st1|<feed>=<token>|…}; a feed without a token starts at {@code startAt}. A record the sync
 * cannot use (an unknown status, an arrival without time) is delivered as {@link FeedItem.Malformed}.
 *
 * <p>Attachments have no export feed: the workflow reads a job's attachments when the job is done (SC-15),
 * so no {@link FieldEvent.JobAttachmentAdded} events come from here.
 */
final class ServiceTitanFeed {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceTitanFeed.class);

  private static final String VERSION = "st1";
  /** The export feed of job notes. */
  static final String NOTES = "notes";

  /** The export feed of invoices. */
  static final String INVOICES = "invoices";

  /** The export feed of timesheets (arrivals), read when the appointments feed brought an arrival. */
  static final String TIMESHEETS = "timesheets";

  private static final String APPOINTMENTS = "appointments";

  /** Appointment statuses a technician reaches only after arriving. */
  private static final Set<AppointmentStatus> ARRIVED =
      EnumSet.of(AppointmentStatus.WORKING, AppointmentStatus.HOLD, AppointmentStatus.DONE);

  /** Appointment statuses whose events carry the technicians assigned (they are checked in and out). */
  private static final Set<AppointmentStatus> ON_SITE = EnumSet.of(AppointmentStatus.WORKING, AppointmentStatus.DONE);

  /**
   * The feeds, in the order events of the same instant are delivered: a technician finishing the last
   * appointment completes the job at the same instant, and the appointment (check-out) must reach
   * ServiceChannel before the job (Completed), which refuses check-outs on completed work orders.
   */
  private static final List<String> FEEDS = List.of("bookings", APPOINTMENTS, TIMESHEETS, "jobs", NOTES, INVOICES);
  /** The cursor's text form. */
  static final ExportFeedCursor CURSOR = new ExportFeedCursor(VERSION, FEEDS, "ServiceTitan field-event cursor");

  private final ServiceTitanClient client;
  private final Function<io.workbridge.servicetitan.model.Booking, io.workbridge.sync.model.Booking> bookings;
  private final Function<Job, FieldJob> jobs;
  private final Function<Collection<JobNote>, Map<Long, String>> authors;
  private final Instant startAt;
  private final Clock clock;
  private final Map<String, Duration> intervals;
  private final Map<String, Instant> nextRead = new HashMap<>();
  /** The cursor the last call returned when some feeds had more pages, and those feeds; else null and empty. */
  private @Nullable String continuation;
  private Set<String> behind = Set.of();

  /**
   * A feed over the client.
   *
   * @param bookings maps a booking (naming its dismissal reason); may throw {@link ServiceTitanMapping.Unusable}
   * @param jobs maps a job; may throw {@link ServiceTitanMapping.Unusable}
   * @param authors the names of the authors of some notes, by user id; never throws (unknown ones absent)
   * @param startAt where a feed without a token starts
   * @param clock decides when a feed with an interval is due
   * @param intervals how often the {@code notes}, {@code invoices} and {@code timesheets} feeds are read (the
   *     timesheets feed also whenever the appointments feed brought records); feeds not named here are read on
   *     every call
   */
  ServiceTitanFeed(
      ServiceTitanClient client,
      Function<io.workbridge.servicetitan.model.Booking, io.workbridge.sync.model.Booking> bookings,
      Function<Job, FieldJob> jobs,
      Function<Collection<JobNote>, Map<Long, String>> authors,
      Instant startAt,
      Clock clock,
      Map<String, Duration> intervals) {
    this.client = client;
    this.bookings = bookings;
    this.jobs = jobs;
    this.authors = authors;
    this.startAt = startAt;
    this.clock = clock;
    this.intervals = Map.copyOf(intervals);
    if (!FEEDS.containsAll(this.intervals.keySet())) {
      throw new IllegalArgumentException("unknown feeds in " + this.intervals.keySet() + "; feeds: " + FEEDS);
    }
  }

  private record Event(Instant at, int feed, FeedItem<FieldEvent> item) {}

  synchronized ChangePage<FieldEvent> changesSince(Optional<String> cursor) {
    Map<String, String> tokens = cursor.map(CURSOR::decode).orElseGet(LinkedHashMap::new);
    Map<String, String> next = new LinkedHashMap<>();
    List<Event> events = new ArrayList<>();
    Instant now = clock.instant();
    Map<String, Boolean> readFeeds = new LinkedHashMap<>();
    // Resuming the call that said "more": only the feeds that had more pages, the others were just read.
    boolean catchingUp = cursor.isPresent() && cursor.get().equals(continuation);
    // Not remembered across calls: a page the workflow did not get through is read again, with its arrivals.
    boolean[] arrived = {false};
    for (int index = 0; index < FEEDS.size(); index++) {
      String feed = FEEDS.get(index);
      boolean due = catchingUp ? behind.contains(feed) : isDue(feed, now);
      if (!due && !(feed.equals(TIMESHEETS) && arrived[0])) {
        Optional.ofNullable(tokens.get(feed)).ifPresent(token -> next.put(feed, token));
        continue;
      }
      String from = tokens.getOrDefault(feed, startAt.toString());
      int order = index;
      boolean feedHasMore =
          switch (feed) {
            case "bookings" -> read(feed, from, next, t -> client.bookings().exportEntries(t), booking -> {
              String key = "booking:" + booking.id();
              try {
                return new Event(booking.modifiedOn(), order,
                    FeedItem.parsed(key, new FieldEvent.BookingChanged(bookings.apply(booking))));
              } catch (ServiceTitanMapping.Unusable unusable) {
                return malformed(booking.modifiedOn(), order, key, unusable, booking);
              }
            }, events);
            case "jobs" -> read(feed, from, next, t -> client.jobs().exportEntries(t), job -> {
              String key = "job:" + job.id();
              try {
                return new Event(job.modifiedOn(), order, FeedItem.parsed(key, new FieldEvent.JobChanged(jobs.apply(job))));
              } catch (ServiceTitanMapping.Unusable unusable) {
                return malformed(job.modifiedOn(), order, key, unusable, job);
              }
            }, events);
            case APPOINTMENTS -> read(feed, from, next, t -> client.appointments().exportEntries(t), appointment -> {
              if (!appointment.active()) {
                return deleted("appointment", appointment.id());
              }
              arrived[0] |= ARRIVED.contains(appointment.status());
              return new Event(appointment.modifiedOn(), order, appointmentItem("appointment:" + appointment.id(), appointment));
            }, events);
            case TIMESHEETS -> read(feed, from, next, t -> client.timesheets().exportEntries(t), timesheet -> arrival(timesheet, order), events);
            case NOTES -> readPage(feed, from, next, t -> client.jobs().exportNoteEntries(t), notes -> {
              // One lookup for the authors of the whole page that are not known yet, not one per note.
              Map<Long, String> names =
                  authors.apply(notes.stream().filter(note -> note.jobId().isPresent()).toList());
              return note -> note(note, names.get(note.createdById()), order);
            }, events);
            case INVOICES -> read(feed, from, next, t -> client.invoices().exportEntries(t), invoice -> {
              if (!invoice.active()) {
                return deleted("invoice", invoice.id());
              }
              String key = "invoice:" + invoice.id();
              Instant at = invoice.modifiedOn().orElse(invoice.createdOn());
              try {
                return new Event(at, order, FeedItem.parsed(key, new FieldEvent.InvoiceChanged(ServiceTitanMapping.invoice(invoice))));
              } catch (ServiceTitanMapping.Unusable | IllegalArgumentException unusable) {
                return malformed(at, order, key, unusable, invoice);
              }
            }, events);
            default -> throw new IllegalStateException("unknown feed " + feed);
          };
      readFeeds.put(feed, feedHasMore);
    }
    // Only once every due feed was read: a failure part-way leaves all of them due for the retry.
    readFeeds.forEach((feed, feedHasMore) -> scheduleNextRead(feed, now, feedHasMore));
    events.sort(Comparator.comparing(Event::at).thenComparingInt(Event::feed));
    String nextCursor = CURSOR.encode(next);
    behind = readFeeds.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    boolean hasMore = !behind.isEmpty();
    continuation = hasMore ? nextCursor : null;
    return new ChangePage<>(events.stream().map(Event::item).toList(), nextCursor, hasMore);
  }

  private boolean isDue(String feed, Instant now) {
    Instant due = nextRead.get(feed);
    return due == null || !now.isBefore(due);
  }

  /** A feed with an interval is next due after it; at once while it has more pages to catch up on. */
  private void scheduleNextRead(String feed, Instant now, boolean hasMore) {
    Duration interval = intervals.get(feed);
    if (interval != null) {
      nextRead.put(feed, hasMore ? now : now.plus(interval));
    }
  }

  private <T> boolean read(
      String feed,
      String from,
      Map<String, String> next,
      Function<String, PageIterable<ExportEntry<T>>> export,
      Function<T, @Nullable Event> toEvent,
      List<Event> events) {
    return readPage(feed, from, next, export, records -> toEvent, events);
  }

  /**
   * Reads one page; {@code toEvents} sees the page's records that fit the model before it gives their mapping.
   * A record that does not fit the model becomes a malformed item (quarantined by the workflow with its raw
   * JSON and the client's reason) while the rest of the page goes on and the feed's token still advances.
   */
  private <T> boolean readPage(
      String feed,
      String from,
      Map<String, String> next,
      Function<String, PageIterable<ExportEntry<T>>> export,
      Function<List<T>, Function<T, @Nullable Event>> toEvents,
      List<Event> events) {
    Page<ExportEntry<T>> page =
        ServiceTitanFieldServicePlatform.FAILURES.call("reading the " + feed + " export", () -> export.apply(from).firstPage());
    List<T> records = new ArrayList<>();
    for (ExportEntry<T> entry : page.items()) {
      if (entry instanceof ExportEntry.Parsed<T> parsed) {
        records.add(parsed.record());
      }
    }
    Function<T, @Nullable Event> toEvent = toEvents.apply(records);
    int index = FEEDS.indexOf(feed);
    for (ExportEntry<T> entry : page.items()) {
      Event event = entry instanceof ExportEntry.Parsed<T> parsed
          ? toEvent.apply(parsed.record())
          : malformedRecord(feed, index, (ExportEntry.Malformed<T>) entry);
      if (event != null) {
        events.add(event);
      }
    }
    next.put(feed, page.resumeToken().orElse(from));
    return page.hasNextPage();
  }

  /** The key prefix of each feed's records, as their parsed items use it. */
  private static final Map<String, String> KEY_PREFIXES = Map.of(
      "bookings", "booking:", "jobs", "job:", APPOINTMENTS, "appointment:", TIMESHEETS, "arrival:",
      NOTES, "note:", INVOICES, "invoice:");

  private static Event malformedRecord(String feed, int order, ExportEntry.Malformed<?> malformed) {
    String key = MalformedKeys.key(malformed.payload(), "id", KEY_PREFIXES.getOrDefault(feed, feed + ":"));
    Instant at = RawJson.member(malformed.payload(), "modifiedOn").flatMap(ServiceTitanFeed::instant).orElse(Instant.EPOCH);
    return new Event(at, order, FeedItem.malformed(key, malformed.reason(), malformed.payload()));
  }

  private static Optional<Instant> instant(String text) {
    try {
      return Optional.of(Instant.parse(text));
    } catch (java.time.format.DateTimeParseException notAnInstant) {
      return Optional.empty();
    }
  }

  /**
   * An appointment of the feed read again on its own (with its technicians), as the feed would deliver it now;
   * empty when ServiceTitan no longer has it.
   */
  Optional<FeedItem<FieldEvent>> appointment(String recordKey, long id) {
    io.workbridge.servicetitan.model.Appointment appointment;
    try {
      appointment = ServiceTitanFieldServicePlatform.FAILURES.call("reading appointment " + id, () -> client.appointments().get(id));
    } catch (PlatformRejectedException rejected) {
      if (rejected.reason() == RejectionReason.NOT_FOUND) {
        return Optional.empty();
      }
      throw rejected;
    }
    return appointment.active() ? Optional.of(appointmentItem(recordKey, appointment)) : Optional.empty();
  }

  /** An appointment with its technicians as the feed delivers it: parsed, or malformed with its reason. */
  private FeedItem<FieldEvent> appointmentItem(String recordKey, io.workbridge.servicetitan.model.Appointment appointment) {
    try {
      return FeedItem.parsed(
          recordKey,
          new FieldEvent.AppointmentChanged(ServiceTitanMapping.appointment(appointment, technicians(appointment))));
    } catch (ServiceTitanMapping.Unusable unusable) {
      return FeedItem.malformed(recordKey, String.valueOf(unusable.getMessage()), appointment.toString());
    }
  }

  /**
   * The appointments of a job as they are now, each with its technicians: two calls (the appointments and the
   * job's assignments), whatever the number of appointments. An appointment ServiceTitan describes in a way the
   * sync cannot use is left out.
   */
  List<io.workbridge.sync.model.Appointment> appointmentsOfJob(long jobId) {
    List<io.workbridge.servicetitan.model.Appointment> appointments =
        ServiceTitanFieldServicePlatform.FAILURES.call(
            "reading the appointments of job " + jobId, () -> client.appointments().ofJob(jobId).stream().toList());
    if (appointments.isEmpty()) {
      return List.of();
    }
    List<AppointmentAssignment> assignments = assignmentsOf(jobId, "job " + jobId);
    List<io.workbridge.sync.model.Appointment> mapped = new ArrayList<>();
    for (io.workbridge.servicetitan.model.Appointment appointment : appointments) {
      if (!appointment.active()) {
        continue;
      }
      try {
        mapped.add(ServiceTitanMapping.appointment(appointment, technicians(assignments, appointment.id())));
      } catch (ServiceTitanMapping.Unusable unusable) {
        // Not usable here either; the feed quarantines it with its reason when it delivers it.
      }
    }
    return List.copyOf(mapped);
  }

  /** The technicians assigned to an appointment {@code Working} or {@code Done} (one read); none in other statuses. */
  private List<Long> technicians(io.workbridge.servicetitan.model.Appointment appointment) {
    if (!ON_SITE.contains(appointment.status())) {
      return List.of();
    }
    return technicians(assignmentsOf(appointment.jobId(), "appointment " + appointment.id()), appointment.id());
  }

  private List<AppointmentAssignment> assignmentsOf(long jobId, String what) {
    return ServiceTitanFieldServicePlatform.FAILURES.call(
        "reading the technicians of " + what,
        () -> client.assignments().list(OptionalLong.of(jobId), ListFilter.none()).stream().toList());
  }

  private static List<Long> technicians(List<AppointmentAssignment> assignments, long appointmentId) {
    return assignments.stream()
        .filter(a -> a.appointmentId() == appointmentId && a.active())
        .map(AppointmentAssignment::technicianId)
        .distinct()
        .sorted()
        .toList();
  }

  private @Nullable Event arrival(Timesheet timesheet, int order) {
    if (timesheet.arrivedOn().isEmpty() || !timesheet.active()) {
      return null;
    }
    String key = "arrival:" + timesheet.id();
    return new Event(
        timesheet.arrivedOn().get(),
        order,
        FeedItem.parsed(key, new FieldEvent.TechnicianArrived(ServiceTitanMapping.arrival(timesheet, Optional.empty()))));
  }

  private static @Nullable Event note(JobNote note, @Nullable String author, int order) {
    if (note.jobId().isEmpty()) {
      return null;
    }
    if (!note.active()) {
      return deleted("job note", note.id().isPresent() ? note.id().getAsLong() : "of job " + note.jobId().getAsLong());
    }
    io.workbridge.sync.model.Note mapped = ServiceTitanMapping.note(note, author);
    return new Event(
        note.modifiedOn(),
        order,
        FeedItem.parsed("note:" + mapped.id(), new FieldEvent.JobNoteChanged(note.jobId().getAsLong(), mapped)));
  }

  /**
   * A record deleted in ServiceTitan: export feeds keep it, marked inactive, positioned by its deletion. It is not
   * delivered: a deleted note is not copied, a deleted invoice not sent, a deleted appointment not visited (what
   * reached ServiceChannel before stays there; its notes cannot be deleted).
   */
  private static @Nullable Event deleted(String what, Object id) {
    LOG.debug("ServiceTitan {} {} is deleted (inactive in its export feed): not delivered", what, id);
    return null;
  }

  private static Event malformed(Instant at, int order, String key, RuntimeException unusable, Object record) {
    return new Event(at, order, FeedItem.malformed(key, String.valueOf(unusable.getMessage()), record.toString()));
  }



}
