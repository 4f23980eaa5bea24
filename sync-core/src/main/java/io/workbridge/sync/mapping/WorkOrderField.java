package io.workbridge.sync.mapping;

/** The work-order fields a booking or job summary can carry (SC-2), with their labels. */
public enum WorkOrderField {
  /** The work order number. */
  NUMBER("Work order"),
  /** The purchase order number. */
  PURCHASE_NUMBER("PO"),
  /** The subscriber's name. */
  SUBSCRIBER("Subscriber"),
  /** The location / store. */
  LOCATION("Location"),
  /** The trade. */
  TRADE("Trade"),
  /** The category. */
  CATEGORY("Category"),
  /** The priority. */
  PRIORITY("Priority"),
  /** The not-to-exceed amount. */
  NTE("NTE"),
  /** The problem description. */
  DESCRIPTION("Description"),
  /** The caller. */
  CALLER("Caller"),
  /** The scheduled date, in the location's time zone. */
  SCHEDULED_DATE("Scheduled");

  private final String label;

  WorkOrderField(String label) {
    this.label = label;
  }

  /** {@return the label written before the value, e.g. {@code "PO"}} */
  public String label() {
    return label;
  }
}
