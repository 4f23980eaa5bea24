package io.workbridge.testkit.leads;

import io.workbridge.testkit.ApiError;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/** A feed position: after ({@code updatedAt}, {@code alertId}) of a walk with a given {@code updatedSince}. */
record FeedCursor(String accountId, @Nullable Instant since, Instant updatedAt, String alertId, int sequence) {

  boolean isBefore(SimAlert alert) {
    int byTime = alert.updatedAt.compareTo(updatedAt);
    return byTime > 0 || (byTime == 0 && alert.id.compareTo(alertId) > 0);
  }

  String encode() {
    String text =
        String.join(
            "|",
            accountId,
            since == null ? "-" : since.toString(),
            updatedAt.toString(),
            alertId,
            Integer.toString(sequence));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static FeedCursor decode(String cursor) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
      if (parts.length != 5) {
        throw new IllegalArgumentException("parts");
      }
      return new FeedCursor(
          parts[0],
          parts[1].equals("-") ? null : Instant.parse(parts[1]),
          Instant.parse(parts[2]),
          parts[3],
          Integer.parseInt(parts[4]));
    } catch (IllegalArgumentException | DateTimeParseException broken) {
      throw new ApiError(400, "invalid_cursor", "cursor is not one this API issued");
    }
  }
}
