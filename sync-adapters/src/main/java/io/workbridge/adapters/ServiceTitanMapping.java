package io.workbridge.adapters;

import io.workbridge.servicetitan.model.Customer;
import io.workbridge.servicetitan.model.Job;
import io.workbridge.servicetitan.model.JobNote;
import io.workbridge.servicetitan.model.Location;
import io.workbridge.servicetitan.model.Timesheet;
import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.Appointment;
import io.workbridge.sync.model.AppointmentStatus;
import io.workbridge.sync.model.Attachment;
import io.workbridge.sync.model.Booking;
import io.workbridge.sync.model.BookingStatus;
import io.workbridge.sync.model.CustomerCandidate;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.model.FollowUp;
import io.workbridge.sync.model.FollowUpStatus;
import io.workbridge.sync.model.Invoice;
import io.workbridge.sync.model.JobStatus;
import io.workbridge.sync.model.Money;
import io.workbridge.sync.model.Note;
import io.workbridge.sync.model.NoteOrigin;
import io.workbridge.sync.model.TechnicianArrival;
import java.math.BigDecimal;
import java.net.URLConnection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Maps ServiceTitan client models to the sync's model and back. */
final class ServiceTitanMapping {

  /** A record the sync cannot use; the message names the field. */
  static final class Unusable extends UnusableRecordException {
    private static final long serialVersionUID = 1L;

    Unusable(String message) {
      super(message);
    }
  }

  private static final String CURRENCY = "USD";

  private ServiceTitanMapping() {}

  /**
   * A booking.
   *
   * @param dismissalReason why it was dismissed, in words (the name of its {@code dismissingReasonId}), when
   *     it is dismissed with a reason
   */
  static Booking booking(io.workbridge.servicetitan.model.Booking booking, @Nullable String dismissalReason) {
    BookingStatus status = bookingStatus(booking.status());
    return Booking.builder()
        .id(booking.id())
        .externalId(booking.externalId())
        .status(status)
        .jobId(booking.jobId().isPresent() ? Optional.of(booking.jobId().getAsLong()) : Optional.empty())
        .dismissalReason(status == BookingStatus.DISMISSED ? Optional.ofNullable(dismissalReason) : Optional.empty())
        .name(booking.name())
        .summary(booking.summary().orElse(""))
        .modifiedAt(booking.modifiedOn())
        .build();
  }

  private static BookingStatus bookingStatus(io.workbridge.servicetitan.model.BookingStatus status) {
    return switch (status) {
      case NEW -> BookingStatus.NEW;
      case ACCEPTED -> BookingStatus.ACCEPTED;
      case DISMISSED -> BookingStatus.DISMISSED;
      case CONVERTED -> BookingStatus.CONVERTED;
      case UNKNOWN -> throw new Unusable("unknown booking status");
    };
  }

  static FieldJob.Builder fieldJob(Job job) {
    FieldJob.Builder mapped =
        FieldJob.builder()
            .id(job.id())
            .number(job.jobNumber())
            .customerId(job.customerId())
            .locationId(job.locationId())
            .status(jobStatus(job.jobStatus()))
            .modifiedAt(job.modifiedOn());
    job.bookingId().ifPresent(mapped::bookingId);
    job.customFields()
        .forEach(field -> field.name().ifPresent(name -> field.value().ifPresent(value -> mapped.putCustomField(name, value))));
    return mapped;
  }

  private static JobStatus jobStatus(io.workbridge.servicetitan.model.JobStatus status) {
    return switch (status) {
      case SCHEDULED -> JobStatus.SCHEDULED;
      case DISPATCHED -> JobStatus.DISPATCHED;
      case IN_PROGRESS -> JobStatus.IN_PROGRESS;
      case HOLD -> JobStatus.HOLD;
      case COMPLETED -> JobStatus.COMPLETED;
      case CANCELED -> JobStatus.CANCELED;
      case UNKNOWN -> throw new Unusable("unknown job status");
    };
  }

  static Appointment appointment(io.workbridge.servicetitan.model.Appointment appointment, List<Long> technicianIds) {
    return Appointment.builder()
        .id(appointment.id())
        .jobId(appointment.jobId())
        .status(appointmentStatus(appointment.status()))
        .technicianIds(technicianIds)
        .modifiedAt(appointment.modifiedOn())
        .build();
  }

  private static AppointmentStatus appointmentStatus(io.workbridge.servicetitan.model.AppointmentStatus status) {
    return switch (status) {
      case SCHEDULED -> AppointmentStatus.SCHEDULED;
      case DISPATCHED -> AppointmentStatus.DISPATCHED;
      case WORKING -> AppointmentStatus.WORKING;
      case HOLD -> AppointmentStatus.HOLD;
      case DONE -> AppointmentStatus.DONE;
      case CANCELED -> AppointmentStatus.CANCELED;
      case UNKNOWN -> throw new Unusable("unknown appointment status");
    };
  }

  static TechnicianArrival arrival(Timesheet timesheet, Optional<String> technicianName) {
    return TechnicianArrival.builder()
        .jobId(timesheet.jobId())
        .appointmentId(timesheet.appointmentId())
        .technicianId(timesheet.technicianId())
        .technicianName(technicianName)
        .arrivedAt(timesheet.arrivedOn().orElseThrow(() -> new Unusable("timesheet without arrivedOn")))
        .build();
  }

  /**
   * A job note.
   *
   * @param author the name of the technician or employee who wrote it (its {@code createdById}), when known
   */
  static Note note(JobNote note, @Nullable String author) {
    Note.Builder mapped =
        Note.builder()
            .id(note.id().isPresent() ? Long.toString(note.id().getAsLong()) : note.jobId().orElse(0) + "@" + note.createdOn())
            .origin(NoteOrigin.PROVIDER)
            .text(note.text())
            .author(Optional.ofNullable(author))
            .createdAt(note.createdOn());
    if (note.modifiedOn().isAfter(note.createdOn())) {
      mapped.modifiedAt(note.modifiedOn());
    }
    return mapped.build();
  }

  static Attachment attachment(io.workbridge.servicetitan.model.Attachment attachment) {
    Attachment.Builder mapped =
        Attachment.builder()
            .id(Long.toString(attachment.id()))
            .fileName(attachment.fileName())
            .createdAt(attachment.createdOn().orElse(Instant.EPOCH));
    Optional.ofNullable(URLConnection.guessContentTypeFromName(attachment.fileName())).ifPresent(mapped::contentType);
    return mapped.build();
  }

  static Invoice invoice(io.workbridge.servicetitan.model.Invoice invoice) {
    long jobId = invoice.jobId().orElseThrow(() -> new Unusable("invoice " + invoice.id() + " has no job"));
    BigDecimal total = invoice.total().orElseThrow(() -> new Unusable("invoice " + invoice.id() + " has no total"));
    BigDecimal tax = invoice.salesTax().orElse(BigDecimal.ZERO);
    Invoice.Builder mapped =
        Invoice.builder()
            .id(invoice.id())
            .number(invoice.referenceNumber().filter(n -> !n.isBlank()).orElse(Long.toString(invoice.id())))
            .jobId(jobId)
            .status(invoice.syncStatus().wireName().isEmpty() ? "Unknown" : invoice.syncStatus().wireName())
            .invoiceDate(invoice.invoiceDate().orElse(invoice.createdOn()))
            .subTotal(new Money(invoice.subTotal().orElse(total.subtract(tax)), CURRENCY))
            .tax(new Money(tax, CURRENCY))
            .total(new Money(total, CURRENCY))
            .modifiedAt(invoice.modifiedOn().orElse(invoice.createdOn()));
    invoice.summary().filter(s -> !s.isBlank()).ifPresent(mapped::summary);
    return mapped.build();
  }

  static io.workbridge.servicetitan.model.Address address(Address address) {
    return io.workbridge.servicetitan.model.Address.builder()
        .street(address.street())
        .unit(address.unit())
        .city(address.city())
        .state(address.state())
        .zip(address.zip())
        .country(address.country())
        .build();
  }

  static Address address(io.workbridge.servicetitan.model.Address address) {
    return Address.builder()
        .street(address.street())
        .unit(address.unit())
        .city(address.city())
        .state(address.state())
        .zip(address.zip())
        .country(address.country().isBlank() ? "USA" : address.country())
        .build();
  }

  static CustomerCandidate candidate(Customer customer, @Nullable Location location) {
    CustomerCandidate.Builder candidate = CustomerCandidate.builder().customerId(customer.id()).name(customer.name());
    customer.contacts().forEach(contact -> addContact(candidate, contact));
    if (location != null) {
      candidate.locationId(location.id());
      location.contacts().forEach(contact -> addContact(candidate, contact));
      location.address().or(customer::address).map(ServiceTitanMapping::address).ifPresent(candidate::address);
    } else {
      customer.address().map(ServiceTitanMapping::address).ifPresent(candidate::address);
    }
    return candidate.build();
  }

  private static void addContact(CustomerCandidate.Builder candidate, io.workbridge.servicetitan.model.Contact contact) {
    switch (contact.type()) {
      case PHONE, MOBILE_PHONE -> candidate.addPhones(contact.value());
      case EMAIL -> candidate.addEmails(contact.value());
      default -> {}
    }
  }

  static FollowUp followUp(io.workbridge.servicetitan.model.Lead lead, String externalId) {
    FollowUpStatus status =
        switch (lead.status()) {
          case OPEN -> FollowUpStatus.OPEN;
          case DISMISSED -> FollowUpStatus.DISMISSED;
          case CONVERTED -> FollowUpStatus.CONVERTED;
          case UNKNOWN -> throw new Unusable("unknown lead status");
        };
    return FollowUp.builder().id(lead.id()).externalId(externalId).status(status).build();
  }
}
