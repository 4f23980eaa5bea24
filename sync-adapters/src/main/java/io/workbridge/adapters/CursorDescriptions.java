package io.workbridge.adapters;

import io.workbridge.leads.resource.AlertFeedPosition;
import io.workbridge.servicechannel.model.ChangeCursor;
import io.workbridge.sync.port.PlatformRejectedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stored feed cursors told as a time and a position, for people ({@code workbridge status}): never the raw
 * tokens, which mean nothing to a reader and may be long.
 */
public final class CursorDescriptions {
  private CursorDescriptions() {}

  /**
   * What a cursor of one of the adapters' feeds says.
   *
   * @param cursor the stored cursor
   * @return e.g. {@code work orders updated up to 2026-11-25T10:00:00Z (2 at that instant already read)}
   */
  public static String describe(String cursor) {
    try {
      if (cursor.startsWith("sc1;") || cursor.startsWith("sc2;")) {
        ChangeCursor decoded = ServiceChannelCursor.decode(cursor);
        return "work orders updated up to " + decoded.since() + " (" + decoded.seen().size() + " read in the overlap before it"
            + decoded.checkedBefore().map(checked -> "; every change before " + checked + " read").orElse("") + ")";
      }
      if (cursor.startsWith("st1")) {
        Map<String, String> tokens = ServiceTitanFeed.CURSOR.decode(cursor);
        return tokens.isEmpty()
            ? "export feeds at their start"
            : "export feeds positioned: " + String.join(", ", tokens.keySet()) + " (the others at their start)";
      }
      if (cursor.startsWith("lf1")) {
        List<String> accounts = new ArrayList<>();
        VendorLeadFeed.decode(cursor).forEach((account, token) -> {
          AlertFeedPosition position = AlertFeedPosition.fromToken(token);
          String at = position.watermark().or(position::updatedSince).map(Object::toString).orElse("the start");
          accounts.add(account + " up to " + at + (position.cursor().isPresent() ? " (mid-page)" : ""));
        });
        return accounts.isEmpty() ? "every account at its start" : "alerts of " + String.join("; ", accounts);
      }
    } catch (PlatformRejectedException | IllegalArgumentException unreadable) {
      return "unreadable cursor (" + cursor.length() + " characters)";
    }
    return "a cursor of another format (" + cursor.length() + " characters)";
  }
}
