/** Verification of the vendor's signed alert webhooks, independent of any HTTP server. */
@LeadsStyle
@NullMarked
package io.workbridge.leads.webhook;

import io.workbridge.leads.LeadsStyle;
import org.jspecify.annotations.NullMarked;
