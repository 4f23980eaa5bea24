package io.workbridge.sync.model;

import java.util.Objects;

/**
 * A note the sync writes to a ServiceChannel work order.
 *
 * @param text the note text
 * @param actionRequired whether to flag it Action Required (SC then e-mails "New Note - ACTION
 *     REQUIRED"; SC-13)
 */
public record NewNote(String text, boolean actionRequired) {

  /**
   * Checks the text is present and not blank.
   *
   * @param text the note text
   * @param actionRequired whether to flag it Action Required (SC then e-mails "New Note - ACTION REQUIRED";
   *     SC-13)
   */
  public NewNote {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("note text must not be blank");
    }
  }

  /**
   * A plain note.
   *
   * @param text the note text
   * @return the note
   */
  public static NewNote of(String text) {
    return new NewNote(text, false);
  }
}
