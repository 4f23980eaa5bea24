package io.workbridge.sync.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One change on the ServiceTitan side, as read by {@code FieldServicePlatform#changesSince}. The
 * work-order workflow turns these into ServiceChannel actions; unrelated events (e.g. bookings made
 * from leads) are skipped.
 */
public sealed interface FieldEvent {

  /** {@return when the change happened} */
  Instant occurredAt();

  /** {@return a short stable description for logs and reports, e.g. {@code "booking 12 ACCEPTED"}} */
  String describe();

  /**
   * A booking changed (accepted, dismissed, converted).
   *
   * @param booking the booking as it now is
   */
  record BookingChanged(Booking booking) implements FieldEvent {
    /**
     * Checks the booking is present.
     *
     * @param booking the booking as it now is
     */
    public BookingChanged {
      Objects.requireNonNull(booking, "booking");
    }

    @Override
    public Instant occurredAt() {
      return booking.modifiedAt();
    }

    @Override
    public String describe() {
      return "booking " + booking.id() + " " + booking.status();
    }
  }

  /**
   * A job appeared or changed.
   *
   * @param job the job as it now is
   */
  record JobChanged(FieldJob job) implements FieldEvent {
    /**
     * Checks the job is present.
     *
     * @param job the job as it now is
     */
    public JobChanged {
      Objects.requireNonNull(job, "job");
    }

    @Override
    public Instant occurredAt() {
      return job.modifiedAt();
    }

    @Override
    public String describe() {
      return "job " + job.id() + " " + job.status();
    }
  }

  /**
   * An appointment changed status.
   *
   * @param appointment the appointment as it now is
   */
  record AppointmentChanged(Appointment appointment) implements FieldEvent {
    /**
     * Checks the appointment is present.
     *
     * @param appointment the appointment as it now is
     */
    public AppointmentChanged {
      Objects.requireNonNull(appointment, "appointment");
    }

    @Override
    public Instant occurredAt() {
      return appointment.modifiedAt();
    }

    @Override
    public String describe() {
      return "appointment " + appointment.id() + " " + appointment.status();
    }
  }

  /**
   * A technician arrived.
   *
   * @param arrival the arrival
   */
  record TechnicianArrived(TechnicianArrival arrival) implements FieldEvent {
    /**
     * Checks the arrival is present.
     *
     * @param arrival the arrival
     */
    public TechnicianArrived {
      Objects.requireNonNull(arrival, "arrival");
    }

    @Override
    public Instant occurredAt() {
      return arrival.arrivedAt();
    }

    @Override
    public String describe() {
      return "technician " + arrival.technicianId() + " arrived on job " + arrival.jobId();
    }
  }

  /**
   * A job note was written or edited.
   *
   * @param jobId the job
   * @param note the note as it now is
   */
  record JobNoteChanged(long jobId, Note note) implements FieldEvent {
    /**
     * Checks the note is present.
     *
     * @param jobId the job
     * @param note the note as it now is
     */
    public JobNoteChanged {
      Objects.requireNonNull(note, "note");
    }

    @Override
    public Instant occurredAt() {
      return note.modifiedAt().orElse(note.createdAt());
    }

    @Override
    public String describe() {
      return "note " + note.id() + " on job " + jobId;
    }
  }

  /**
   * A file was attached to a job.
   *
   * @param jobId the job
   * @param attachment the attachment
   */
  record JobAttachmentAdded(long jobId, Attachment attachment) implements FieldEvent {
    /**
     * Checks the attachment is present.
     *
     * @param jobId the job
     * @param attachment the attachment
     */
    public JobAttachmentAdded {
      Objects.requireNonNull(attachment, "attachment");
    }

    @Override
    public Instant occurredAt() {
      return attachment.createdAt();
    }

    @Override
    public String describe() {
      return "attachment " + attachment.id() + " on job " + jobId;
    }
  }

  /**
   * An invoice appeared or changed status.
   *
   * @param invoice the invoice as it now is
   */
  record InvoiceChanged(Invoice invoice) implements FieldEvent {
    /**
     * Checks the invoice is present.
     *
     * @param invoice the invoice as it now is
     */
    public InvoiceChanged {
      Objects.requireNonNull(invoice, "invoice");
    }

    @Override
    public Instant occurredAt() {
      return invoice.modifiedAt();
    }

    @Override
    public String describe() {
      return "invoice " + invoice.id() + " " + invoice.status();
    }
  }
}
