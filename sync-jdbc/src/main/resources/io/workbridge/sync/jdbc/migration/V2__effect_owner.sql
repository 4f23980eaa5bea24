-- WorkBridge sync store, schema version 2: who holds an effect reservation (owner name and incarnation),
-- so that a process started again under the same owner name reclaims its dead predecessor's reservations at once.

ALTER TABLE ${prefix}effect ADD COLUMN owner VARCHAR(255);
