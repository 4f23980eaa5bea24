package io.workbridge.sync.mapping;

/** A piece of evidence that a lead's member is an existing customer (LD-8). */
public enum MatchSignal {
  /** Same phone number once reduced to its national digits. */
  PHONE,
  /** Same e-mail address ignoring case and surrounding spaces. */
  EMAIL,
  /** Same street (abbreviations and punctuation normalised), unit and five-digit zip. */
  ADDRESS,
  /** Same name words, ignoring case, punctuation and order. */
  NAME
}
