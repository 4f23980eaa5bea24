/** Verifying and parsing ServiceChannel webhook deliveries. */
@org.jspecify.annotations.NullMarked
package io.workbridge.servicechannel.webhook;
