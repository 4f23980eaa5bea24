package io.workbridge.servicetitan.model;

/**
 * The {@code active} list filter. ServiceTitan lists return only active records by default; use {@link
 * #ANY} to see inactive ones too.
 */
public enum ActiveFilter {
  /** Only active records (the server's default). */
  TRUE("True"),
  /** Active and inactive records. */
  ANY("Any"),
  /** Only inactive records. */
  FALSE("False");

  private final String wireName;

  ActiveFilter(String wireName) {
    this.wireName = wireName;
  }

  /** {@return the value as sent in the query} */
  public String wireName() {
    return wireName;
  }
}
