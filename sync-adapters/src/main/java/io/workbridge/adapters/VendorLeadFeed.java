package io.workbridge.adapters;

import io.workbridge.client.ApiException;
import io.workbridge.client.InvalidResponseException;
import io.workbridge.leads.IllegalAlertTransitionException;
import io.workbridge.leads.LeadsClient;
import io.workbridge.leads.model.Account;
import io.workbridge.leads.model.Alert;
import io.workbridge.leads.model.AlertOutcome;
import io.workbridge.leads.model.Member;
import io.workbridge.leads.model.OutcomeStatus;
import io.workbridge.leads.resource.AlertFeedEntry;
import io.workbridge.leads.resource.AlertFeedPage;
import io.workbridge.leads.resource.AlertFeedPosition;
import io.workbridge.sync.model.Address;
import io.workbridge.sync.model.Device;
import io.workbridge.sync.model.Lead;
import io.workbridge.sync.model.LeadOutcomeUpdate;
import io.workbridge.sync.model.Party;
import io.workbridge.sync.port.ChangePage;
import io.workbridge.sync.port.FeedItem;
import io.workbridge.sync.port.LeadFeed;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.PlatformUnavailableException;
import io.workbridge.sync.port.RejectionReason;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link LeadFeed} over {@link LeadsClient}: every account the dealer's credentials see (LD-7), read through
 * the vendor's per-account "updated since" feed, with the per-account positions packed into one cursor.
 *
 * <ul>
 *   <li><b>Feed.</b> Each call lists the accounts (one call) and reads one page of each account's feed from
 *       its saved position, asking each account for no more alerts than are still allowed by {@code limit};
 *       accounts not reached this time are read on the next call. The alerts are merged oldest first (by
 *       {@code updatedAt}, then id).
 *   <li><b>Bad records.</b> Alerts the client could not parse, or that lack what a {@link Lead} needs,
 *       come as {@link FeedItem.Malformed} with the reason and raw payload (SDK-5).
 *   <li><b>Outcomes.</b> Written with the vendor's idempotent outcome call; HTTP 409 → {@link
 *       RejectionReason#CONFLICT}, 404 → {@link RejectionReason#NOT_FOUND}; I/O, 5xx and 429 after retries →
 *       {@code PlatformUnavailableException}.
 * </ul>
 */
public final class VendorLeadFeed implements LeadFeed {
  private static final String SYSTEM = "Leads vendor";
  private static final String VERSION = "lf1";
  private static final int MAX_PAGE = 500;
  private static final ClientFailures FAILURES = new ClientFailures(SYSTEM, VendorLeadFeed::classify);

  private final LeadsClient client;

  /**
   * A feed over a client.
   *
   * @param client the vendor client (the caller closes it)
   */
  public VendorLeadFeed(LeadsClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public ChangePage<Lead> alertsSince(Optional<String> cursor, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    Map<String, String> positions = cursor.map(VendorLeadFeed::decode).orElseGet(TreeMap::new);
    List<String> accounts =
        FAILURES.call("listing accounts", () -> client.accounts().list()).stream().map(Account::id).sorted().toList();
    List<Entry> entries = new ArrayList<>();
    boolean hasMore = false;
    for (String account : accounts) {
      int room = limit - entries.size();
      if (room <= 0) {
        hasMore = true;
        break;
      }
      AlertFeedPosition from =
          Optional.ofNullable(positions.get(account)).map(VendorLeadFeed::position).orElse(AlertFeedPosition.beginning());
      int pageSize = Math.min(MAX_PAGE, room);
      AlertFeedPage page =
          FAILURES.call("reading the alerts of account " + account, () -> client.alerts().poll(account, from, pageSize));
      for (AlertFeedEntry entry : page.entries()) {
        entries.add(new Entry(account, entry));
      }
      positions.put(account, page.position().token());
      hasMore |= page.hasMore();
    }
    entries.sort(Comparator.comparing(Entry::order).thenComparing(Entry::key));
    List<FeedItem<Lead>> items = entries.stream().map(Entry::item).toList();
    return new ChangePage<>(items, encode(positions), hasMore);
  }

  /**
   * Reads one alert again by its id; an alert the vendor no longer knows is empty, one the client cannot
   * read or that lacks what a {@link Lead} needs is malformed, with the reason.
   */
  @Override
  public Optional<FeedItem<Lead>> reread(String recordKey) {
    Alert alert;
    try {
      alert = FAILURES.call("reading alert " + recordKey, () -> client.alerts().get(recordKey));
    } catch (PlatformRejectedException rejected) {
      if (rejected.reason() == RejectionReason.NOT_FOUND) {
        return Optional.empty();
      }
      throw rejected;
    } catch (PlatformUnavailableException unavailable) {
      if (unavailable.getCause() instanceof InvalidResponseException unreadable) {
        return Optional.of(FeedItem.malformed(recordKey, String.valueOf(unreadable.getMessage()), ""));
      }
      throw unavailable;
    }
    try {
      return Optional.of(FeedItem.parsed(recordKey, lead(alert)));
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException unusable) {
      return Optional.of(FeedItem.malformed(recordKey, String.valueOf(unusable.getMessage()), alert.toString()));
    }
  }

  /** Every alert can be read again by its id. */
  @Override
  public boolean canReread(String recordKey) {
    return true;
  }

  @Override
  public void writeOutcome(LeadOutcomeUpdate update) {
    AlertOutcome.Builder outcome =
        AlertOutcome.builder()
            .status(OutcomeStatus.valueOf(update.outcome().name()))
            .externalRef(update.externalRef());
    update.note().ifPresent(outcome::note);
    FAILURES.run(
        "writing outcome " + update.outcome() + " for alert " + update.alertId(),
        () -> client.alerts().recordOutcome(update.alertId(), outcome.build()));
  }

  /** One feed entry with the account it came from. */
  private record Entry(String account, AlertFeedEntry entry) {
    Instant order() {
      return entry instanceof AlertFeedEntry.Parsed parsed ? parsed.alert().updatedAt() : Instant.MIN;
    }

    String key() {
      return entry.alertId().orElse("");
    }

    FeedItem<Lead> item() {
      String recordKey = entry.alertId().orElse("unknown alert of account " + account);
      if (entry instanceof AlertFeedEntry.Malformed malformed) {
        return FeedItem.malformed(recordKey, malformed.reason(), malformed.payload());
      }
      AlertFeedEntry.Parsed parsed = (AlertFeedEntry.Parsed) entry;
      try {
        return FeedItem.parsed(recordKey, lead(parsed.alert()));
      } catch (IllegalStateException | IllegalArgumentException | NullPointerException unusable) {
        return FeedItem.malformed(recordKey, String.valueOf(unusable.getMessage()), parsed.payload());
      }
    }
  }

  /** The sync's view of an alert. */
  static Lead lead(Alert alert) {
    return Lead.builder()
        .alertId(alert.id())
        .accountId(alert.accountId())
        .profileId(alert.profileId())
        .type(alert.type())
        .severity(alert.severity())
        .status(alert.status())
        .member(party(alert.member()))
        .device(alert.device().map(VendorLeadFeed::device))
        .details(alert.details())
        .trade(alert.trade())
        .submittedAt(alert.createdAt())
        .scheduledAt(alert.preferredStart())
        .updatedAt(alert.updatedAt())
        .build();
  }

  private static Party party(Member member) {
    io.workbridge.leads.model.Address home = member.address();
    Address.Builder address =
        Address.builder()
            .street(home.street())
            .unit(home.unit())
            .city(home.city())
            .state(home.state())
            .zip(home.zip());
    home.country().filter(c -> !c.isBlank()).ifPresent(address::country);
    return Party.named(member.firstName(), member.lastName())
        .phone(member.phone())
        .email(member.email())
        .address(address.build())
        .build();
  }

  private static Device device(io.workbridge.leads.model.Device device) {
    return Device.builder()
        .hubId(device.hubId())
        .thermostatModel(device.thermostatModel())
        .systemType(device.systemType())
        .build();
  }

  static Optional<RejectionReason> classify(ApiException failure) {
    if (failure instanceof IllegalAlertTransitionException || failure.statusCode() == 409) {
      return Optional.of(RejectionReason.CONFLICT);
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------ cursor

  private static AlertFeedPosition position(String token) {
    try {
      return AlertFeedPosition.fromToken(token);
    } catch (IllegalArgumentException broken) {
      throw unreadable();
    }
  }

  /** {@code lf1|<account>=<position token>|…}, each part URL-encoded, accounts sorted. */
  static String encode(Map<String, String> positions) {
    StringBuilder text = new StringBuilder(VERSION);
    new TreeMap<>(positions)
        .forEach(
            (account, token) ->
                text.append('|')
                    .append(URLEncoder.encode(account, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(token, StandardCharsets.UTF_8)));
    return text.toString();
  }

  static Map<String, String> decode(String text) {
    String[] parts = text.split("\\|", -1);
    if (!parts[0].equals(VERSION)) {
      throw unreadable();
    }
    Map<String, String> positions = new TreeMap<>();
    for (int i = 1; i < parts.length; i++) {
      String[] pair = parts[i].split("=", 2);
      if (pair.length != 2 || pair[0].isEmpty()) {
        throw unreadable();
      }
      positions.put(
          URLDecoder.decode(pair[0], StandardCharsets.UTF_8), URLDecoder.decode(pair[1], StandardCharsets.UTF_8));
    }
    return positions;
  }

  private static PlatformRejectedException unreadable() {
    return new PlatformRejectedException(RejectionReason.INVALID_REQUEST, "not a leads feed cursor");
  }
}
