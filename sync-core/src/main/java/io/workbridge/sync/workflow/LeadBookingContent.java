package io.workbridge.sync.workflow;

import io.workbridge.sync.mapping.CustomerMatch;
import io.workbridge.sync.mapping.JobTypeResolution;
import io.workbridge.sync.model.AlertSeverity;
import io.workbridge.sync.model.Lead;
import io.workbridge.sync.model.Party;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What goes into a booking or follow-up made from a lead (LD-1): the validation of the member, the
 * business unit (LD-7 before LD-4), the priority, the CSR's summary with the customer match's
 * confidence (LD-8) and the vendor's details.
 */
final class LeadBookingContent {

  private LeadBookingContent() {}

  /** Why the lead cannot become a booking (SDK-5), or empty when it can. */
  static Optional<String> validate(Lead lead) {
    Party member = lead.member();
    if (member.name().isBlank()) {
      return Optional.of("member name is missing");
    }
    boolean phone = member.phone().filter(p -> !p.isBlank()).isPresent();
    boolean email = member.email().filter(e -> !e.isBlank()).isPresent();
    if (!phone && !email && member.address().isEmpty()) {
      return Optional.of("member has no phone, e-mail or address");
    }
    return Optional.empty();
  }

  /** LD-7 assignment first (per profile, else per account), else the LD-4 mapping's unit. */
  static Optional<Long> businessUnit(Lead lead, JobTypeResolution jobType, LeadSyncConfig cfg) {
    return cfg.businessUnits().businessUnitFor(lead, jobType);
  }

  /** Critical alerts (and aliases of Critical) become Urgent bookings; other actionable ones High. */
  static String priority(Lead lead, LeadSyncConfig cfg) {
    return cfg.filter()
            .actionableSeverity(lead.severity())
            .filter(AlertSeverity.CRITICAL::equalsIgnoreCase)
            .isPresent()
        ? "Urgent"
        : "High";
  }

  /** The vendor's details plus the device's hub, thermostat and system, for the CSR (LD-1). */
  static Map<String, String> details(Lead lead) {
    Map<String, String> details = new LinkedHashMap<>(lead.details());
    lead.device()
        .ifPresent(
            device -> {
              device.hubId().ifPresent(v -> details.putIfAbsent("Hub", v));
              device.thermostatModel().ifPresent(v -> details.putIfAbsent("Thermostat", v));
              device.systemType().ifPresent(v -> details.putIfAbsent("System", v));
            });
    return details;
  }

  /** The booking summary: alert, job type, times, customer match with confidence, details. */
  static String summary(Lead lead, JobTypeResolution jobType, CustomerMatch match) {
    StringBuilder text = new StringBuilder();
    text.append(lead.type()).append(" (").append(lead.severity()).append(")");
    jobType.standardJobType().ifPresent(s -> text.append(" - ").append(s));
    if (jobType.outcome() == JobTypeResolution.Outcome.AMBIGUOUS) {
      text.append("\nJob type not pre-filled: several job types or business units are mapped.");
    }
    lead.scheduledAt().ifPresent(t -> text.append("\nPreferred time: ").append(t));
    text.append("\nSubmitted: ").append(lead.submittedAt());
    text.append("\nCustomer match: ").append(describe(match));
    details(lead).forEach((k, v) -> text.append('\n').append(k).append(": ").append(v));
    text.append("\nAlert id: ").append(lead.alertId());
    return text.toString();
  }

  /** The customer match in words, with its confidence and evidence (LD-8). */
  static String describe(CustomerMatch match) {
    String percent = Math.round(match.confidence() * 100) + "%";
    String signals =
        match.signals().stream()
            .sorted()
            .map(s -> s.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    String evidence = signals.isEmpty() ? "" : " on " + signals;
    switch (match.kind()) {
      case EXACT:
        return "exact (" + percent + ")";
      case NORMALISED:
        return "likely (" + percent + evidence + ")";
      case AMBIGUOUS:
        return "none - several customers equally likely (" + percent + evidence + ")";
      default:
        return match.confidence() > 0 ? "none (best " + percent + evidence + ")" : "none";
    }
  }
}
