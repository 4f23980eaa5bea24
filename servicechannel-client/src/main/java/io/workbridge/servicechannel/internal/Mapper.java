package io.workbridge.servicechannel.internal;

import io.workbridge.client.InvalidResponseException;
import io.workbridge.servicechannel.model.Company;
import io.workbridge.servicechannel.model.Counts;
import io.workbridge.servicechannel.model.GpsRadius;
import io.workbridge.servicechannel.model.Invoice;
import io.workbridge.servicechannel.model.Location;
import io.workbridge.servicechannel.model.Note;
import io.workbridge.servicechannel.model.NoteType;
import io.workbridge.servicechannel.model.StatusCatalog;
import io.workbridge.servicechannel.model.StatusDefinition;
import io.workbridge.servicechannel.model.WorkOrder;
import io.workbridge.servicechannel.model.WorkOrderStatus;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Maps wire records to the public models. */
public final class Mapper {
  private Mapper() {}

  /** A work order; {@code operation} names the call for errors about missing required fields. */
  public static WorkOrder workOrder(Wire.WorkOrder wire, String operation, String jsonPath) {
    if (wire.id() == null) {
      throw new InvalidResponseException(operation, jsonPath + ".Id", "the work order has no Id", null);
    }
    Location location = wire.location() == null ? null : location(wire.location(), wire.locationId());
    if (location == null && wire.locationId() != null && wire.locationId() > 0) {
      location = Location.builder().id(wire.locationId()).build();
    }
    ZoneId zone = location == null ? null : location.timeZone().orElse(null);
    WorkOrder.Builder builder = WorkOrder.builder();
    builder
        .id(wire.id())
        .number(wire.number() == null || wire.number().isBlank() ? String.valueOf(wire.id()) : wire.number())
        .purchaseNumber(Values.text(wire.purchaseNumber()))
        .status(status(wire.status()))
        .subscriber(company(wire.subscriber()))
        .provider(company(wire.provider()))
        .location(java.util.Optional.ofNullable(location))
        .trade(Values.text(wire.trade()))
        .category(Values.text(wire.category()))
        .priority(Values.text(wire.priority()))
        .description(Values.text(wire.description()))
        .caller(Values.text(wire.caller()))
        .resolution(Values.text(wire.resolution()))
        .nte(Values.amount(wire.nte(), operation, jsonPath + ".Nte"))
        .callDate(ScDates.resolve(wire.callDate(), wire.callDateDto(), zone))
        .scheduledLocal(ScDates.local(wire.scheduledDate(), wire.scheduledDateDto()))
        .completedDate(ScDates.resolve(wire.completedDate(), wire.completedDateDto(), zone))
        .expirationLocal(ScDates.local(wire.expirationDate(), wire.expirationDateDto()))
        .storeOffset(ScDates.offset(wire.callDateDto()).or(() -> ScDates.offset(wire.createdDateDto())))
        .createdDate(ScDates.resolve(wire.createdDate(), wire.createdDateDto(), zone))
        .updatedDate(ScDates.resolve(wire.updatedDate(), wire.updatedDateDto(), zone))
        .invoiced(Values.bool(wire.isInvoiced()))
        .checkInDenied(Values.bool(wire.isCheckInDenied()))
        .checkInDeniedReason(Values.text(wire.checkInDeniedReason()))
        .attachmentsCount(counts(wire.attachments() == null ? null : wire.attachments().count()));
    if (wire.notes() != null) {
      builder.notesCount(counts(wire.notes().count()));
      Wire.Note last = wire.notes().last();
      if (last != null && last.id() != null && last.id() > 0) {
        builder.lastNote(note(last, operation, jsonPath + ".Notes.Last"));
      }
    }
    if (wire.tradeId() != null && wire.tradeId() > 0) {
      builder.tradeId(wire.tradeId());
    }
    if (wire.categoryId() != null && wire.categoryId() > 0) {
      builder.categoryId(wire.categoryId());
    }
    String currency =
        wire.currency() != null && wire.currency().alphabeticalCode() != null
            ? wire.currency().alphabeticalCode()
            : wire.currencyAlphabeticalCode();
    builder.currency(Values.text(currency));
    return builder.build();
  }

  private static java.util.Optional<Counts> counts(Wire.@Nullable Count count) {
    if (count == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        Counts.of(
            Values.decimal(count.own()).map(BigDecimal::longValue).orElse(0L),
            Values.decimal(count.total()).map(BigDecimal::longValue).orElse(0L)));
  }

  /** A status; missing parts become empty strings. */
  public static WorkOrderStatus status(Wire.@Nullable Status status) {
    if (status == null) {
      return WorkOrderStatus.of("", "");
    }
    return WorkOrderStatus.of(
        status.primary() == null ? "" : status.primary().trim(),
        status.extended() == null ? "" : status.extended().trim());
  }

  private static java.util.Optional<Company> company(Wire.@Nullable Company company) {
    if (company == null || company.id() == null || company.id() <= 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        Company.builder().id(company.id()).name(Values.text(company.name())).build());
  }

  /** A location read on its own ({@code GET /locations/{id}}); {@code requestedId} fills a missing Id. */
  public static Location standaloneLocation(Wire.Location wire, long requestedId) {
    Location location = location(wire, Long.valueOf(requestedId));
    return location != null ? location : Location.builder().id(requestedId).build();
  }

  private static @Nullable Location location(Wire.Location wire, @Nullable Long topLevelId) {
    Long id = wire.id() != null && wire.id() > 0 ? wire.id() : topLevelId;
    if (id == null || id <= 0) {
      return null;
    }
    Location.Builder builder =
        Location.builder()
            .id(id)
            .storeId(java.util.Optional.ofNullable(wire.storeId()))
            .name(Values.text(wire.name()))
            .region(Values.text(wire.region()))
            .district(Values.text(wire.district()))
            .address1(Values.text(wire.address1()))
            .address2(Values.text(wire.address2()))
            .city(Values.text(wire.city()))
            .state(Values.text(wire.state()))
            .zip(Values.text(wire.zip()))
            .country(Values.text(wire.country()))
            .latitude(Values.dbl(wire.latitude()))
            .longitude(Values.dbl(wire.longitude()))
            .radius(Values.dbl(wire.radius()))
            .phone(Values.text(wire.phone()))
            .timeZone(ScDates.zone(wire.timeZoneIanaName()).or(() -> ScDates.zone(wire.timezoneName())));
    if (wire.subscriberId() != null && wire.subscriberId() > 0) {
      builder.subscriberId(wire.subscriberId());
    }
    return builder.build();
  }

  /** The GPS radius of a work order; (0, 0) coordinates count as none. */
  public static GpsRadius gpsRadius(Wire.GpsRadius wire, long requestedWorkOrderId) {
    GpsRadius.Builder builder =
        GpsRadius.builder()
            .workOrderId(wire.workOrderId() != null && wire.workOrderId() > 0 ? wire.workOrderId() : requestedWorkOrderId)
            .radius(Values.dbl(wire.radius()));
    if (wire.locationId() != null && wire.locationId() > 0) {
      builder.locationId(wire.locationId());
    }
    java.util.OptionalDouble latitude = Values.dbl(wire.latitude());
    java.util.OptionalDouble longitude = Values.dbl(wire.longitude());
    boolean zeros =
        latitude.isPresent() && longitude.isPresent() && latitude.getAsDouble() == 0 && longitude.getAsDouble() == 0;
    if (!zeros) {
      builder.latitude(latitude).longitude(longitude);
    }
    return builder.build();
  }

  /** An invoice of the OData list. */
  public static Invoice invoice(Wire.Invoice wire, String operation, String jsonPath) {
    if (wire.id() == null) {
      throw new InvalidResponseException(operation, jsonPath + ".Id", "the invoice has no Id", null);
    }
    Invoice.Builder builder =
        Invoice.builder()
            .id(wire.id())
            .number(wire.number() == null ? "" : wire.number())
            .status(Values.text(wire.status()))
            .total(Values.decimal(wire.total()))
            .tax(Values.decimal(wire.tax()))
            .balance(Values.decimal(wire.balance()))
            .currency(Values.text(wire.currency() == null ? null : wire.currency().alphabeticalCode()))
            .invoiceDate(ScDates.parse(wire.invoiceDate(), null))
            .postedDate(ScDates.parse(wire.postedDate(), null))
            .approvedDate(ScDates.parse(wire.approvedDate(), null))
            .paidDate(ScDates.parse(wire.paidDate(), null))
            .updatedDate(ScDates.parse(wire.updatedDate(), null));
    if (wire.workOrderId() != null && wire.workOrderId() > 0) {
      builder.workOrderId(wire.workOrderId());
    }
    return builder.build();
  }

  /** A status catalogue; extended names come from {@code Extended} and {@code ExtendedStatuses}. */
  public static StatusCatalog catalog(@Nullable List<Wire.StatusEntry> entries) {
    List<StatusDefinition> definitions = new ArrayList<>();
    if (entries != null) {
      for (Wire.StatusEntry entry : entries) {
        if (entry == null || entry.name() == null || entry.name().isBlank()) {
          continue;
        }
        Set<String> extended = new LinkedHashSet<>();
        if (entry.extended() != null) {
          entry.extended().stream().filter(e -> e != null && !e.isBlank()).map(String::trim).forEach(extended::add);
        }
        if (entry.extendedStatuses() != null) {
          entry.extendedStatuses().stream()
              .filter(e -> e != null && e.name() != null && !e.name().isBlank())
              .map(e -> e.name().trim())
              .forEach(extended::add);
        }
        definitions.add(
            StatusDefinition.builder().primary(entry.name().trim()).addAllExtended(extended).build());
      }
    }
    return StatusCatalog.of(definitions);
  }

  /** A note. */
  public static Note note(Wire.Note wire, String operation, String jsonPath) {
    if (wire.id() == null) {
      throw new InvalidResponseException(operation, jsonPath + ".Id", "the note has no Id", null);
    }
    Note.Builder builder =
        Note.builder()
            .id(wire.id())
            .text(wire.noteData() == null ? "" : wire.noteData())
            .createdAt(ScDates.resolve(wire.dateCreated(), wire.dateCreatedDto(), null))
            .createdBy(Values.text(wire.createdBy()))
            .companyName(Values.text(wire.companyName()))
            .actionRequired(Values.bool(wire.actionRequired()))
            .mailedTo(Values.text(wire.mailedTo()))
            .visibility(Values.integer(wire.visibility()))
            .rawType(Values.text(wire.noteType()))
            .type(noteType(wire.noteType()));
    if (wire.number() != null) {
      builder.number(wire.number());
    }
    return builder.build();
  }

  private static NoteType noteType(@Nullable String raw) {
    if (raw == null) {
      return NoteType.UNKNOWN;
    }
    return switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "systemnote", "system" -> NoteType.SYSTEM;
      case "usersnote", "usernote", "user" -> NoteType.USER;
      default -> NoteType.UNKNOWN;
    };
  }
}
