/**
 * Adapters from the three API clients to sync-core's ports: {@link
 * io.workbridge.runtime.adapter.ServiceChannelWorkOrderPlatform} ({@code WorkOrderPlatform}), {@link
 * io.workbridge.runtime.adapter.ServiceTitanFieldServicePlatform} ({@code FieldServicePlatform}) and {@link
 * io.workbridge.runtime.adapter.VendorLeadFeed} ({@code LeadFeed}). This is the only place where the clients
 * meet the sync's model; each adapter maps the client's models and exceptions to the port's.
 */
@NullMarked
package io.workbridge.runtime.adapter;

import org.jspecify.annotations.NullMarked;
