package io.workbridge.servicechannel.model;

/** ServiceChannel's decline reasons ({@code DeclineReasonId} 1 to 6). */
public enum DeclineReason {
  /** 1: can't make the ETA. */
  CANT_MAKE_ETA(1),
  /** 2: trade not serviced. */
  TRADE_NOT_SERVICED(2),
  /** 3: location not serviced. */
  LOCATION_NOT_SERVICED(3),
  /** 4: not under warranty. */
  NOT_UNDER_WARRANTY(4),
  /** 5: other (usually with a custom text). */
  OTHER(5),
  /** 6: NTE too low. */
  NTE_TOO_LOW(6);

  private final int id;

  DeclineReason(int id) {
    this.id = id;
  }

  /** {@return the numeric {@code DeclineReasonId}} */
  public int id() {
    return id;
  }
}
