package io.workbridge.adapters;

import io.workbridge.client.ApiException;
import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.servicetitan.ServiceTitanConflictException;
import io.workbridge.servicetitan.model.ActiveFilter;
import io.workbridge.servicetitan.model.Contact;
import io.workbridge.servicetitan.model.ContactType;
import io.workbridge.servicetitan.model.CustomField;
import io.workbridge.servicetitan.model.CustomFieldType;
import io.workbridge.servicetitan.model.Customer;
import io.workbridge.servicetitan.model.CustomerQuery;
import io.workbridge.servicetitan.model.ExternalDataEntry;
import io.workbridge.servicetitan.model.Job;
import io.workbridge.servicetitan.model.JobNote;
import io.workbridge.servicetitan.model.JobQuery;
import io.workbridge.servicetitan.model.JobUpdate;
import io.workbridge.servicetitan.model.ListFilter;
import io.workbridge.servicetitan.model.Location;
import io.workbridge.servicetitan.model.LocationQuery;
import io.workbridge.servicetitan.model.NewAppointment;
import io.workbridge.servicetitan.model.NewBooking;
import io.workbridge.servicetitan.model.NewJob;
import io.workbridge.servicetitan.model.NewLead;
import io.workbridge.servicetitan.model.Priority;
import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.Appointment;
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
import io.workbridge.sync.model.JobRequest;
import io.workbridge.sync.model.LeadBookingRequest;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.model.Party;
import io.workbridge.sync.port.ChangePage;
import io.workbridge.sync.port.FeedItem;
import io.workbridge.sync.port.FieldServicePlatform;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.RejectionReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link FieldServicePlatform} over {@link ServiceTitanClient}: bookings through the booking provider API,
 * jobs (with the work order id in the application's external data and the NTE in a job custom field),
 * job notes and attachments, customers for lead matching, CRM leads as follow-ups, and one change feed
 * built from ServiceTitan's export feeds.
 *
 * <ul>
 *   <li><b>Feed.</b> {@link #changesSince} reads one page of each export feed — bookings, jobs,
 *       appointments (with their technicians when Working or Done), timesheets (arrivals), job notes and
 *       invoices — from its {@code continueFrom} token, and merges the events oldest first; the cursor packs the six tokens.
 *       Job notes and invoices are read only when their own interval has passed ({@link
 *       Builder#notesEvery}, {@link Builder#invoicesEvery}); timesheets whenever the appointments brought one
 *       in a status that implies an arrival (Working, Hold, Done), else when their interval has passed
 *       ({@link Builder#timesheetsEvery}). See {@link
 *       ServiceTitanFeed}.
 *   <li><b>Names.</b> A job note's author ({@code createdById}, a user id) is named from the technicians,
 *       then the employees, of that user ({@link Note#author()}), so a technician's note is not taken for
 *       the office's; a dismissed booking's reason ({@code dismissingReasonId}, a call reason) is named from
 *       the call reasons ({@link Booking#dismissalReason()}; {@code "Call reason #<id>"} when it has no
 *       name). Names are cached per id (bounded), and only ids not cached are looked up, several in one
 *       call. A failed author lookup leaves the author empty, is retried with the next notes and never fails
 *       a read; call reasons unavailable for a while fail the read, to be retried.
 *   <li><b>Lookup before create.</b> Bookings by their external id (the booking provider API filters on
 *       it); jobs by the application's external data (needs the client's application GUID); follow-ups by
 *       a marker {@code [alert <id>]} in the lead's summary.
 *   <li><b>Failures.</b> 409 → {@link RejectionReason#CONFLICT}, 404 → {@link RejectionReason#NOT_FOUND},
 *       400/422 → {@link RejectionReason#INVALID_REQUEST}, 403 → {@link RejectionReason#PERMISSION_DENIED};
 *       I/O, 5xx, 429 after retries and rejected credentials → {@code PlatformUnavailableException}.
 * </ul>
 *
 * <p>ServiceTitan's booking provider API cannot accept a booking: {@link #updateBooking} with status
 * {@code ACCEPTED} writes the summary (which says so, SC-6) and leaves the status to the CSR.
 */
public final class ServiceTitanFieldServicePlatform implements FieldServicePlatform {
  /** How often the job notes export feed is read by default (SC-19: notes within a minute). */
  public static final Duration DEFAULT_NOTES_EVERY = Duration.ofSeconds(30);

  /** How often the invoices export feed is read by default (SC-20: within one polling interval, ≤ 5 min). */
  public static final Duration DEFAULT_INVOICES_EVERY = Duration.ofMinutes(5);

  /**
   * How often the timesheets export feed is read by default when the appointments feed brought no arrival
   * (an arrival moves its appointment to Working, and then the timesheets are read at once).
   */
  public static final Duration DEFAULT_TIMESHEETS_EVERY = Duration.ofMinutes(5);

  private static final Logger LOG = LoggerFactory.getLogger(ServiceTitanFieldServicePlatform.class);
  static final String SYSTEM = "ServiceTitan";
  static final ClientFailures FAILURES = new ClientFailures(SYSTEM, ServiceTitanFieldServicePlatform::classify);
  private static final Pattern ALERT_MARKER = Pattern.compile("\\[alert ([^\\]]+)\\]");
  private static final Pattern REREADABLE = Pattern.compile("(booking|job|appointment|invoice):(\\d{1,18})");
  private static final int MAX_CUSTOMER_CANDIDATES = 20;

  private final ServiceTitanClient client;
  private final String externalDataKey;
  private final Duration appointmentLength;
  private final @Nullable Long defaultBusinessUnitId;
  private final @Nullable Long defaultJobTypeId;
  private final @Nullable Long defaultCampaignId;
  private final ServiceTitanFeed feed;
  /** Note authors and dismissal reasons by id. */
  private final ServiceTitanNames names;
  /** Job custom field types by name; replaced whole (never mutated) so the workflows' threads may share it. */
  private volatile Map<String, Long> customFieldTypes = Map.of();
  /** The bookings and jobs feeds the lead outcomes come from. */
  private final ServiceTitanLeadOutcomeFeed leadOutcomes;

  private ServiceTitanFieldServicePlatform(Builder builder) {
    this.client = Objects.requireNonNull(builder.client, "client");
    this.externalDataKey = builder.externalDataKey;
    this.appointmentLength = builder.appointmentLength;
    this.defaultBusinessUnitId = builder.defaultBusinessUnitId;
    this.defaultJobTypeId = builder.defaultJobTypeId;
    this.defaultCampaignId = builder.defaultCampaignId;
    this.names = new ServiceTitanNames(client, builder.clock);
    this.feed =
        new ServiceTitanFeed(
            client,
            this::mapBooking,
            this::fieldJob,
            names::authorsOf,
            builder.feedStart,
            builder.clock,
            Map.of(
                ServiceTitanFeed.NOTES, builder.notesEvery,
                ServiceTitanFeed.INVOICES, builder.invoicesEvery,
                ServiceTitanFeed.TIMESHEETS, builder.timesheetsEvery));
    this.leadOutcomes = new ServiceTitanLeadOutcomeFeed(client, this::mapBooking, this::fieldJob, builder.clock);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  // ------------------------------------------------------------------ feed

  @Override
  public ChangePage<FieldEvent> changesSince(Optional<String> cursor, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return feed.changesSince(cursor);
  }

  /**
   * Reads a booking ({@code booking:<id>}), a job ({@code job:<id>}), an appointment ({@code appointment:<id>},
   * with its technicians) or an invoice ({@code invoice:<id>}) of the change feed again, as a {@link
   * FieldEvent.BookingChanged}, {@link FieldEvent.JobChanged}, {@link FieldEvent.AppointmentChanged} or {@link
   * FieldEvent.InvoiceChanged}; arrivals and notes cannot be read one at a time.
   */
  @Override
  public Optional<FeedItem<FieldEvent>> reread(String recordKey) {
    Matcher key = REREADABLE.matcher(recordKey);
    if (!key.matches()) {
      throw new UnsupportedOperationException(
          "ServiceTitan record " + recordKey + " cannot be read again on its own (only booking:<id>, job:<id>,"
              + " appointment:<id> and invoice:<id> can); it is handled again when it changes");
    }
    long id = Long.parseLong(key.group(2));
    return switch (key.group(1)) {
      case "booking" -> booking(id).map(booking -> FeedItem.parsed(recordKey, new FieldEvent.BookingChanged(booking)));
      case "job" -> job(id).map(job -> FeedItem.parsed(recordKey, new FieldEvent.JobChanged(job)));
      case "appointment" -> feed.appointment(recordKey, id);
      default -> invoice(recordKey, id);
    };
  }

  /** Whether {@link #reread(String)} reads this kind of record: bookings, jobs, appointments and invoices. */
  @Override
  public boolean canReread(String recordKey) {
    return REREADABLE.matcher(recordKey).matches();
  }

  private Optional<FeedItem<FieldEvent>> invoice(String recordKey, long id) {
    Optional<io.workbridge.servicetitan.model.Invoice> invoice =
        FAILURES.call("reading invoice " + id, () -> client.invoices().get(id))
            .filter(io.workbridge.servicetitan.model.Invoice::active); // a deleted invoice is gone for the sync
    return invoice.map(
        found -> {
          try {
            return FeedItem.parsed(recordKey, new FieldEvent.InvoiceChanged(ServiceTitanMapping.invoice(found)));
          } catch (ServiceTitanMapping.Unusable | IllegalArgumentException unusable) {
            return FeedItem.<FieldEvent>malformed(recordKey, String.valueOf(unusable.getMessage()), found.toString());
          }
        });
  }

  // ------------------------------------------------------------------ bookings

  @Override
  public Optional<Booking> findBookingByExternalId(String externalId) {
    return FAILURES
        .call(
            "finding the booking for " + externalId,
            () -> client.bookings().findByExternalId(externalId).map(this::mapBooking));
  }

  @Override
  public Optional<Booking> booking(long bookingId) {
    return orEmpty(
        () -> FAILURES.call("reading booking " + bookingId, () -> mapBooking(client.bookings().get(bookingId))));
  }

  @Override
  public Booking createBooking(BookingRequest request) {
    return FAILURES.call(
        "creating the booking for " + request.externalId(),
        () -> mapBooking(client.bookings().create(newBooking(request, true, phoneContact(request)).build())));
  }

  /** The job site's phone (the store's, from ServiceChannel's location) as the booking's phone contact. */
  private static List<Contact> phoneContact(BookingRequest request) {
    return request.phone().filter(phone -> !phone.isBlank())
        .map(phone -> List.of(Contact.builder().type(ContactType.PHONE).value(phone).build()))
        .orElse(List.of());
  }

  private static NewBooking.Builder newBooking(BookingRequest request, boolean firstTimeClient, List<Contact> contacts) {
    NewBooking.Builder booking =
        NewBooking.builder()
            .source(request.source())
            .name(request.name())
            .summary(request.summary())
            .externalId(request.externalId())
            .isFirstTimeClient(firstTimeClient)
            .start(request.start())
            .addAllContacts(contacts);
    request.address().map(ServiceTitanMapping::address).ifPresent(booking::address);
    request.campaignId().ifPresent(booking::campaignId);
    request.businessUnitId().ifPresent(booking::businessUnitId);
    request.jobTypeId().ifPresent(booking::jobTypeId);
    request.priority().map(Priority::fromWire).filter(p -> p != Priority.UNKNOWN).ifPresent(booking::priority);
    return booking;
  }

  @Override
  public Booking updateBooking(long bookingId, BookingUpdate update) {
    if (update.status().isPresent()) {
      BookingStatus status = update.status().get();
      if (status == BookingStatus.DISMISSED) {
        FAILURES.run(
            "dismissing booking " + bookingId,
            () -> client.bookings().dismiss(bookingId, null, update.summary().orElse(null)));
      } else if (status == BookingStatus.ACCEPTED) {
        LOG.info(
            "booking {}: ServiceTitan's booking provider API cannot accept a booking; the summary tells the CSR",
            bookingId);
      } else {
        throw new PlatformRejectedException(
            RejectionReason.INVALID_REQUEST, "a booking cannot be set to " + status + " through the API");
      }
    }
    if (update.summary().isPresent() && update.status().filter(s -> s == BookingStatus.DISMISSED).isEmpty()) {
      io.workbridge.servicetitan.model.BookingUpdate change =
          io.workbridge.servicetitan.model.BookingUpdate.builder().summary(update.summary().get()).build();
      return FAILURES.call(
          "updating booking " + bookingId, () -> mapBooking(client.bookings().update(bookingId, change)));
    }
    return booking(bookingId)
        .orElseThrow(
            () -> new PlatformRejectedException(RejectionReason.NOT_FOUND, "booking " + bookingId + " does not exist"));
  }

  /** A booking in the sync's model, a dismissed one with its reason in words. */
  io.workbridge.sync.model.Booking mapBooking(io.workbridge.servicetitan.model.Booking booking) {
    return ServiceTitanMapping.booking(booking, names.dismissalReason(booking));
  }

  // ------------------------------------------------------------------ jobs

  @Override
  public Optional<FieldJob> findJobByExternalId(String externalId) {
    return FAILURES
        .call(
            "finding the job for " + externalId,
            () ->
                client
                    .jobs()
                    .list(JobQuery.builder().externalDataKey(externalDataKey).addExternalDataValues(externalId).pageSize(50).build())
                    .stream()
                    .filter(job -> externalId.equals(externalIdOf(job).orElse(null)))
                    .findFirst()
                    .map(this::fieldJob));
  }

  @Override
  public Optional<FieldJob> job(long jobId) {
    return orEmpty(() -> FAILURES.call("reading job " + jobId, () -> fieldJob(client.jobs().get(jobId))));
  }

  /** Two calls: the job's appointments and its technician assignments. */
  @Override
  public List<Appointment> jobAppointments(long jobId) {
    return feed.appointmentsOfJob(jobId);
  }

  @Override
  public FieldJob createJob(JobRequest request) {
    long businessUnit = required(request.businessUnitId(), defaultBusinessUnitId, "businessUnitId", request);
    long jobType = required(request.jobTypeId(), defaultJobTypeId, "jobTypeId", request);
    long campaign = required(request.campaignId(), defaultCampaignId, "campaignId", request);
    Instant start =
        request.start().orElseThrow(() -> invalid("job for " + request.externalId() + " needs a start for its appointment"));
    NewJob.Builder job =
        NewJob.builder()
            .customerId(request.customerId())
            .locationId(request.locationId())
            .businessUnitId(businessUnit)
            .jobTypeId(jobType)
            .campaignId(campaign)
            .priority(request.priority().map(Priority::fromWire).filter(p -> p != Priority.UNKNOWN).orElse(Priority.NORMAL))
            .summary(request.summary())
            .customerPo(request.customerPo())
            .addAppointments(NewAppointment.builder().start(start).end(start.plus(appointmentLength)).build())
            .addExternalData(ExternalDataEntry.of(externalDataKey, request.externalId()));
    for (Map.Entry<String, String> field : request.customFields().entrySet()) {
      job.addCustomFields(CustomField.builder().typeId(customFieldType(field.getKey())).value(field.getValue()).build());
    }
    return FAILURES.call("creating the job for " + request.externalId(), () -> fieldJob(client.jobs().create(job.build())));
  }

  private static long required(Optional<Long> given, @Nullable Long fallback, String field, JobRequest request) {
    if (given.isPresent()) {
      return given.get();
    }
    if (fallback != null) {
      return fallback;
    }
    throw invalid(
        "job for " + request.externalId() + " has no " + field + " (set it on the conversion rule or as the adapter's default)");
  }

  @Override
  public void setJobCustomField(long jobId, String fieldName, String value) {
    long typeId = customFieldType(fieldName);
    Job job = FAILURES.call("reading job " + jobId, () -> client.jobs().get(jobId));
    List<CustomField> fields = new ArrayList<>();
    for (CustomField field : job.customFields()) {
      if (field.typeId() != typeId) {
        fields.add(CustomField.builder().typeId(field.typeId()).value(field.value()).build());
      }
    }
    fields.add(CustomField.builder().typeId(typeId).value(value).build());
    FAILURES.call(
        "setting custom field " + fieldName + " of job " + jobId,
        () -> client.jobs().update(jobId, JobUpdate.builder().customFields(fields).build()));
  }

  /** A custom field type by name, or by id written {@code #<id>} (as a configuration may name it). */
  private long customFieldType(String name) {
    if (name.matches("#\\d{1,18}")) {
      return Long.parseLong(name.substring(1));
    }
    Map<String, Long> types = customFieldTypes;
    if (!types.containsKey(name)) {
      Map<String, Long> read = new LinkedHashMap<>();
      for (CustomFieldType type : FAILURES.call("reading job custom field types", () -> client.jobs().customFieldTypes().stream().toList())) {
        read.put(type.name(), type.id());
      }
      types = java.util.Collections.unmodifiableMap(read);
      customFieldTypes = types;
    }
    Long id = types.get(name);
    if (id == null) {
      throw invalid("ServiceTitan has no job custom field named '" + name + "'; fields: " + types.keySet());
    }
    return id;
  }

  FieldJob fieldJob(Job job) {
    FieldJob.Builder mapped = ServiceTitanMapping.fieldJob(job);
    externalIdOf(job).ifPresent(mapped::externalId);
    return mapped.build();
  }

  private Optional<String> externalIdOf(Job job) {
    return job.externalData().stream().filter(e -> e.key().equals(externalDataKey)).map(ExternalDataEntry::value).findFirst();
  }

  // ------------------------------------------------------------------ notes and attachments

  /** The notes of a job, oldest first, each with its author's name when it can be found. */
  @Override
  public List<Note> jobNotes(long jobId) {
    List<JobNote> notes = FAILURES.call("reading the notes of job " + jobId, () -> client.jobs().notes(jobId).stream().toList());
    Map<Long, String> authors = names.authorsOf(notes);
    return notes.stream()
        .map(note -> ServiceTitanMapping.note(note, authors.get(note.createdById())))
        .sorted(Comparator.comparing(Note::createdAt))
        .toList();
  }

  /** Adds a note; the note returned, written by this integration, carries no author. */
  @Override
  public Note addJobNote(long jobId, String text) {
    return ServiceTitanMapping.note(
        FAILURES.call("adding a note to job " + jobId, () -> client.jobs().addNote(jobId, text, false)), null);
  }

  @Override
  public List<Attachment> jobAttachments(long jobId) {
    return FAILURES
        .call("reading the attachments of job " + jobId, () -> client.attachments().list(jobId).stream().toList())
        .stream()
        .map(ServiceTitanMapping::attachment)
        .sorted(Comparator.comparing(Attachment::createdAt).thenComparing(Attachment::id))
        .toList();
  }

  @Override
  public byte[] downloadAttachment(long jobId, String attachmentId) {
    long id;
    try {
      id = Long.parseLong(attachmentId);
    } catch (NumberFormatException notAnId) {
      throw invalid("'" + attachmentId + "' is not a ServiceTitan attachment id");
    }
    return FAILURES.call("downloading attachment " + attachmentId + " of job " + jobId, () -> client.attachments().download(id));
  }

  // ------------------------------------------------------------------ leads

  @Override
  public List<CustomerCandidate> searchCustomers(Party party) {
    Map<Long, Customer> found = new LinkedHashMap<>();
    party.phone().filter(p -> !p.isBlank()).ifPresent(phone -> search(CustomerQuery.builder().phone(phone), found));
    party.address().ifPresent(address -> search(CustomerQuery.builder().street(address.street()).zip(address.zip()), found));
    if (!party.name().isBlank()) {
      search(CustomerQuery.builder().name(party.name()), found);
    }
    List<CustomerCandidate> candidates = new ArrayList<>();
    for (Customer customer : found.values()) {
      List<Location> locations = customer.locations();
      if (locations.isEmpty()) {
        locations =
            FAILURES.call(
                "reading the locations of customer " + customer.id(),
                () ->
                    client
                        .locations()
                        .list(LocationQuery.builder().customerId(customer.id()).active(ActiveFilter.TRUE).pageSize(50).build())
                        .stream()
                        .toList());
      }
      if (locations.isEmpty()) {
        candidates.add(ServiceTitanMapping.candidate(customer, null));
      }
      for (Location location : locations) {
        candidates.add(ServiceTitanMapping.candidate(customer, location));
      }
    }
    return candidates;
  }

  private void search(CustomerQuery.Builder query, Map<Long, Customer> found) {
    if (found.size() >= MAX_CUSTOMER_CANDIDATES) {
      return;
    }
    List<Customer> customers =
        FAILURES.call(
            "searching customers",
            () ->
                client
                    .customers()
                    .list(query.active(ActiveFilter.TRUE).pageSize(MAX_CUSTOMER_CANDIDATES).build())
                    .withMaxPages(1)
                    .stream()
                    .toList());
    for (Customer customer : customers) {
      if (found.size() < MAX_CUSTOMER_CANDIDATES) {
        found.putIfAbsent(customer.id(), customer);
      }
    }
  }

  @Override
  public Booking createLeadBooking(LeadBookingRequest request) {
    List<Contact> contacts = new ArrayList<>();
    request.contact().phone().filter(p -> !p.isBlank())
        .ifPresent(phone -> contacts.add(Contact.builder().type(ContactType.PHONE).value(phone).build()));
    request.contact().email().filter(e -> !e.isBlank())
        .ifPresent(email -> contacts.add(Contact.builder().type(ContactType.EMAIL).value(email).build()));
    BookingRequest booking = request.booking();
    NewBooking.Builder create = newBooking(booking, request.firstTimeClient(), contacts);
    if (booking.address().isEmpty()) {
      request.contact().address().map(ServiceTitanMapping::address).ifPresent(create::address);
    }
    return FAILURES.call(
        "creating the booking for alert " + booking.externalId(), () -> mapBooking(client.bookings().create(create.build())));
  }

  @Override
  public Optional<FollowUp> findFollowUpByExternalId(String externalId) {
    return FAILURES.call(
        "finding the follow-up for alert " + externalId,
        () ->
            client.leads().list(Optional.empty(), OptionalLong.empty(), ListFilter.none()).stream()
                .filter(lead -> lead.summary().flatMap(ServiceTitanFieldServicePlatform::alertMarker).filter(externalId::equals).isPresent())
                .findFirst()
                .map(lead -> ServiceTitanMapping.followUp(lead, externalId)));
  }

  @Override
  public Optional<FollowUp> followUp(long followUpId) {
    return orEmpty(
        () ->
            FAILURES.call(
                "reading lead " + followUpId,
                () -> {
                  io.workbridge.servicetitan.model.Lead lead = client.leads().get(followUpId);
                  return ServiceTitanMapping.followUp(
                      lead, lead.summary().flatMap(ServiceTitanFieldServicePlatform::alertMarker).orElse(""));
                }));
  }

  @Override
  public FollowUp createFollowUp(FollowUpRequest request) {
    NewLead.Builder lead =
        NewLead.builder()
            .campaignId(request.campaignId())
            .summary("[alert " + request.externalId() + "] " + request.source() + "\n" + request.summary())
            .followUpDate(request.followUpAt())
            .leadCustomerName(request.contact().name())
            .leadPhone(request.contact().phone())
            .leadEmail(request.contact().email());
    request.customerId().ifPresent(lead::customerId);
    request.locationId().ifPresent(lead::locationId);
    request.businessUnitId().ifPresent(lead::businessUnitId);
    request.jobTypeId().ifPresent(lead::jobTypeId);
    request.priority().map(Priority::fromWire).filter(p -> p != Priority.UNKNOWN).ifPresent(lead::priority);
    return FAILURES.call(
        "creating the follow-up for alert " + request.externalId(),
        () -> ServiceTitanMapping.followUp(client.leads().create(lead.build()), request.externalId()));
  }

  static Optional<String> alertMarker(String summary) {
    Matcher matcher = ALERT_MARKER.matcher(summary);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  // ------------------------------------------------------------------ helpers

  private static <T> Optional<T> orEmpty(java.util.function.Supplier<T> read) {
    try {
      return Optional.of(read.get());
    } catch (PlatformRejectedException rejected) {
      if (rejected.reason() == RejectionReason.NOT_FOUND) {
        return Optional.empty();
      }
      throw rejected;
    }
  }

  private static PlatformRejectedException invalid(String message) {
    return new PlatformRejectedException(RejectionReason.INVALID_REQUEST, message);
  }

  static Optional<RejectionReason> classify(ApiException failure) {
    if (failure instanceof ServiceTitanConflictException || failure.statusCode() == 409) {
      return Optional.of(RejectionReason.CONFLICT);
    }
    return Optional.empty();
  }

  /** Builds a {@link ServiceTitanFieldServicePlatform}. */
  public static final class Builder {
    private @Nullable ServiceTitanClient client;
    private String externalDataKey = "workbridge.externalId";
    private Duration appointmentLength = Duration.ofHours(2);
    private @Nullable Long defaultBusinessUnitId;
    private @Nullable Long defaultJobTypeId;
    private @Nullable Long defaultCampaignId;
    private Instant feedStart = Instant.EPOCH;
    private Clock clock = Clock.systemUTC();
    private Duration notesEvery = DEFAULT_NOTES_EVERY;
    private Duration invoicesEvery = DEFAULT_INVOICES_EVERY;
    private Duration timesheetsEvery = DEFAULT_TIMESHEETS_EVERY;

    private Builder() {}

    /**
     * The time source that decides when the notes and invoices feeds are due (default: system UTC).
     *
     * @param clock the time source that decides when the notes and invoices feeds are due (default: system
     *     UTC)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How often the change feed reads the job notes export (default 30 s; zero: on every read).
     *
     * @param interval how often the change feed reads the job notes export (default 30 s; zero: on every
     *     read)
     * @return this builder
     */
    public Builder notesEvery(Duration interval) {
      this.notesEvery = nonNegative(interval, "notesEvery");
      return this;
    }

    /**
     * How often the change feed reads the invoices export (default 5 min; zero: on every read).
     *
     * @param interval how often the change feed reads the invoices export (default 5 min; zero: on every
     *     read)
     * @return this builder
     */
    public Builder invoicesEvery(Duration interval) {
      this.invoicesEvery = nonNegative(interval, "invoicesEvery");
      return this;
    }

    /**
     * How often the change feed reads the timesheets export (arrivals) when the appointments export brought no
     * appointment in a status that implies an arrival (Working, Hold, Done) in the same read (default 5
     * min; zero: on every read). When it brought one, the timesheets are read at once: an arrival moves its
     * appointment to Working.
     *
     * @param interval how often the timesheets export is read without an arrival (default 5 min; zero: on
     *     every read)
     * @return this builder
     */
    public Builder timesheetsEvery(Duration interval) {
      this.timesheetsEvery = nonNegative(interval, "timesheetsEvery");
      return this;
    }

    private static Duration nonNegative(Duration interval, String name) {
      Objects.requireNonNull(interval, name);
      if (interval.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + interval);
      }
      return interval;
    }

    /**
     * Where the change feed starts when there is no cursor yet, e.g. the activation instant (default: the
     * beginning).
     *
     * @param start where the change feed starts when there is no cursor yet, e.g. the activation instant
     *     (default: the beginning)
     * @return this builder
     */
    public Builder feedStart(Instant start) {
      this.feedStart = Objects.requireNonNull(start, "start");
      return this;
    }

    /**
     * The client (required; the caller closes it). It needs a booking provider id for bookings and an
     * application GUID for the external ids of jobs the sync creates.
     *
     * @param client the client (required; the caller closes it)
     * @return this builder
     */
    public Builder client(ServiceTitanClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * The external-data key that carries a job's source record id (default {@code workbridge.externalId}).
     *
     * @param key the external-data key that carries a job's source record id (default {@code
     *     workbridge.externalId})
     * @return this builder
     */
    public Builder externalDataKey(String key) {
      if (key.isBlank()) {
        throw new IllegalArgumentException("externalDataKey must not be blank");
      }
      this.externalDataKey = key;
      return this;
    }

    /**
     * How long the first appointment of a created job lasts (default two hours).
     *
     * @param length how long the first appointment of a created job lasts (default two hours)
     * @return this builder
     */
    public Builder appointmentLength(Duration length) {
      if (length.isNegative() || length.isZero()) {
        throw new IllegalArgumentException("appointmentLength must be positive");
      }
      this.appointmentLength = length;
      return this;
    }

    /**
     * Business unit, job type and campaign for created jobs whose request names none.
     *
     * @param businessUnitId the ServiceTitan business unit's id
     * @param jobTypeId the ServiceTitan job type's id
     * @param campaignId the marketing campaign's id
     * @return this builder
     */
    public Builder jobDefaults(long businessUnitId, long jobTypeId, long campaignId) {
      this.defaultBusinessUnitId = businessUnitId;
      this.defaultJobTypeId = jobTypeId;
      this.defaultCampaignId = campaignId;
      return this;
    }

    /**
     * Builds the adapter.
     *
     * @return the adapter
     */
    public ServiceTitanFieldServicePlatform build() {
      if (client == null) {
        throw new IllegalStateException("ServiceTitanFieldServicePlatform cannot be built; missing: [client]");
      }
      return new ServiceTitanFieldServicePlatform(this);
    }
  }

  // ------------------------------------------------------------------ lead outcomes

  /**
   * One page of the bookings and one of the jobs export feeds, with a cursor of their own. See {@link
   * ServiceTitanLeadOutcomeFeed}.
   */
  @Override
  public ChangePage<FieldEvent> leadOutcomeChanges(Optional<String> cursor, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return leadOutcomes.changesSince(cursor);
  }
}
