package io.workbridge.servicechannel.model;

/** Who wrote a note. */
public enum NoteType {
  /** Written by ServiceChannel itself, e.g. for a status or scheduled-date change ({@code SystemNote}). */
  SYSTEM,
  /** Written by a person or an integration ({@code UsersNote}). */
  USER,
  /** A type this client does not know; see {@link Note#rawType()}. */
  UNKNOWN
}
