-- WorkBridge sync store, schema version 3: records whose handling failed transiently, tried again on later
-- cycles with backoff while their stream goes on, until handled or quarantined after a bounded number of attempts.

CREATE TABLE ${prefix}deferred_record (
  conn VARCHAR(255) NOT NULL,
  stream VARCHAR(255) NOT NULL,
  record_key VARCHAR(255) NOT NULL,
  group_key VARCHAR(255) NOT NULL,
  reason VARCHAR NOT NULL,
  payload VARCHAR NOT NULL,
  attempts INTEGER NOT NULL,
  first_failed BIGINT NOT NULL,
  last_failed BIGINT NOT NULL,
  next_attempt BIGINT NOT NULL,
  PRIMARY KEY (conn, stream, record_key)
);
CREATE INDEX ${local}deferred_due ON ${prefix}deferred_record (conn, stream, next_attempt);
