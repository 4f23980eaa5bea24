/**
 * Typed client for the ServiceTitan REST API v2: {@link io.workbridge.servicetitan.ServiceTitanClient} and
 * its {@link io.workbridge.servicetitan.ServiceTitanEnvironment environments}.
 */
@NullMarked
package io.workbridge.servicetitan;

import org.jspecify.annotations.NullMarked;
