/** Delivery of signed webhook calls from a simulator to the receiver under test. */
@NullMarked
package io.workbridge.testkit.webhook;

import org.jspecify.annotations.NullMarked;
