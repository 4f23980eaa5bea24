/** Implementation details of client-core; not part of the public API and may change at any time. */
@NullMarked
package io.workbridge.client.internal;

import org.jspecify.annotations.NullMarked;
