/**
 * A stateful ServiceChannel API v3 simulator ({@link io.workbridge.testkit.servicechannel.ServiceChannelSimulator})
 * playing ServiceChannel for one provider working for several subscribers.
 */
@org.jspecify.annotations.NullMarked
package io.workbridge.testkit.servicechannel;
