/** Value types of the leads vendor's partner API: accounts, profiles, alerts with their member and device, and outcomes written back. */
@LeadsStyle
@NullMarked
package io.workbridge.leads.model;

import io.workbridge.leads.LeadsStyle;
import org.jspecify.annotations.NullMarked;
