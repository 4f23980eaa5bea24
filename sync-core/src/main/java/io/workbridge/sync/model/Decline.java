package io.workbridge.sync.model;

import java.util.Objects;

/**
 * Why the provider declines a ServiceChannel work order (SC-8): one of ServiceChannel's decline reason ids
 * and a free text. ServiceChannel requires the reason id where the subscriber keeps a decline history; the
 * ids are 1 "Can't make ETA", 2 "Trade not serviced", 3 "Location not serviced", 4 "Not under warranty",
 * 5 "Other" and 6 "NTE too low".
 *
 * @param reasonId the decline reason id, 1 to 6
 * @param text the reason in words (for "Other", the custom reason), e.g. ServiceTitan's dismissal reason
 */
public record Decline(int reasonId, String text) {

  /** The reason id "Other", used when nothing more specific is configured. */
  public static final int OTHER = 5;

  /**
   * Checks the reason id is one ServiceChannel knows and the text is present.
   *
   * @param reasonId the decline reason id, 1 to 6
   * @param text the reason in words (for "Other", the custom reason), e.g. ServiceTitan's dismissal reason
   */
  public Decline {
    if (reasonId < 1 || reasonId > 6) {
      throw new IllegalArgumentException("decline reason id must be 1 to 6, was " + reasonId);
    }
    Objects.requireNonNull(text, "text");
  }
}
