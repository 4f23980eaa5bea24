package io.workbridge.sync.store;

/** The direction in which a note was copied (SC-16). */
public enum NoteDirection {
  /** From a ServiceChannel work order to the ServiceTitan job. */
  SC_TO_ST,
  /** From a ServiceTitan job or booking to the ServiceChannel work order. */
  ST_TO_SC;

  /** {@return the opposite direction} */
  public NoteDirection reverse() {
    return this == SC_TO_ST ? ST_TO_SC : SC_TO_ST;
  }
}
