/** Immutables models that exercise the JSON bridge the way client modules use it (public types, other package). */
@TestStyle
package io.workbridge.client.spi.json.testmodel;
