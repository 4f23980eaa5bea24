package io.workbridge.adapters;

import io.workbridge.servicechannel.model.ChangeCursor;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.RejectionReason;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text form of the ServiceChannel feed's {@link ChangeCursor}: {@code sc2;<since>;<checked before>;<id>=<updated>,…},
 * with the versions sorted by id so that equal cursors have equal text. A cursor of the first form, {@code
 * sc1;<since>;<versions>}, is still read (without the checked instant).
 */
final class ServiceChannelCursor {
  private static final String VERSION = "sc2";
  private static final String FIRST_VERSION = "sc1";

  private ServiceChannelCursor() {}

  static String encode(ChangeCursor cursor) {
    StringBuilder text = new StringBuilder(VERSION).append(';').append(cursor.since()).append(';');
    cursor.checkedBefore().ifPresent(text::append);
    text.append(';');
    String separator = "";
    for (Map.Entry<Long, Instant> seen : new TreeMap<>(cursor.seen()).entrySet()) {
      text.append(separator).append(seen.getKey()).append('=').append(seen.getValue());
      separator = ",";
    }
    return text.toString();
  }

  static ChangeCursor decode(String text) {
    String[] parts = text.split(";", -1);
    boolean first = parts.length == 3 && parts[0].equals(FIRST_VERSION);
    if (!first && (parts.length != 4 || !parts[0].equals(VERSION))) {
      throw unreadable(text);
    }
    try {
      ChangeCursor.Builder cursor = ChangeCursor.builder().since(Instant.parse(parts[1]));
      if (!first && !parts[2].isEmpty()) {
        cursor.checkedBefore(Instant.parse(parts[2]));
      }
      String versions = parts[parts.length - 1];
      if (!versions.isEmpty()) {
        for (String version : versions.split(",")) {
          String[] pair = version.split("=", 2);
          if (pair.length != 2) {
            throw unreadable(text);
          }
          cursor.putSeen(Long.parseLong(pair[0]), Instant.parse(pair[1]));
        }
      }
      return cursor.build();
    } catch (DateTimeParseException | NumberFormatException broken) {
      throw unreadable(text);
    }
  }

  private static PlatformRejectedException unreadable(String text) {
    return new PlatformRejectedException(
        RejectionReason.INVALID_REQUEST, "not a ServiceChannel work-order cursor: '" + text + "'");
  }
}
