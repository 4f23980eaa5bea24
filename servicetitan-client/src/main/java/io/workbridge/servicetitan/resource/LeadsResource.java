package io.workbridge.servicetitan.resource;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.internal.Feeds;
import io.workbridge.servicetitan.internal.Mapping;
import io.workbridge.servicetitan.internal.OpsApi;
import io.workbridge.servicetitan.internal.OpsMapping;
import io.workbridge.servicetitan.internal.OpsWire.CreateLeadDto;
import io.workbridge.servicetitan.internal.OpsWire.DismissLeadDto;
import io.workbridge.servicetitan.internal.OpsWire.FollowUpDto;
import io.workbridge.servicetitan.internal.QueryParams;
import io.workbridge.servicetitan.internal.StContext;
import io.workbridge.servicetitan.model.Lead;
import io.workbridge.servicetitan.model.LeadStatus;
import io.workbridge.servicetitan.model.ListFilter;
import io.workbridge.servicetitan.model.NewLead;
import io.workbridge.servicetitan.model.Priority;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Leads ({@code crm/v2/tenant/{tenant}/leads}): create, read, list, schedule a follow-up, dismiss — how
 * alerts that are not jobs yet reach the contractor's Follow Ups screen.
 */
public final class LeadsResource {
  private final StContext context;
  private final OpsApi api;

  /**
   * Created by the client; not for direct use.
   *
   * @param context the client's shared state
   */
  public LeadsResource(StContext context) {
    this.context = context;
    this.api = context.apis().ops();
  }

  /**
   * Creates a lead.
   *
   * @param lead the lead
   * @return the created lead
   */
  public Lead create(NewLead lead) {
    Objects.requireNonNull(lead, "lead");
    CreateLeadDto body =
        new CreateLeadDto(
            lead.campaignId(),
            lead.summary(),
            Mapping.orNull(lead.customerId()),
            Mapping.orNull(lead.locationId()),
            Mapping.orNull(lead.businessUnitId()),
            Mapping.orNull(lead.jobTypeId()),
            lead.priority().map(Priority::wireName).orElse(null),
            Mapping.orNull(lead.callReasonId()),
            lead.followUpDate().orElse(null),
            Mapping.nullIfEmpty(lead.tagTypeIds()),
            lead.leadCustomerName().orElse(null),
            lead.leadPhone().orElse(null),
            lead.leadEmail().orElse(null));
    return Mapping.map("leads.create", api.createLead(context.tenantId(), body), OpsMapping::lead);
  }

  /**
   * Reads a lead.
   *
   * @param id the lead's id
   * @return the lead
   */
  public Lead get(long id) {
    return Mapping.map("leads.get", api.getLead(context.tenantId(), id), OpsMapping::lead);
  }

  /**
   * {@return leads with the status (any when empty) and of the customer (any when empty), within the filter's
   * ranges}
   *
   * @param status the lead status to match, or empty for any
   * @param customerId the ServiceTitan customer's id
   * @param filter the paging and modification-date filter
   */
  public PageIterable<Lead> list(Optional<LeadStatus> status, OptionalLong customerId, ListFilter filter) {
    if (filter.active().isPresent()) {
      throw new IllegalArgumentException("the lead list has no active filter; use the status");
    }
    Map<String, String> params =
        new QueryParams()
            .list("ids", filter.ids())
            .put("status", status)
            .put("customerId", customerId)
            .put("createdBefore", filter.createdBefore())
            .put("createdOnOrAfter", filter.createdOnOrAfter())
            .put("modifiedBefore", filter.modifiedBefore())
            .put("modifiedOnOrAfter", filter.modifiedOnOrAfter())
            .build();
    return Feeds.pages(
        "leads.list",
        context.pageSize(filter.pageSize()),
        (page, size) -> api.listLeads(context.tenantId(), page, size, params),
        OpsMapping::lead);
  }

  /**
   * Schedules a follow-up on a lead (it appears in Follow Ups on that date).
   *
   * @param id the lead
   * @param followUpDate when to follow up
   * @param text a note for the CSR, or null
   * @param pinToTop whether to pin the note
   */
  public void followUp(long id, Instant followUpDate, @Nullable String text, boolean pinToTop) {
    Mapping.map(
        "leads.followUp",
        api.followUpLead(context.tenantId(), id, new FollowUpDto(Objects.requireNonNull(followUpDate), text, pinToTop)),
        dto -> dto);
  }

  /**
   * Dismisses a lead with a reason (a call reason id).
   *
   * @param id the lead's id
   * @param dismissingReasonId the id of the call reason for the dismissal
   */
  public void dismiss(long id, long dismissingReasonId) {
    api.dismissLead(context.tenantId(), id, new DismissLeadDto(dismissingReasonId));
  }
}
