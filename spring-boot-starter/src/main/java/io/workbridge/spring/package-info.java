/**
 * Spring Boot 3 auto-configuration for WorkBridge: the configuration read from the application's {@code workbridge.*}
 * properties, the clients and the {@link io.workbridge.runtime.WorkBridge} built from it, started and stopped with
 * the application context, an Actuator health indicator and Micrometer meters.
 */
@NullMarked
package io.workbridge.spring;

import org.jspecify.annotations.NullMarked;
