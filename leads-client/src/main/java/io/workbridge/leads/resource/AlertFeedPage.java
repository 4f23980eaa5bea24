package io.workbridge.leads.resource;

import io.workbridge.leads.model.Alert;
import java.util.List;
import java.util.Objects;

/**
 * One poll of the alert feed: the new entries in feed order (already-delivered versions removed), the
 * position to save once they are handled, and whether more pages are ready now.
 *
 * @param entries the entries, oldest change first
 * @param position where to continue after this page
 * @param hasMore whether the vendor has another page now ({@code false}: caught up, poll again later)
 * @param duplicatesSkipped how many alert versions were dropped as already delivered
 */
public record AlertFeedPage(
    List<AlertFeedEntry> entries, AlertFeedPosition position, boolean hasMore, int duplicatesSkipped) {

  /**
   * Copies the entries.
   *
   * @param entries the entries, oldest change first
   * @param position where to continue after this page
   * @param hasMore whether the vendor has another page now ({@code false}: caught up, poll again later)
   * @param duplicatesSkipped how many alert versions were dropped as already delivered
   */
  public AlertFeedPage {
    entries = List.copyOf(entries);
    Objects.requireNonNull(position, "position");
  }

  /** {@return the entries that fit the model, as alerts} */
  public List<Alert> alerts() {
    return entries.stream()
        .filter(AlertFeedEntry.Parsed.class::isInstance)
        .map(entry -> ((AlertFeedEntry.Parsed) entry).alert())
        .toList();
  }

  /** {@return the entries that did not fit the model} */
  public List<AlertFeedEntry.Malformed> malformed() {
    return entries.stream()
        .filter(AlertFeedEntry.Malformed.class::isInstance)
        .map(AlertFeedEntry.Malformed.class::cast)
        .toList();
  }
}
