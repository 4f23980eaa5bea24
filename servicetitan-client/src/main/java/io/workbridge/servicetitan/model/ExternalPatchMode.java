package io.workbridge.servicetitan.model;

/** How an update treats existing {@code externalData} entries of this application. */
public enum ExternalPatchMode {
  /** Replace all of this application's entries (the server's default). */
  REPLACE("Replace"),
  /** Add or overwrite the given keys, keep the others. */
  MERGE("Merge");

  private final String wireName;

  ExternalPatchMode(String wireName) {
    this.wireName = wireName;
  }

  /** {@return the value as ServiceTitan spells it} */
  public String wireName() {
    return wireName;
  }
}
