package io.workbridge.adapters;

import io.workbridge.client.Page;
import io.workbridge.client.PageIterable;
import io.workbridge.servicetitan.ServiceTitanClient;
import io.workbridge.servicetitan.model.Job;
import io.workbridge.servicetitan.resource.ExportEntry;
import io.workbridge.sync.model.FieldEvent;
import io.workbridge.sync.model.FieldJob;
import io.workbridge.sync.port.ChangePage;
import io.workbridge.sync.port.FeedItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The changes of bookings and jobs the lead outcomes are written back from, read from ServiceTitan's bookings
 * and jobs export feeds with a cursor of its own ({@code stlo1|bookings=<token>|jobs=<token>}), apart from the
 * work-order change feed ({@link ServiceTitanFeed}), whose cursor moves at another pace.
 *
 * <p>Each call reads one page of both feeds and returns their records oldest first (bookings before jobs at
 * the same instant); a call when nothing changed costs two calls, however many leads await an outcome. A
 * feed without a token starts at the current time less {@link #START_MARGIN} (clocks differ; a record read
 * twice is harmless, one missed is not). Export feeds are snapshots: a booking converted and its job completed
 * between two reads come once each, in their latest state, and a record may repeat. A record the sync cannot
 * use is delivered as {@link FeedItem.Malformed}.
 */
final class ServiceTitanLeadOutcomeFeed {
  /** How far before the current time a feed without a token starts. */
  static final Duration START_MARGIN = Duration.ofMinutes(10);

  private static final String VERSION = "stlo1";
  private static final String BOOKINGS = "bookings";
  private static final String JOBS = "jobs";
  private static final List<String> FEEDS = List.of(BOOKINGS, JOBS);
  private static final ExportFeedCursor CURSOR = new ExportFeedCursor(VERSION, FEEDS, "ServiceTitan lead outcome cursor");

  private final ServiceTitanClient client;
  private final Function<io.workbridge.servicetitan.model.Booking, io.workbridge.sync.model.Booking> bookings;
  private final Function<Job, FieldJob> jobs;
  private final Clock clock;

  /**
   * A feed over the client.
   *
   * @param bookings maps a booking; may throw {@link ServiceTitanMapping.Unusable}
   * @param jobs maps a job; may throw {@link ServiceTitanMapping.Unusable}
   * @param clock where a feed without a token starts
   */
  ServiceTitanLeadOutcomeFeed(
      ServiceTitanClient client,
      Function<io.workbridge.servicetitan.model.Booking, io.workbridge.sync.model.Booking> bookings,
      Function<Job, FieldJob> jobs,
      Clock clock) {
    this.client = client;
    this.bookings = bookings;
    this.jobs = jobs;
    this.clock = clock;
  }

  private record Change(Instant at, int feed, FeedItem<FieldEvent> item) {}

  /** One page of each feed after the cursor, oldest first, and the cursor after them. */
  ChangePage<FieldEvent> changesSince(Optional<String> cursor) {
    Map<String, String> tokens = cursor.map(CURSOR::decode).orElseGet(LinkedHashMap::new);
    String start = clock.instant().minus(START_MARGIN).toString();
    Map<String, String> next = new LinkedHashMap<>();
    List<Change> changes = new ArrayList<>();
    boolean bookingsHaveMore =
        read(BOOKINGS, tokens.getOrDefault(BOOKINGS, start), next, t -> client.bookings().exportEntries(t), booking -> {
          String key = "booking:" + booking.id();
          try {
            return new Change(booking.modifiedOn(), 0, FeedItem.parsed(key, new FieldEvent.BookingChanged(bookings.apply(booking))));
          } catch (ServiceTitanMapping.Unusable unusable) {
            return malformed(booking.modifiedOn(), 0, key, unusable, booking);
          }
        }, changes);
    boolean jobsHaveMore =
        read(JOBS, tokens.getOrDefault(JOBS, start), next, t -> client.jobs().exportEntries(t), job -> {
          String key = "job:" + job.id();
          try {
            return new Change(job.modifiedOn(), 1, FeedItem.parsed(key, new FieldEvent.JobChanged(jobs.apply(job))));
          } catch (ServiceTitanMapping.Unusable unusable) {
            return malformed(job.modifiedOn(), 1, key, unusable, job);
          }
        }, changes);
    changes.sort(Comparator.comparing(Change::at).thenComparingInt(Change::feed));
    return new ChangePage<>(changes.stream().map(Change::item).toList(), CURSOR.encode(next), bookingsHaveMore || jobsHaveMore);
  }

  /** Reads one page of a feed; a record that does not fit the model is delivered as malformed. */
  private static <T> boolean read(
      String feed,
      String from,
      Map<String, String> next,
      Function<String, PageIterable<ExportEntry<T>>> export,
      Function<T, Change> toChange,
      List<Change> changes) {
    Page<ExportEntry<T>> page =
        ServiceTitanFieldServicePlatform.FAILURES.call(
            "reading the " + feed + " export for lead outcomes", () -> export.apply(from).firstPage());
    for (ExportEntry<T> entry : page.items()) {
      if (entry instanceof ExportEntry.Parsed<T> parsed) {
        changes.add(toChange.apply(parsed.record()));
      } else {
        ExportEntry.Malformed<T> bad = (ExportEntry.Malformed<T>) entry;
        String prefix = feed.equals(BOOKINGS) ? "booking:" : "job:";
        changes.add(
            new Change(Instant.EPOCH, FEEDS.indexOf(feed),
                FeedItem.malformed(MalformedKeys.key(bad.payload(), "id", prefix), bad.reason(), bad.payload())));
      }
    }
    next.put(feed, page.resumeToken().orElse(from));
    return page.hasNextPage();
  }

  private static Change malformed(Instant at, int feed, String key, RuntimeException unusable, Object record) {
    return new Change(at, feed, FeedItem.malformed(key, String.valueOf(unusable.getMessage()), record.toString()));
  }



}
