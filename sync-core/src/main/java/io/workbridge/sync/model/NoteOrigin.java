package io.workbridge.sync.model;

/** Who wrote a note. */
public enum NoteOrigin {
  /** The ServiceChannel subscriber (the facilities client). Only these go from SC to ST. */
  SUBSCRIBER,
  /** The provider (the contractor), including notes the integration wrote. */
  PROVIDER,
  /** The platform itself (status-change and other system notes); never synced. */
  SYSTEM
}
