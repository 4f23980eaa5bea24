package io.workbridge.servicetitan.internal;

import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.internal.OpsWire.CreateLeadDto;
import io.workbridge.servicetitan.internal.OpsWire.DismissLeadDto;
import io.workbridge.servicetitan.internal.OpsWire.FollowUpDto;
import io.workbridge.servicetitan.model.Lead;
import io.workbridge.servicetitan.model.LeadStatus;
import io.workbridge.servicetitan.model.ListFilter;
import io.workbridge.servicetitan.model.NewLead;
import io.workbridge.servicetitan.model.Priority;
import io.workbridge.servicetitan.resource.LeadsResource;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** The {@link LeadsResource} a client hands out: its calls over the module's HTTP API. */
public final class HttpLeadsResource implements LeadsResource {
  private final StContext context;
  private final OpsApi api;

  /** Creates the resource; the client calls this. */
  public HttpLeadsResource(StContext context) {
    this.context = context;
    this.api = context.apis().ops();
  }

  @Override
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

  @Override
  public Lead get(long id) {
    return Mapping.map("leads.get", api.getLead(context.tenantId(), id), OpsMapping::lead);
  }

  @Override
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

  @Override
  public void followUp(long id, Instant followUpDate, @Nullable String text, boolean pinToTop) {
    Mapping.map(
        "leads.followUp",
        api.followUpLead(context.tenantId(), id, new FollowUpDto(Objects.requireNonNull(followUpDate), text, pinToTop)),
        dto -> dto);
  }

  @Override
  public void dismiss(long id, long dismissingReasonId) {
    api.dismissLead(context.tenantId(), id, new DismissLeadDto(dismissingReasonId));
  }
}
