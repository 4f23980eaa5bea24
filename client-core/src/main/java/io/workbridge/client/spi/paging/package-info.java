/**
 * Paging styles for client authors: {@link io.workbridge.client.spi.paging.PageNumberPaging}, {@link
 * io.workbridge.client.spi.paging.SkipTopPaging}, {@link io.workbridge.client.spi.paging.ContinuationPaging} and
 * {@link io.workbridge.client.spi.paging.CursorPaging} turn one remote call per page into the {@link
 * io.workbridge.client.PageIterable} users iterate; {@link io.workbridge.client.spi.paging.PageSource} is the
 * seam for a style of one's own.
 */
@NullMarked
package io.workbridge.client.spi.paging;

import org.jspecify.annotations.NullMarked;
