/**
 * Immutable models of ServiceTitan records (bookings, customers, locations, jobs, …), the values sent to
 * create or update them, and list filters. Ids are {@code long}, money is {@code BigDecimal}, absent
 * fields are {@code Optional}, and status values the client does not know map to {@code UNKNOWN}.
 */
@NullMarked
@ServiceTitanStyle
package io.workbridge.servicetitan.model;

import io.workbridge.servicetitan.ServiceTitanStyle;
import org.jspecify.annotations.NullMarked;
