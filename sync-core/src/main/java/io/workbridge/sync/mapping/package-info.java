/**
 * Mapping engines: pure decisions that turn one system's records into another's (job types,
 * business units, customer matching, entity mappings, field templates). For work orders: {@link
 * io.workbridge.sync.mapping.EntityMapping} (SC subscriber + location → ST customer + location,
 * SC-5), {@link io.workbridge.sync.mapping.ConversionRules} (booking or job, SC-4) and {@link
 * io.workbridge.sync.mapping.FieldTemplates} (which work-order fields a booking carries, IVR, NTE;
 * SC-2, SC-22).
 */
@NullMarked
@SyncStyle
package io.workbridge.sync.mapping;

import io.workbridge.sync.SyncStyle;
import org.jspecify.annotations.NullMarked;
