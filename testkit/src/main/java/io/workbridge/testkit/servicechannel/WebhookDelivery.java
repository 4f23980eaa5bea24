package io.workbridge.testkit.servicechannel;

/**
 * One webhook POST the simulator made.
 *
 * @param eventType the event type, e.g. {@code WorkOrderStatusChanged}
 * @param body the raw JSON body
 * @param signature the {@code Sign-Data} header sent
 * @param status the receiver's HTTP status, or -1 when it could not be reached
 */
public record WebhookDelivery(String eventType, String body, String signature, int status) {}
