/** Client for the smart-home leads vendor's partner alerts API: {@link io.workbridge.leads.LeadsClient} is the entry point. */
@LeadsStyle
@NullMarked
package io.workbridge.leads;

import org.jspecify.annotations.NullMarked;
