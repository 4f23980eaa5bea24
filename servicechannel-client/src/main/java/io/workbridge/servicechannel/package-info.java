/** Typed client for the ServiceChannel API v3: {@link io.workbridge.servicechannel.ServiceChannelClient}, its environments and exceptions. */
@org.jspecify.annotations.NullMarked
package io.workbridge.servicechannel;
