package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.model.Lead;
import io.workbridge.servicetitan.model.LeadStatus;
import io.workbridge.servicetitan.model.ListFilter;
import io.workbridge.servicetitan.model.NewLead;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Leads ({@code crm/v2/tenant/{tenant}/leads}): create, read, list, schedule a follow-up, dismiss — how
 * alerts that are not jobs yet reach the contractor's Follow Ups screen.
 */
public interface LeadsResource {
  /**
   * Creates a lead.
   *
   * @param lead the lead
   * @return the created lead
   */
  Lead create(NewLead lead);

  /**
   * Reads a lead.
   *
   * @param id the lead's id
   * @return the lead
   */
  Lead get(long id);

  /**
   * {@return leads with the status (any when empty) and of the customer (any when empty), within the filter's
   * ranges}
   *
   * @param status the lead status to match, or empty for any
   * @param customerId the ServiceTitan customer's id
   * @param filter the paging and modification-date filter
   */
  PageIterable<Lead> list(Optional<LeadStatus> status, OptionalLong customerId, ListFilter filter);

  /**
   * Schedules a follow-up on a lead (it appears in Follow Ups on that date).
   *
   * @param id the lead
   * @param followUpDate when to follow up
   * @param text a note for the CSR, or null
   * @param pinToTop whether to pin the note
   */
  void followUp(long id, Instant followUpDate, @Nullable String text, boolean pinToTop);

  /**
   * Dismisses a lead with a reason (a call reason id).
   *
   * @param id the lead's id
   * @param dismissingReasonId the id of the call reason for the dismissal
   */
  void dismiss(long id, long dismissingReasonId);
}
