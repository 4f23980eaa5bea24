package io.workbridge.demo;

import io.workbridge.sync.mapping.LeadDropReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One vendor alert of the demo: what it is, whether SPEC says it becomes a booking, and what the CSRs do. */
final class AlertPlan {
  final String account;
  final String type;
  final String severity;
  /** Why SPEC says it must not be posted; empty when it must become a booking (LD-1). */
  final Optional<LeadDropReason> dropped;

  String id = "";
  /** The dealer dismisses it in the vendor's dashboard before the first sync. */
  boolean dismissedByDealer;
  /** The vendor sends it again (a new reading) after it was posted (LD-10). */
  boolean resent;
  /** A CSR converts its booking into a job (outcome SCHEDULED). */
  boolean converted;
  /** The job is completed (outcome RESOLVED). */
  boolean completed;
  /** A CSR dismisses its booking (outcome DISMISSED). */
  boolean dismissedByCsr;
  @Nullable Long bookingId;
  @Nullable Long jobId;
  @Nullable Long appointmentId;
  /** The outcomes SPEC's follow-through requires to be written back, in order. */
  final List<String> expectedOutcomes = new ArrayList<>();

  AlertPlan(String account, String type, String severity, Optional<LeadDropReason> dropped) {
    this.account = account;
    this.type = type;
    this.severity = severity;
    this.dropped = dropped;
  }

  /** How the alert is named in messages. */
  String label() {
    return "alert " + id + " (" + type + ", " + severity + ")";
  }
}
