/** Scheduled faults: error statuses, delayed headers and dropped connections, chosen per request. */
@NullMarked
package io.workbridge.testkit.fault;

import org.jspecify.annotations.NullMarked;
