/**
 * The resource groups of the ServiceTitan client, reached from {@link
 * io.workbridge.servicetitan.ServiceTitanClient} ({@code st.bookings()}, {@code st.jobs()}, …). Each call is
 * one HTTP request except the paged lists and export feeds, which fetch pages lazily.
 */
@NullMarked
package io.workbridge.servicetitan.resource;

import org.jspecify.annotations.NullMarked;
