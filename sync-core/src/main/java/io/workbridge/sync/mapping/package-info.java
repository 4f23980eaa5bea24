/**
 * Mapping engines: pure decisions that turn one system's records into another's (job types,
 * business units, customer matching, entity mappings, field templates).
 */
@NullMarked
@SyncStyle
package io.workbridge.sync.mapping;

import io.workbridge.sync.SyncStyle;
import org.jspecify.annotations.NullMarked;
