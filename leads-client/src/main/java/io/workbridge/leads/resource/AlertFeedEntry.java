package io.workbridge.leads.resource;

import io.workbridge.leads.model.Alert;
import java.util.Objects;
import java.util.Optional;

/**
 * One alert read from the feed: {@link Parsed} when it fits the model, {@link Malformed} when it does not
 * (with a specific reason and the raw payload, so that the caller can quarantine it while the rest of the
 * page goes on).
 */
public sealed interface AlertFeedEntry {

  /** {@return the alert's id, when it could be read} */
  Optional<String> alertId();

  /** {@return the alert's raw JSON as the vendor sent it} */
  String payload();

  /**
   * An alert that fits the model.
   *
   * @param alert the alert
   * @param payload its raw JSON
   */
  record Parsed(Alert alert, String payload) implements AlertFeedEntry {
    /**
     * Checks the parts are present.
     *
     * @param alert the alert
     * @param payload its raw JSON
     */
    public Parsed {
      Objects.requireNonNull(alert, "alert");
      Objects.requireNonNull(payload, "payload");
    }

    @Override
    public Optional<String> alertId() {
      return Optional.of(alert.id());
    }
  }

  /**
   * An alert that does not fit the model.
   *
   * @param alertId its id, if it could be read
   * @param reason what is wrong, with the JSON path, e.g. {@code $.member.address.city: missing}
   * @param payload its raw JSON
   */
  record Malformed(Optional<String> alertId, String reason, String payload) implements AlertFeedEntry {
    /**
     * Checks the parts are present.
     *
     * @param alertId its id, if it could be read
     * @param reason what is wrong, with the JSON path, e.g. {@code $.member.address.city: missing}
     * @param payload its raw JSON
     */
    public Malformed {
      Objects.requireNonNull(alertId, "alertId");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(payload, "payload");
    }
  }
}
