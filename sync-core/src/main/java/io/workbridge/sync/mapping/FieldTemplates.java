package io.workbridge.sync.mapping;

import io.workbridge.sync.model.BookingRequest;
import io.workbridge.sync.model.IvrInfo;
import io.workbridge.sync.model.JobRequest;
import io.workbridge.sync.model.WorkOrder;
import io.workbridge.sync.model.WorkOrderLocation;
import io.workbridge.sync.store.CustomerLocation;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a booking or job made from a work order carries (SC-2): the work-order fields the integrator
 * chose, in the chosen order, plus the subscriber's IVR check-in instructions and PIN when
 * configured; and the job custom field that receives the NTE (SC-22).
 *
 * <p>The summary may contain the IVR PIN, a secret: it is sent to ServiceTitan (the technician needs
 * it) but never logged; request types redact it in {@code toString()}.
 */
@Value.Immutable
public abstract class FieldTemplates {

  private static final DateTimeFormatter SCHEDULED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  /** {@return the default templates: every field in the specification's order, no IVR, no NTE field} */
  public static FieldTemplates defaults() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the fields to write, in order; every field in the specification's order by default} */
  @Value.Default
  public List<WorkOrderField> fields() {
    return List.of(WorkOrderField.values());
  }

  /** {@return IVR check-in information per ServiceChannel subscriber id} */
  public abstract Map<Long, IvrInfo> ivr();

  /** {@return the ServiceTitan job custom field that receives the NTE (SC-22); none by default} */
  public abstract Optional<String> nteCustomField();

  /** {@return the booking source name} */
  @Value.Default
  public String source() {
    return "ServiceChannel";
  }

  /**
   * The summary text: one {@code Label: value} line per chosen field that has a value, in order, then
   * the IVR block when the subscriber has one configured.
   *
   * @param workOrder the work order
   * @return the summary
   */
  public String summary(WorkOrder workOrder) {
    List<String> lines = new ArrayList<>();
    for (WorkOrderField field : fields()) {
      value(field, workOrder).ifPresent(value -> lines.add(field.label() + ": " + value));
    }
    IvrInfo ivr = ivr().get(workOrder.subscriber().id());
    if (ivr != null) {
      lines.add("IVR check-in: " + ivr.instructions());
      ivr.phoneNumber().ifPresent(phone -> lines.add("IVR phone: " + phone));
      ivr.pin().ifPresent(pin -> lines.add("IVR PIN: " + pin));
    }
    return String.join("\n", lines);
  }

  /**
   * The booking request for a work order (SC-1, SC-2); its external id is the work order id.
   *
   * @param workOrder the work order
   * @return the request
   */
  public BookingRequest booking(WorkOrder workOrder) {
    BookingRequest.Builder builder =
        BookingRequest.builder()
            .externalId(Long.toString(workOrder.id()))
            .source(source())
            .name(customerName(workOrder))
            .summary(summary(workOrder))
            .address(workOrder.location().address())
            .phone(workOrder.location().phone());
    workOrder.scheduledAt().ifPresent(builder::start);
    return builder.build();
  }

  /**
   * The job request for a work order sent directly as a job (SC-4), with the NTE custom field when
   * configured (SC-22).
   *
   * @param workOrder the work order
   * @param customerLocation the ServiceTitan customer + location it maps to (SC-5)
   * @param rule the conversion rule that chose the job
   * @return the request
   */
  public JobRequest job(WorkOrder workOrder, CustomerLocation customerLocation, ConversionRule rule) {
    JobRequest.Builder builder =
        JobRequest.builder()
            .externalId(Long.toString(workOrder.id()))
            .customerId(Long.parseLong(customerLocation.customerId()))
            .locationId(Long.parseLong(customerLocation.locationId()))
            .summary(summary(workOrder))
            .priority(rule.fieldPriority())
            .businessUnitId(rule.businessUnitId())
            .jobTypeId(rule.jobTypeId())
            .campaignId(rule.campaignId())
            .customerPo(workOrder.purchaseNumber())
            .start(workOrder.scheduledAt());
    nteField(workOrder).ifPresent(entry -> builder.putCustomField(entry.getKey(), entry.getValue()));
    return builder.build();
  }

  /**
   * The NTE custom field and its value (the amount as plain text), when a field is configured and
   * the work order has an NTE (SC-22).
   *
   * @param workOrder the work order
   * @return field name and value
   */
  public Optional<Map.Entry<String, String>> nteField(WorkOrder workOrder) {
    if (nteCustomField().isEmpty() || workOrder.nte().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Map.entry(nteCustomField().get(), workOrder.nte().get().amountText()));
  }

  private static String customerName(WorkOrder workOrder) {
    WorkOrderLocation location = workOrder.location();
    String where = location.name().or(location::storeId).orElse("location " + location.id());
    return workOrder.subscriber().name() + " - " + where;
  }

  private static Optional<String> value(WorkOrderField field, WorkOrder workOrder) {
    switch (field) {
      case NUMBER:
        return Optional.of(workOrder.number());
      case PURCHASE_NUMBER:
        return workOrder.purchaseNumber();
      case SUBSCRIBER:
        return Optional.of(workOrder.subscriber().name());
      case LOCATION:
        return Optional.of(locationText(workOrder.location()));
      case TRADE:
        return workOrder.trade();
      case CATEGORY:
        return workOrder.category();
      case PRIORITY:
        return workOrder.priority();
      case NTE:
        return workOrder.nte().map(Object::toString);
      case DESCRIPTION:
        return workOrder.description();
      case CALLER:
        return workOrder.caller();
      case SCHEDULED_DATE:
        return workOrder
            .scheduledAt()
            .map(at -> SCHEDULED.format(at.atZone(workOrder.location().timeZone())));
      default:
        throw new IllegalStateException("unknown field " + field);
    }
  }

  private static String locationText(WorkOrderLocation location) {
    List<String> parts = new ArrayList<>();
    location.storeId().ifPresent(store -> parts.add("store " + store));
    location.name().ifPresent(parts::add);
    location
        .address()
        .ifPresent(
            address ->
                parts.add(
                    address.street()
                        + address.unit().map(unit -> " " + unit).orElse("")
                        + ", "
                        + address.city()
                        + ", "
                        + address.state()
                        + " "
                        + address.zip()));
    if (parts.isEmpty()) {
      parts.add("location " + location.id());
    }
    return String.join(", ", parts);
  }

  /** Builds {@link FieldTemplates} instances. */
  public static final class Builder extends ImmutableFieldTemplates.Builder {}
}
