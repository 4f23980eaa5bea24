package io.workbridge.adapters;

import static io.workbridge.adapters.ServiceTitanFieldServicePlatform.FAILURES;

import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.servicetitan.model.ActiveFilter;
import io.workbridge.servicetitan.model.Booking;
import io.workbridge.servicetitan.model.BookingStatus;
import io.workbridge.servicetitan.model.Employee;
import io.workbridge.servicetitan.model.JobNote;
import io.workbridge.servicetitan.model.ReferenceItem;
import io.workbridge.servicetitan.model.StaffQuery;
import io.workbridge.servicetitan.model.Technician;
import io.workbridge.sync.port.PlatformException;
import io.workbridge.sync.port.PlatformRejectedException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The names the ServiceTitan adapter gives to ids, each through a {@link NameCache} (at most {@value
 * #CAPACITY} ids; a name kept a day, an id nobody answers asked again after an hour; only ids not cached
 * are looked up, several in one call).
 *
 * <ul>
 *   <li><b>Note authors</b> (SC-16). A job note's {@code createdById} is a user id: the technicians of the
 *       users are asked first, then the employees of those no technician has, {@code active=Any} (someone
 *       who left still wrote the note), 50 users per call. A failed lookup leaves the notes without an
 *       author and is retried with the next notes; it never fails the read.
 *   <li><b>Dismissal reasons.</b> A dismissed booking's {@code dismissingReasonId} is a call reason: the
 *       call reasons (active and inactive) are read whole, and all kept. A reason that cannot be named (no
 *       such call reason, or the call reasons may not be read) is given as {@code "Call reason #<id>"};
 *       when the call reasons are unavailable for a while the read fails, to be retried.
 * </ul>
 *
 * <p>Thread-safe.
 */
final class ServiceTitanNames {
  /** The most ids each cache keeps. */
  static final int CAPACITY = 1_000;

  /** How long a name is kept (reference data changes rarely; about a day, as GOT recommends). */
  static final Duration NAME_TTL = Duration.ofHours(24);

  /** How long an id nobody answered for is not asked again. */
  static final Duration UNKNOWN_TTL = Duration.ofHours(1);

  /** ServiceTitan's limit of user ids per list call. */
  private static final int IDS_PER_CALL = 50;

  private static final Logger LOG = LoggerFactory.getLogger(ServiceTitanNames.class);

  private final ServiceTitanClient client;
  private final NameCache authors;
  private final NameCache callReasons;

  ServiceTitanNames(ServiceTitanClient client, Clock clock) {
    this.client = client;
    this.authors = new NameCache(this::lookUpAuthors, clock, CAPACITY, NAME_TTL, UNKNOWN_TTL);
    this.callReasons = new NameCache(this::lookUpCallReasons, clock, CAPACITY, NAME_TTL, UNKNOWN_TTL);
  }

  /**
   * The names of the authors of some notes, by user id. Never throws: when the lookup fails, the users it
   * was for are absent (their notes go without an author this time).
   */
  Map<Long, String> authorsOf(Collection<JobNote> notes) {
    Set<Long> users = new LinkedHashSet<>();
    notes.forEach(note -> users.add(note.createdById()));
    if (users.isEmpty()) {
      return Map.of();
    }
    try {
      return authors.namesOf(users);
    } catch (PlatformException failed) {
      LOG.warn(
          "the authors of ServiceTitan notes (users {}) cannot be named now; their notes go without an author: {}",
          users,
          failed.getMessage());
      return Map.of();
    }
  }

  /**
   * Why a booking was dismissed, in words: the name of its call reason, else {@code "Call reason #<id>"};
   * null when it is not dismissed or was dismissed without a reason.
   *
   * @throws io.workbridge.sync.port.PlatformUnavailableException when the call reasons cannot be read now
   */
  @Nullable String dismissalReason(Booking booking) {
    if (booking.status() != BookingStatus.DISMISSED || booking.dismissingReasonId().isEmpty()) {
      return null;
    }
    long reasonId = booking.dismissingReasonId().getAsLong();
    String fallback = "Call reason #" + reasonId;
    try {
      return callReasons.namesOf(List.of(reasonId)).getOrDefault(reasonId, fallback);
    } catch (PlatformRejectedException rejected) {
      LOG.warn("booking {}: its dismissal reason {} cannot be named: {}", booking.id(), reasonId, rejected.getMessage());
      return fallback;
    }
  }

  /** Technicians first, then employees, of these users (also those who left), 50 users per call. */
  private Map<Long, String> lookUpAuthors(Set<Long> userIds) {
    Map<Long, String> names = new HashMap<>();
    for (List<Long> users : chunks(userIds)) {
      List<Technician> technicians =
          FAILURES.call(
              "naming the technicians of users " + users, () -> client.technicians().list(staff(users)).stream().toList());
      for (Technician technician : technicians) {
        technician.userId().ifPresent(user -> name(names, users, user, technician.name()));
      }
    }
    List<Long> rest = userIds.stream().filter(user -> !names.containsKey(user)).toList();
    for (List<Long> users : chunks(rest)) {
      List<Employee> employees =
          FAILURES.call(
              "naming the employees of users " + users, () -> client.employees().list(staff(users)).stream().toList());
      for (Employee employee : employees) {
        employee.userId().ifPresent(user -> name(names, users, user, employee.name()));
      }
    }
    return names;
  }

  /** Every call reason, active or not (the lookup answers more than asked; the cache keeps them all). */
  private Map<Long, String> lookUpCallReasons(Set<Long> reasonIds) {
    Map<Long, String> names = new HashMap<>();
    for (ReferenceItem reason : FAILURES.call("reading the call reasons", () -> client.referenceData().callReasons())) {
      if (!reason.name().isBlank()) {
        names.putIfAbsent(reason.id(), reason.name());
      }
    }
    return names;
  }

  private static void name(Map<Long, String> names, List<Long> asked, long user, String name) {
    if (asked.contains(user) && !name.isBlank()) {
      names.putIfAbsent(user, name);
    }
  }

  private static StaffQuery staff(List<Long> userIds) {
    return StaffQuery.builder().userIds(userIds).active(ActiveFilter.ANY).pageSize(IDS_PER_CALL).build();
  }

  private static List<List<Long>> chunks(Collection<Long> ids) {
    List<Long> all = List.copyOf(ids);
    List<List<Long>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += IDS_PER_CALL) {
      chunks.add(all.subList(from, Math.min(all.size(), from + IDS_PER_CALL)));
    }
    return chunks;
  }
}
