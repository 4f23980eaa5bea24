package io.workbridge.testkit.servicechannel;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of one simulated work order as ServiceChannel holds it, for assertions about what an
 * integration did: status and its history, notes, technician visits (check-in/check-out), attachments and
 * whether it is invoiced.
 *
 * @param id the tracking number
 * @param subscriberId the subscriber that issued it
 * @param locationId the location (store)
 * @param status the current status as {@code PRIMARY/EXTENDED}
 * @param statusChanges every status change, oldest first
 * @param notes every note (system notes included), oldest first
 * @param visits every check-in, oldest first
 * @param attachmentNames the attachments' names, oldest first
 * @param invoiced whether an invoice was submitted
 */
public record WorkOrderState(
    long id,
    long subscriberId,
    long locationId,
    String status,
    List<StatusChange> statusChanges,
    List<Note> notes,
    List<Visit> visits,
    List<String> attachmentNames,
    boolean invoiced) {

  /**
   * Copies the lists.
   *
   * @param id the tracking number
   * @param subscriberId the subscriber that issued it
   * @param locationId the location (store)
   * @param status the current status as {@code PRIMARY/EXTENDED}
   * @param statusChanges every status change, oldest first
   * @param notes every note (system notes included), oldest first
   * @param visits every check-in, oldest first
   * @param attachmentNames the attachments' names, oldest first
   * @param invoiced whether an invoice was submitted
   */
  public WorkOrderState {
    statusChanges = List.copyOf(statusChanges);
    notes = List.copyOf(notes);
    visits = List.copyOf(visits);
    attachmentNames = List.copyOf(attachmentNames);
  }

  /**
   * One status change.
   *
   * @param from the status before, {@code PRIMARY/EXTENDED} (a blank extended status leaves just the primary)
   * @param to the status after, same format
   * @param actor the user who changed it ({@link ServiceChannelSimulator#USERNAME} for the API user)
   * @param at when
   */
  public record StatusChange(String from, String to, String actor, Instant at) {}

  /**
   * One note.
   *
   * @param id the note id
   * @param text the text
   * @param createdBy the author's display name as {@code CreatedBy} shows it ({@link
   *     ServiceChannelSimulator#USER_DISPLAY_NAME} for the API user, {@code "."} for system notes)
   * @param companyName the writer's company: the subscriber's, or {@link ServiceChannelSimulator#PROVIDER_NAME}
   * @param actionRequired whether it was flagged Action Required
   * @param system whether ServiceChannel wrote it (status changes, NTE changes)
   */
  public record Note(long id, String text, String createdBy, String companyName, boolean actionRequired, boolean system) {}

  /**
   * One technician visit.
   *
   * @param userId the ServiceChannel user checked in
   * @param checkedIn when the technician checked in
   * @param checkedOut when the technician checked out, or null while on site
   */
  public record Visit(long userId, Instant checkedIn, @Nullable Instant checkedOut) {}
}
