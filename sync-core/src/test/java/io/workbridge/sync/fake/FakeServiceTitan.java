package io.workbridge.sync.fake;

import io.workbridge.sync.model.Appointment;
import io.workbridge.sync.model.AppointmentStatus;
import io.workbridge.sync.model.Attachment;
import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.BookingRequest;
import io.workbridge.sync.model.BookingStatus;
import io.workbridge.sync.model.BookingUpdate;
import io.workbridge.sync.model.CustomerCandidate;
import io.workbridge.sync.model.FieldEvent;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.FollowUp;
import io.workbridge.sync.model.FollowUpRequest;
import io.workbridge.sync.model.FollowUpStatus;
import io.workbridge.sync.model.Invoice;
import io.workbridge.sync.model.JobRequest;
import io.workbridge.sync.model.JobStatus;
import io.workbridge.sync.model.LeadBookingRequest;
import io.workbridge.sync.model.Money;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.model.NoteOrigin;
import io.workbridge.sync.model.Party;
import io.workbridge.sync.model.TechnicianArrival;
import io.workbridge.sync.port.ChangePage;
import io.workbridge.sync.port.FeedItem;
import io.workbridge.sync.port.FieldServicePlatform;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.RejectionReason;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An in-memory ServiceTitan for tests. Bookings, jobs (each with one appointment), notes,
 * attachments and invoices, and one ordered change feed of the changes made by people in the scenario (a
 * CSR accepting or converting a booking, a technician arriving, an office note) and through the port (a
 * created booking, a note written by the sync). Like ServiceTitan's export feeds it is a snapshot, not a
 * history: a record changed again before the reader reached it is shown once, at its newest position and
 * in its latest state (a booking accepted and converted between two reads is seen only as converted).
 * {@link #historyFeed()} turns that off for tests that need every state. Like the real API it takes no
 * idempotency key: creating a booking twice makes two bookings, which {@link #snapshot()} shows.
 *
 * <p>Deterministic: ids are sequences, times come from the given clock. A {@link FaultHook} can make
 * any port call fail before or after its effect.
 */
public class FakeServiceTitan implements FieldServicePlatform {

  /** The author name of notes written through the API. */
  public static final String API_AUTHOR = "Integration";

  /** One job's mutable state. */
  private static final class JobRecord {
    FieldJob job;
    Appointment appointment;
    final List<Note> notes = new ArrayList<>();
    final List<Attachment> attachments = new ArrayList<>();
    final Map<String, byte[]> files = new LinkedHashMap<>();

    JobRecord(FieldJob job, Appointment appointment) {
      this.job = job;
      this.appointment = appointment;
    }
  }

  /** The clock of the fake; subclasses (e.g. a leads extension) may read it. */
  protected final Clock clock;

  private final Map<Long, Booking> bookings = new TreeMap<>();
  private final Map<Long, JobRecord> jobs = new TreeMap<>();
  private final Map<Long, Invoice> invoices = new TreeMap<>();
  /** The change feed; a null entry is a record shown again later (snapshot feed). */
  private final List<FeedItem<FieldEvent>> feed = new ArrayList<>();
  private boolean snapshotFeed = true;
  private final Map<String, Integer> callsByOperation = new HashMap<>();
  private int readUpTo;
  private long nextBookingId = 100;
  private long nextJobId = 500;
  private long nextAppointmentId = 800;
  private long nextNoteId = 3_000;
  private long nextAttachmentId = 7_000;
  private long nextInvoiceId = 9_500;
  private FaultHook faultHook = FaultHook.NONE;
  private final Map<String, RuntimeException> failingBookings = new HashMap<>();
  private java.util.function.Predicate<FieldEvent> hiddenFromFeed = event -> false;
  private int calls;
  private final List<CustomerCandidate> customers = new ArrayList<>();
  private final Map<Long, LeadBookingRequest> leadBookingRequests = new TreeMap<>();
  private final Map<Long, FollowUp> followUps = new TreeMap<>();
  private final Map<Long, FollowUpRequest> followUpRequests = new TreeMap<>();
  private long nextFollowUpId = 12_000;

  /**
   * An empty fake.
   *
   * @param clock where times come from
   */
  public FakeServiceTitan(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  // ---------------------------------------------------------------- scenario steps (people)

  /**
   * A CSR accepts (acknowledges) a booking.
   *
   * @param bookingId the booking
   */
  public synchronized void csrAccepts(long bookingId) {
    setBookingStatus(bookingId, BookingStatus.ACCEPTED, Optional.empty());
  }

  /**
   * A CSR dismisses (declines) a booking.
   *
   * @param bookingId the booking
   */
  public synchronized void csrDismisses(long bookingId) {
    setBookingStatus(bookingId, BookingStatus.DISMISSED, Optional.empty());
  }

  /**
   * A CSR converts a booking into a job for a customer and location.
   *
   * @param bookingId the booking
   * @param customerId the ServiceTitan customer
   * @param locationId the ServiceTitan location
   * @return the job
   */
  public synchronized FieldJob csrConverts(long bookingId, long customerId, long locationId) {
    requireBooking(bookingId);
    FieldJob job = newJob(Optional.of(bookingId), Optional.empty(), customerId, locationId, Map.of());
    setBookingStatus(bookingId, BookingStatus.CONVERTED, Optional.of(job.id()));
    return job;
  }

  /**
   * The job is dispatched to technicians.
   *
   * @param jobId the job
   * @param technicianIds the technicians
   */
  public synchronized void dispatch(long jobId, Long... technicianIds) {
    JobRecord record = requireJob(jobId);
    record.appointment =
        Appointment.builder()
            .from(record.appointment)
            .technicianIds(Arrays.asList(technicianIds))
            .status(AppointmentStatus.DISPATCHED)
            .modifiedAt(clock.instant())
            .build();
    publish(new FieldEvent.AppointmentChanged(record.appointment));
    setJobStatus(record, JobStatus.DISPATCHED);
  }

  /**
   * A technician arrives on site.
   *
   * @param jobId the job
   * @param technicianId the technician
   * @param name the technician's name
   */
  public synchronized void arrive(long jobId, long technicianId, String name) {
    JobRecord record = requireJob(jobId);
    publish(
        new FieldEvent.TechnicianArrived(
            TechnicianArrival.builder()
                .jobId(jobId)
                .appointmentId(record.appointment.id())
                .technicianId(technicianId)
                .technicianName(name)
                .arrivedAt(clock.instant())
                .build()));
    record.appointment =
        Appointment.builder()
            .from(record.appointment)
            .status(AppointmentStatus.WORKING)
            .modifiedAt(clock.instant())
            .build();
    publish(new FieldEvent.AppointmentChanged(record.appointment));
    setJobStatus(record, JobStatus.IN_PROGRESS);
  }

  /**
   * The technician marks the appointment done, which completes the job.
   *
   * @param jobId the job
   */
  public synchronized void finish(long jobId) {
    JobRecord record = requireJob(jobId);
    record.appointment =
        Appointment.builder()
            .from(record.appointment)
            .status(AppointmentStatus.DONE)
            .modifiedAt(clock.instant())
            .build();
    publish(new FieldEvent.AppointmentChanged(record.appointment));
    setJobStatus(record, JobStatus.COMPLETED);
  }

  /**
   * The office cancels a job.
   *
   * @param jobId the job
   */
  public synchronized void csrCancels(long jobId) {
    setJobStatus(requireJob(jobId), JobStatus.CANCELED);
  }

  /**
   * Someone in the office or on a phone writes a job note.
   *
   * @param jobId the job
   * @param author who
   * @param text the text
   * @return the note
   */
  public synchronized Note writeNote(long jobId, String author, String text) {
    JobRecord record = requireJob(jobId);
    Note note =
        Note.builder()
            .id(Long.toString(nextNoteId++))
            .origin(NoteOrigin.PROVIDER)
            .author(author)
            .text(text)
            .createdAt(clock.instant())
            .build();
    record.notes.add(note);
    publish(new FieldEvent.JobNoteChanged(jobId, note));
    return note;
  }

  /**
   * Someone edits a job note (SC-17).
   *
   * @param jobId the job
   * @param noteId the note
   * @param text the new text
   * @return the edited note
   */
  public synchronized Note editNote(long jobId, String noteId, String text) {
    JobRecord record = requireJob(jobId);
    for (int i = 0; i < record.notes.size(); i++) {
      Note note = record.notes.get(i);
      if (note.id().equals(noteId)) {
        Note edited = Note.builder().from(note).text(text).modifiedAt(clock.instant()).build();
        record.notes.set(i, edited);
        publish(new FieldEvent.JobNoteChanged(jobId, edited));
        return edited;
      }
    }
    throw new IllegalArgumentException("no note " + noteId + " on job " + jobId);
  }

  /**
   * A file is attached to the job.
   *
   * @param jobId the job
   * @param fileName the file name
   * @param content the bytes
   * @return the attachment
   */
  public synchronized Attachment attachFile(long jobId, String fileName, byte[] content) {
    JobRecord record = requireJob(jobId);
    Attachment attachment =
        Attachment.builder()
            .id(Long.toString(nextAttachmentId++))
            .fileName(fileName)
            .contentType(fileName.endsWith(".pdf") ? "application/pdf" : "image/jpeg")
            .createdAt(clock.instant())
            .build();
    record.attachments.add(attachment);
    record.files.put(attachment.id(), content.clone());
    publish(new FieldEvent.JobAttachmentAdded(jobId, attachment));
    return attachment;
  }

  /**
   * An invoice is created for the job.
   *
   * @param jobId the job
   * @param number the invoice number
   * @param subTotal the amount before tax, in USD
   * @param tax the tax, in USD
   * @param status the ServiceTitan status, e.g. {@code "Pending"}
   * @return the invoice
   */
  public synchronized Invoice issueInvoice(
      long jobId, String number, String subTotal, String tax, String status) {
    requireJob(jobId);
    BigDecimal sub = new BigDecimal(subTotal);
    BigDecimal taxAmount = new BigDecimal(tax);
    Invoice invoice =
        Invoice.builder()
            .id(nextInvoiceId++)
            .number(number)
            .jobId(jobId)
            .status(status)
            .invoiceDate(clock.instant())
            .subTotal(new Money(sub, "USD"))
            .tax(new Money(taxAmount, "USD"))
            .total(new Money(sub.add(taxAmount), "USD"))
            .modifiedAt(clock.instant())
            .build();
    invoices.put(invoice.id(), invoice);
    publish(new FieldEvent.InvoiceChanged(invoice));
    return invoice;
  }

  /**
   * The invoice's status changes (e.g. to {@code "Exported"}).
   *
   * @param invoiceId the invoice
   * @param status the new status
   * @return the invoice
   */
  public synchronized Invoice setInvoiceStatus(long invoiceId, String status) {
    Invoice invoice =
        Invoice.builder()
            .from(Objects.requireNonNull(invoices.get(invoiceId), "invoice"))
            .status(status)
            .modifiedAt(clock.instant())
            .build();
    invoices.put(invoiceId, invoice);
    publish(new FieldEvent.InvoiceChanged(invoice));
    return invoice;
  }

  /**
   * Puts a record into the change feed that the adapter could not parse.
   *
   * @param recordKey the record's id
   * @param reason why it is malformed
   * @param payload the raw payload
   */
  public synchronized void putMalformed(String recordKey, String reason, String payload) {
    feed.add(FeedItem.malformed(recordKey, reason, payload));
  }

  /**
   * Makes the change feed a history from now on: every change is shown, also the states a record passed
   * through before the reader reached it (kinder than ServiceTitan; for tests that need each state).
   */
  public synchronized void historyFeed() {
    this.snapshotFeed = false;
  }

  /**
   * Hides the events the predicate selects from the change feed from now on (they are still
   * counted in the cursor), standing for a real feed that delivers changes late, out of order, or
   * on another export.
   *
   * @param hidden which events to hide; {@code event -> false} to show all again
   */
  public synchronized void hideFromFeed(java.util.function.Predicate<FieldEvent> hidden) {
    this.hiddenFromFeed = Objects.requireNonNull(hidden, "hidden");
  }

  /**
   * Replaces the fault hook.
   *
   * @param hook the hook; {@link FaultHook#NONE} for none
   */
  public synchronized void setFaultHook(FaultHook hook) {
    this.faultHook = Objects.requireNonNull(hook, "hook");
  }

  /**
   * Makes every {@link #createBooking} for one external id fail with {@code failure} before it does anything
   * (a record whose write keeps failing while the others succeed); {@code null} lets them through again.
   *
   * @param externalId the booking's external id (the work order id)
   * @param failure what the call throws, or null
   */
  public synchronized void failBookingsWithExternalId(String externalId, RuntimeException failure) {
    if (failure == null) {
      failingBookings.remove(externalId);
    } else {
      failingBookings.put(externalId, failure);
    }
  }

  /**
   * An existing customer location that {@link #searchCustomers} can find (LD-8).
   *
   * @param candidate the customer, with one location
   */
  public synchronized void addCustomer(CustomerCandidate candidate) {
    customers.add(Objects.requireNonNull(candidate, "candidate"));
  }

  /**
   * A CSR books a job from a follow-up (LD-9).
   *
   * @param followUpId the follow-up
   */
  public synchronized void csrConvertsFollowUp(long followUpId) {
    setFollowUpStatus(followUpId, FollowUpStatus.CONVERTED);
  }

  /**
   * A CSR dismisses a follow-up (LD-9).
   *
   * @param followUpId the follow-up
   */
  public synchronized void csrDismissesFollowUp(long followUpId) {
    setFollowUpStatus(followUpId, FollowUpStatus.DISMISSED);
  }

  // ---------------------------------------------------------------- inspection

  /**
   * What the sync sent when it created a booking from a lead (no fault hook, no call counted).
   *
   * @param bookingId the booking
   * @return the lead booking request, when the booking was made from a lead
   */
  public synchronized Optional<LeadBookingRequest> leadBookingRequest(long bookingId) {
    return Optional.ofNullable(leadBookingRequests.get(bookingId));
  }

  /** Every follow-up, by id (no fault hook, no call counted). */
  public synchronized List<FollowUp> allFollowUps() {
    return List.copyOf(followUps.values());
  }

  /**
   * What the sync sent when it created a follow-up (no fault hook, no call counted).
   *
   * @param followUpId the follow-up
   * @return the request
   */
  public synchronized Optional<FollowUpRequest> followUpRequest(long followUpId) {
    return Optional.ofNullable(followUpRequests.get(followUpId));
  }

  /** How many port calls were made. */
  public synchronized int calls() {
    return calls;
  }

  /**
   * How many port calls of one operation were made.
   *
   * @param operation the port method's name, e.g. {@code "findBookingByExternalId"}
   * @return the count
   */
  public synchronized int calls(String operation) {
    return callsByOperation.getOrDefault(operation, 0);
  }

  /** Every booking, by id (no fault hook, no call counted). */
  public synchronized List<Booking> allBookings() {
    return List.copyOf(bookings.values());
  }

  /** Every job, by id (no fault hook, no call counted). */
  public synchronized List<FieldJob> allJobs() {
    List<FieldJob> all = new ArrayList<>();
    jobs.values().forEach(record -> all.add(record.job));
    return all;
  }

  /**
   * The notes of a job (no fault hook, no call counted).
   *
   * @param jobId the job
   * @return the notes
   */
  public synchronized List<Note> notesOf(long jobId) {
    return List.copyOf(requireJob(jobId).notes);
  }

  /**
   * The bookings with an external id (no fault hook, no call counted).
   *
   * @param externalId the external id
   * @return the bookings, usually one
   */
  public synchronized List<Booking> bookingsWithExternalId(String externalId) {
    return bookings.values().stream().filter(b -> b.externalId().equals(externalId)).toList();
  }

  /**
   * The remote state in a comparable form: bookings and jobs with their external ids, statuses,
   * summaries, custom fields and notes, leaving out ids and times that two equivalent runs may
   * assign differently.
   *
   * @return a deterministic text
   */
  public synchronized String snapshot() {
    StringBuilder out = new StringBuilder();
    for (Booking booking : bookings.values()) {
      out.append("booking ext=")
          .append(booking.externalId())
          .append(" [")
          .append(booking.status())
          .append("] ")
          .append(booking.summary().replace('\n', '|'));
      LeadBookingRequest lead = leadBookingRequests.get(booking.id());
      if (lead != null) {
        out.append(" lead-customer=")
            .append(lead.customerId().map(String::valueOf).orElse("-"))
            .append(" jobType=")
            .append(lead.booking().jobTypeId().map(String::valueOf).orElse("-"))
            .append(" bu=")
            .append(lead.booking().businessUnitId().map(String::valueOf).orElse("-"));
      }
      out.append('\n');
    }
    for (JobRecord record : jobs.values()) {
      FieldJob job = record.job;
      out.append("job ")
          .append(job.number())
          .append(" ext=")
          .append(job.externalId().orElse("-"))
          .append(" booking=")
          .append(job.bookingId().isPresent() ? "yes" : "no")
          .append(" [")
          .append(job.status())
          .append("] fields=")
          .append(new TreeMap<>(job.customFields()))
          .append('\n');
      for (Note note : record.notes) {
        out.append("  note ")
            .append(note.author().orElse("-"))
            .append(": ")
            .append(note.text().replace('\n', '|'))
            .append('\n');
      }
    }
    for (FollowUp followUp : followUps.values()) {
      FollowUpRequest request = followUpRequests.get(followUp.id());
      out.append("follow-up ext=")
          .append(followUp.externalId())
          .append(" [")
          .append(followUp.status())
          .append("] customer=")
          .append(request.customerId().map(String::valueOf).orElse("-"))
          .append(' ')
          .append(request.summary().replace('\n', '|'))
          .append('\n');
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- the port

  @Override
  public synchronized ChangePage<FieldEvent> changesSince(Optional<String> cursor, int limit) {
    enter("changesSince");
    int from = cursor.map(Integer::parseInt).orElse(0);
    int to = Math.min(feed.size(), from + limit);
    List<FeedItem<FieldEvent>> items = new ArrayList<>();
    for (FeedItem<FieldEvent> item : feed.subList(from, to)) {
      if (item != null) {
        items.add(item);
      }
    }
    readUpTo = Math.max(readUpTo, to);
    return new ChangePage<>(items, Integer.toString(to), to < feed.size());
  }

  /**
   * The bookings and jobs of the change feed, read from a cursor of their own; without one it starts at the
   * feed's end (now). Counted as one call, as one page of each export feed would be on ServiceTitan.
   */
  @Override
  public synchronized ChangePage<FieldEvent> leadOutcomeChanges(Optional<String> cursor, int limit) {
    enter("leadOutcomeChanges");
    int from = cursor.map(Integer::parseInt).orElse(feed.size());
    int to = Math.min(feed.size(), from + limit);
    List<FeedItem<FieldEvent>> items = new ArrayList<>();
    for (FeedItem<FieldEvent> item : feed.subList(from, to)) {
      boolean bookingOrJob =
          item instanceof FeedItem.Parsed<FieldEvent> parsed
              ? parsed.value() instanceof FieldEvent.BookingChanged || parsed.value() instanceof FieldEvent.JobChanged
              : item != null && (item.recordKey().startsWith("booking:") || item.recordKey().startsWith("job:"));
      if (bookingOrJob) {
        items.add(item);
      }
    }
    return new ChangePage<>(items, Integer.toString(to), to < feed.size());
  }

  @Override
  public synchronized Optional<Booking> findBookingByExternalId(String externalId) {
    enter("findBookingByExternalId");
    return bookings.values().stream().filter(b -> b.externalId().equals(externalId)).findFirst();
  }

  @Override
  public synchronized Optional<Booking> booking(long bookingId) {
    enter("booking");
    return Optional.ofNullable(bookings.get(bookingId));
  }

  @Override
  public synchronized Booking createBooking(BookingRequest request) {
    enter("createBooking");
    RuntimeException failure = failingBookings.get(request.externalId());
    if (failure != null) {
      throw failure;
    }
    if (request.name().isBlank() || request.externalId().isBlank()) {
      throw new PlatformRejectedException(
          RejectionReason.INVALID_REQUEST, "name and externalId are required");
    }
    Booking booking =
        Booking.builder()
            .id(nextBookingId++)
            .externalId(request.externalId())
            .status(BookingStatus.NEW)
            .name(request.name())
            .summary(request.summary())
            .modifiedAt(clock.instant())
            .build();
    bookings.put(booking.id(), booking);
    publish(new FieldEvent.BookingChanged(booking));
    after("createBooking");
    return booking;
  }

  @Override
  public synchronized Booking updateBooking(long bookingId, BookingUpdate update) {
    enter("updateBooking");
    Booking booking = existingBooking(bookingId);
    Booking.Builder builder = Booking.builder().from(booking).modifiedAt(clock.instant());
    update.summary().ifPresent(builder::summary);
    update.status().ifPresent(builder::status);
    Booking updated = builder.build();
    bookings.put(bookingId, updated);
    publish(new FieldEvent.BookingChanged(updated));
    after("updateBooking");
    return updated;
  }

  @Override
  public synchronized Optional<FieldJob> findJobByExternalId(String externalId) {
    enter("findJobByExternalId");
    return jobs.values().stream()
        .map(record -> record.job)
        .filter(job -> job.externalId().equals(Optional.of(externalId)))
        .findFirst();
  }

  @Override
  public synchronized Optional<FieldJob> job(long jobId) {
    enter("job");
    return Optional.ofNullable(jobs.get(jobId)).map(record -> record.job);
  }

  @Override
  public synchronized List<Appointment> jobAppointments(long jobId) {
    enter("jobAppointments");
    return Optional.ofNullable(jobs.get(jobId)).map(record -> List.of(record.appointment)).orElse(List.of());
  }

  @Override
  public synchronized FieldJob createJob(JobRequest request) {
    enter("createJob");
    if (request.customerId() <= 0 || request.locationId() <= 0) {
      throw new PlatformRejectedException(
          RejectionReason.INVALID_REQUEST, "customerId and locationId are required");
    }
    FieldJob job =
        newJob(
            Optional.empty(),
            Optional.of(request.externalId()),
            request.customerId(),
            request.locationId(),
            request.customFields());
    after("createJob");
    return job;
  }

  @Override
  public synchronized void setJobCustomField(long jobId, String fieldName, String value) {
    enter("setJobCustomField");
    JobRecord record = existingJob(jobId);
    Map<String, String> fields = new LinkedHashMap<>(record.job.customFields());
    fields.put(fieldName, value);
    record.job =
        FieldJob.builder()
            .from(record.job)
            .customFields(fields)
            .modifiedAt(clock.instant())
            .build();
    publish(new FieldEvent.JobChanged(record.job));
    after("setJobCustomField");
  }

  @Override
  public synchronized List<Note> jobNotes(long jobId) {
    enter("jobNotes");
    return List.copyOf(existingJob(jobId).notes);
  }

  @Override
  public synchronized Note addJobNote(long jobId, String text) {
    enter("addJobNote");
    JobRecord record = existingJob(jobId);
    if (text.isBlank()) {
      throw new PlatformRejectedException(RejectionReason.INVALID_REQUEST, "text is required");
    }
    Note note =
        Note.builder()
            .id(Long.toString(nextNoteId++))
            .origin(NoteOrigin.PROVIDER)
            .author(API_AUTHOR)
            .text(text)
            .createdAt(clock.instant())
            .build();
    record.notes.add(note);
    publish(new FieldEvent.JobNoteChanged(jobId, note));
    after("addJobNote");
    return note;
  }

  @Override
  public synchronized List<Attachment> jobAttachments(long jobId) {
    enter("jobAttachments");
    return List.copyOf(existingJob(jobId).attachments);
  }

  @Override
  public synchronized byte[] downloadAttachment(long jobId, String attachmentId) {
    enter("downloadAttachment");
    byte[] content = existingJob(jobId).files.get(attachmentId);
    if (content == null) {
      throw new PlatformRejectedException(RejectionReason.NOT_FOUND, "no attachment " + attachmentId);
    }
    return content.clone();
  }

  @Override
  public synchronized List<CustomerCandidate> searchCustomers(Party party) {
    enter("searchCustomers");
    String phone = party.phone().map(FakeServiceTitan::digits).orElse("");
    String email = party.email().map(e -> e.strip().toLowerCase(java.util.Locale.ROOT)).orElse("");
    String zip = party.address().map(a -> digits(a.zip())).orElse("");
    return customers.stream()
        .filter(
            c ->
                (!phone.isEmpty()
                        && c.phones().stream().anyMatch(p -> digits(p).endsWith(last10(phone))))
                    || (!email.isEmpty()
                        && c.emails().stream().anyMatch(e -> e.strip().equalsIgnoreCase(email)))
                    || (!zip.isEmpty()
                        && c.address().filter(a -> digits(a.zip()).startsWith(zip)).isPresent()))
        .toList();
  }

  @Override
  public synchronized Booking createLeadBooking(LeadBookingRequest request) {
    enter("createLeadBooking");
    BookingRequest booking = request.booking();
    if (booking.name().isBlank() || booking.externalId().isBlank() || booking.source().isBlank()) {
      throw new PlatformRejectedException(
          RejectionReason.INVALID_REQUEST, "name, source and externalId are required");
    }
    booking
        .address()
        .filter(a -> a.street().isBlank() || a.city().isBlank() || a.zip().isBlank())
        .ifPresent(
            a -> {
              throw new PlatformRejectedException(
                  RejectionReason.INVALID_REQUEST, "address needs street, city and zip");
            });
    Booking created =
        Booking.builder()
            .id(nextBookingId++)
            .externalId(booking.externalId())
            .status(BookingStatus.NEW)
            .name(booking.name())
            .summary(booking.summary())
            .modifiedAt(clock.instant())
            .build();
    bookings.put(created.id(), created);
    leadBookingRequests.put(created.id(), request);
    publish(new FieldEvent.BookingChanged(created));
    after("createLeadBooking");
    return created;
  }

  @Override
  public synchronized Optional<FollowUp> findFollowUpByExternalId(String externalId) {
    enter("findFollowUpByExternalId");
    return followUps.values().stream().filter(f -> f.externalId().equals(externalId)).findFirst();
  }

  @Override
  public synchronized Optional<FollowUp> followUp(long followUpId) {
    enter("followUp");
    return Optional.ofNullable(followUps.get(followUpId));
  }

  @Override
  public synchronized FollowUp createFollowUp(FollowUpRequest request) {
    enter("createFollowUp");
    if (request.summary().isBlank() || request.campaignId() <= 0) {
      throw new PlatformRejectedException(
          RejectionReason.INVALID_REQUEST, "summary and campaignId are required");
    }
    FollowUp followUp =
        FollowUp.builder()
            .id(nextFollowUpId++)
            .externalId(request.externalId())
            .status(FollowUpStatus.OPEN)
            .build();
    followUps.put(followUp.id(), followUp);
    followUpRequests.put(followUp.id(), request);
    after("createFollowUp");
    return followUp;
  }

  // ---------------------------------------------------------------- internals

  private void setFollowUpStatus(long followUpId, FollowUpStatus status) {
    FollowUp followUp = followUps.get(followUpId);
    if (followUp == null) {
      throw new IllegalArgumentException("no follow-up " + followUpId);
    }
    followUps.put(followUpId, FollowUp.builder().from(followUp).status(status).build());
  }

  private static String digits(String text) {
    return text.replaceAll("[^0-9]", "");
  }

  private static String last10(String digits) {
    return digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
  }


  /**
   * Counts a port call and asks the fault hook before its effect; for subclasses adding port
   * methods.
   *
   * @param operation the method name
   */
  protected void enter(String operation) {
    calls++;
    callsByOperation.merge(operation, 1, Integer::sum);
    faultHook.at(operation, FaultHook.Phase.BEFORE_EFFECT);
  }

  /**
   * Asks the fault hook after a call's effect; for subclasses adding port methods.
   *
   * @param operation the method name
   */
  protected void after(String operation) {
    faultHook.at(operation, FaultHook.Phase.AFTER_EFFECT);
  }

  /**
   * Appends an event to the change feed; for subclasses adding port methods.
   *
   * @param event the event
   */
  protected void publish(FieldEvent published) {
    if (hiddenFromFeed.test(published)) {
      return;
    }
    // As ServiceTitan's jobs export: it takes no externalDataApplicationGuid, so its jobs show no external data.
    FieldEvent event =
        published instanceof FieldEvent.JobChanged changed && changed.job().externalId().isPresent()
            ? new FieldEvent.JobChanged(FieldJob.builder().from(changed.job()).externalId(Optional.empty()).build())
            : published;
    if (snapshotFeed) {
      String identity = identity(event);
      for (int i = readUpTo; i < feed.size(); i++) {
        FeedItem<FieldEvent> earlier = feed.get(i);
        if (earlier instanceof FeedItem.Parsed<FieldEvent> parsed && identity(parsed.value()).equals(identity)) {
          feed.set(i, null); // superseded: the export shows the record once, in its latest state
        }
      }
    }
    feed.add(FeedItem.parsed(event.describe(), event));
  }

  /** Which record an event shows: its export feed and id. */
  private static String identity(FieldEvent event) {
    if (event instanceof FieldEvent.BookingChanged changed) {
      return "booking:" + changed.booking().id();
    }
    if (event instanceof FieldEvent.JobChanged changed) {
      return "job:" + changed.job().id();
    }
    if (event instanceof FieldEvent.AppointmentChanged changed) {
      return "appointment:" + changed.appointment().id();
    }
    if (event instanceof FieldEvent.TechnicianArrived arrived) {
      return "timesheet:" + arrived.arrival().appointmentId() + ":" + arrived.arrival().technicianId();
    }
    if (event instanceof FieldEvent.JobNoteChanged changed) {
      return "note:" + changed.note().id();
    }
    if (event instanceof FieldEvent.JobAttachmentAdded added) {
      return "attachment:" + added.attachment().id();
    }
    if (event instanceof FieldEvent.InvoiceChanged changed) {
      return "invoice:" + changed.invoice().id();
    }
    return event.describe();
  }

  private FieldJob newJob(
      Optional<Long> bookingId,
      Optional<String> externalId,
      long customerId,
      long locationId,
      Map<String, String> customFields) {
    long jobId = nextJobId++;
    FieldJob job =
        FieldJob.builder()
            .id(jobId)
            .number("J-" + jobId)
            .bookingId(bookingId)
            .externalId(externalId)
            .customerId(customerId)
            .locationId(locationId)
            .status(JobStatus.SCHEDULED)
            .customFields(customFields)
            .modifiedAt(clock.instant())
            .build();
    Appointment appointment =
        Appointment.builder()
            .id(nextAppointmentId++)
            .jobId(jobId)
            .status(AppointmentStatus.SCHEDULED)
            .modifiedAt(clock.instant())
            .build();
    jobs.put(jobId, new JobRecord(job, appointment));
    publish(new FieldEvent.JobChanged(job));
    return job;
  }

  private void setJobStatus(JobRecord record, JobStatus status) {
    record.job =
        FieldJob.builder().from(record.job).status(status).modifiedAt(clock.instant()).build();
    publish(new FieldEvent.JobChanged(record.job));
  }

  private void setBookingStatus(long bookingId, BookingStatus status, Optional<Long> jobId) {
    Booking booking = requireBooking(bookingId);
    Booking updated =
        Booking.builder()
            .from(booking)
            .status(status)
            .jobId(jobId.or(booking::jobId))
            .modifiedAt(clock.instant())
            .build();
    bookings.put(bookingId, updated);
    publish(new FieldEvent.BookingChanged(updated));
  }

  private Booking requireBooking(long bookingId) {
    Booking booking = bookings.get(bookingId);
    if (booking == null) {
      throw new IllegalArgumentException("no booking " + bookingId);
    }
    return booking;
  }

  private JobRecord requireJob(long jobId) {
    JobRecord record = jobs.get(jobId);
    if (record == null) {
      throw new IllegalArgumentException("no job " + jobId);
    }
    return record;
  }

  private Booking existingBooking(long bookingId) {
    Booking booking = bookings.get(bookingId);
    if (booking == null) {
      throw new PlatformRejectedException(RejectionReason.NOT_FOUND, "no booking " + bookingId);
    }
    return booking;
  }

  private JobRecord existingJob(long jobId) {
    JobRecord record = jobs.get(jobId);
    if (record == null) {
      throw new PlatformRejectedException(RejectionReason.NOT_FOUND, "no job " + jobId);
    }
    return record;
  }
}
