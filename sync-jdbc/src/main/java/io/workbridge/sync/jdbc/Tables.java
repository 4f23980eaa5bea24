package io.workbridge.sync.jdbc;

/** The store's table names, optionally qualified by a schema. */
final class Tables {
  final String link;
  final String mapping;
  final String cursor;
  final String effect;
  final String note;
  final String quarantine;
  final String heldLead;
  final String deferred;
  final String version;
  final String prefix;

  Tables(String schema) {
    this.prefix = schema.isEmpty() ? "wb_" : schema + ".wb_";
    this.link = prefix + "link";
    this.mapping = prefix + "mapping";
    this.cursor = prefix + "cursor";
    this.effect = prefix + "effect";
    this.note = prefix + "note";
    this.quarantine = prefix + "quarantine";
    this.heldLead = prefix + "held_lead";
    this.deferred = prefix + "deferred_record";
    this.version = prefix + "schema_version";
  }
}
