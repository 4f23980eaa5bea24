package io.workbridge.testkit.servicechannel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The simulator's mutable state records; guarded by the simulator's lock. */
final class ScState {
  private ScState() {}

  /**
   * A ServiceChannel user as responses name it: {@code CreatedBy} shows the display name, {@code UpdatedBy} of
   * webhooks the whole record.
   */
  record User(long id, String login, String displayName, String email, long providerId) {}

  /** A location: what {@code GET /locations/{id}} shows; work orders embed only a few of these fields. */
  static final class Location {
    long id;
    long subscriberId;
    String storeId = "";
    String name = "";
    String region = "";
    String district = "";
    String address1 = "";
    String address2 = "";
    String city = "";
    String state = "";
    String zip = "";
    String country = "";
    String phone = "";
    @Nullable Double latitude;
    @Nullable Double longitude;
    double radiusMiles;
    ZoneId zone = ZoneId.of("America/New_York");

    boolean hasCoordinates() {
      return latitude != null && longitude != null;
    }
  }

  /** A work order. */
  static final class WorkOrder {
    long id;
    String number = "";
    String purchaseNumber = "";
    long subscriberId;
    long locationId;
    String primary = "OPEN";
    String extended = "";
    String trade = "";
    long tradeId;
    String category = "";
    long categoryId;
    String priority = "";
    String description = "";
    String caller = "";
    String resolution = "";
    BigDecimal nte = BigDecimal.ZERO;
    String currency = "USD";
    Instant callDate = Instant.EPOCH;
    Instant createdDate = Instant.EPOCH;
    Instant updatedDate = Instant.EPOCH;
    /** The store's wall-clock time, as ServiceChannel stores it. */
    @Nullable LocalDateTime scheduledLocal;
    @Nullable Instant completedDate;
    /** The store's wall-clock time, as ServiceChannel stores it. */
    @Nullable LocalDateTime expirationLocal;
    boolean accepted;
    boolean declined;
    boolean invoiced;
    boolean onHold;
    boolean assignedToProvider = true;
    final List<Note> notes = new ArrayList<>();
    final List<Attachment> attachments = new ArrayList<>();
    final List<WorkActivity> activities = new ArrayList<>();
    final List<WorkOrderState.StatusChange> statusChanges = new ArrayList<>();
  }

  /** A note. */
  static final class Note {
    long id;
    int number;
    String text = "";
    Instant created = Instant.EPOCH;
    /** The author's display name ({@code "."} for system notes), as {@code CreatedBy} shows it. */
    String createdBy = "";
    String companyName = "";
    /** Whether the provider wrote it (counted in {@code Notes.Count.Own}). */
    boolean byProvider;
    boolean actionRequired;
    String mailedTo = "";
    int visibility;
    boolean system;
  }

  /** An attachment. */
  static final class Attachment {
    long id;
    String name = "";
    String description = "";
    String mediaType = "";
    int size;
    Instant timestamp = Instant.EPOCH;
    @Nullable Integer visibility;
    /** Whether the provider uploaded it (counted in {@code Attachments.Count.Own}). */
    boolean byProvider = true;
  }

  /** A check-in/check-out pair (work activity). */
  static final class WorkActivity {
    long id;
    long mechanicId;
    long userId;
    String userName = "";
    int workTypeId = 1;
    int techsCount = 1;
    Instant timeIn = Instant.EPOCH;
    @Nullable Instant timeOut;
  }

  /** An invoice. */
  static final class Invoice {
    long id;
    String number = "";
    long workOrderId;
    long subscriberId;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal tax = BigDecimal.ZERO;
    String currency = "USD";
    Instant posted = Instant.EPOCH;
    String status = "OPEN";
    final Map<String, Object> request = new LinkedHashMap<>();
  }
}
