package io.workbridge.runtime.adapter;

import io.workbridge.servicechannel.model.ChangeCursor;
import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.RejectionReason;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text form of the ServiceChannel feed's {@link ChangeCursor}: {@code sc1;<since>;<id>=<updated>,…},
 * with the versions sorted by id so that equal cursors have equal text.
 */
final class ServiceChannelCursor {
  private static final String VERSION = "sc1";

  private ServiceChannelCursor() {}

  static String encode(ChangeCursor cursor) {
    StringBuilder text = new StringBuilder(VERSION).append(';').append(cursor.since()).append(';');
    String separator = "";
    for (Map.Entry<Long, Instant> seen : new TreeMap<>(cursor.seen()).entrySet()) {
      text.append(separator).append(seen.getKey()).append('=').append(seen.getValue());
      separator = ",";
    }
    return text.toString();
  }

  static ChangeCursor decode(String text) {
    String[] parts = text.split(";", -1);
    if (parts.length != 3 || !parts[0].equals(VERSION)) {
      throw unreadable(text);
    }
    try {
      ChangeCursor.Builder cursor = ChangeCursor.builder().since(Instant.parse(parts[1]));
      if (!parts[2].isEmpty()) {
        for (String version : parts[2].split(",")) {
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
