package io.workbridge.adapters;

import io.workbridge.sync.port.PlatformRejectedException;
import io.workbridge.sync.port.RejectionReason;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text form of a cursor over several ServiceTitan export feeds: a version, then each feed's continuation
 * token, {@code st1|bookings=…|jobs=…}, tokens URL-encoded. One format per reader, named by its version.
 */
final class ExportFeedCursor {
  private final String version;
  private final List<String> feeds;
  private final String what;

  /**
   * A format.
   *
   * @param version the text's first part, e.g. {@code st1}
   * @param feeds the feeds it may name, in the order they are written
   * @param what what the cursor is, for the message about a text that is not one
   */
  ExportFeedCursor(String version, List<String> feeds, String what) {
    this.version = version;
    this.feeds = List.copyOf(feeds);
    this.what = what;
  }

  /** The text of the feeds' tokens (feeds without a token left out). */
  String encode(Map<String, String> tokens) {
    StringBuilder text = new StringBuilder(version);
    for (String feed : feeds) {
      String token = tokens.get(feed);
      if (token != null) {
        text.append('|').append(feed).append('=').append(URLEncoder.encode(token, StandardCharsets.UTF_8));
      }
    }
    return text.toString();
  }

  /** The feeds' tokens of a text {@link #encode} wrote; another text is refused as not this cursor. */
  Map<String, String> decode(String text) {
    String[] parts = text.split("\\|", -1);
    if (!parts[0].equals(version)) {
      throw unreadable(text);
    }
    Map<String, String> tokens = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      String[] pair = parts[i].split("=", 2);
      if (pair.length != 2 || !feeds.contains(pair[0])) {
        throw unreadable(text);
      }
      tokens.put(pair[0], URLDecoder.decode(pair[1], StandardCharsets.UTF_8));
    }
    return tokens;
  }

  private PlatformRejectedException unreadable(String text) {
    return new PlatformRejectedException(RejectionReason.INVALID_REQUEST, "not a " + what + ": '" + text + "'");
  }
}
