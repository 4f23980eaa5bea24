/**
 * The sync's own vocabulary: immutable value types shared by the mapping engines, the ports and the
 * workflows. These are not the clients' wire DTOs.
 */
@NullMarked
@SyncStyle
package io.workbridge.sync.model;

import io.workbridge.sync.SyncStyle;
import org.jspecify.annotations.NullMarked;
