package io.workbridge.servicechannel.model;

/** How a write learned the id of the record it created (see {@link CreatedId}). */
public enum IdSource {
  /** ServiceChannel's answer carried the id. */
  ANSWER,
  /** The answer carried none; a lookup right after the write found the record. */
  LOOKUP,
  /** Neither the answer nor the lookup gave the id. The record was still created. */
  UNRESOLVED
}
