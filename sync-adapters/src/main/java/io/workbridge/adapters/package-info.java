/**
 * Adapters from the three API clients to sync-core's ports: {@link
 * io.workbridge.adapters.ServiceChannelWorkOrderPlatform} ({@code WorkOrderPlatform}), {@link
 * io.workbridge.adapters.ServiceTitanFieldServicePlatform} ({@code FieldServicePlatform}) and {@link
 * io.workbridge.adapters.VendorLeadFeed} ({@code LeadFeed}). This is the only place where the clients
 * meet the sync's model; each adapter maps the client's models and exceptions to the port's.
 */
@NullMarked
package io.workbridge.adapters;

import org.jspecify.annotations.NullMarked;
