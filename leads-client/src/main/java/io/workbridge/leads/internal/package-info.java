/** Implementation details of the leads client (Retrofit interface, wire records, mapping). Not part of the public API. */
@LeadsStyle
@NullMarked
package io.workbridge.leads.internal;

import io.workbridge.leads.LeadsStyle;
import org.jspecify.annotations.NullMarked;
