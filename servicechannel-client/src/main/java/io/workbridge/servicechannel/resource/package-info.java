/** ServiceChannel API resources, reached from {@link io.workbridge.servicechannel.ServiceChannelClient}. */
@org.jspecify.annotations.NullMarked
package io.workbridge.servicechannel.resource;
