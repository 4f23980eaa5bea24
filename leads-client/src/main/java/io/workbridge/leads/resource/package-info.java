/** Resource groups of {@link io.workbridge.leads.LeadsClient}: accounts and alerts, including the "updated since" alert feed. */
@LeadsStyle
@NullMarked
package io.workbridge.leads.resource;

import io.workbridge.leads.LeadsStyle;
import org.jspecify.annotations.NullMarked;
