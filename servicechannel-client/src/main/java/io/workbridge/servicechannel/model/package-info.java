/** Immutable ServiceChannel value types: work orders, statuses, notes, attachments, check-ins, invoices. */
@org.jspecify.annotations.NullMarked
@io.workbridge.servicechannel.ServiceChannelStyle
package io.workbridge.servicechannel.model;
